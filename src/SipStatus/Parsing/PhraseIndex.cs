using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Runtime.CompilerServices;
#if NET8_0_OR_GREATER
using System.Numerics;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.Arm;
using System.Runtime.Intrinsics.X86;
#endif

namespace SipStatus.Parsing;

/// <summary>
/// Every wording of every code (registry phrase and aliases) under the comparison rule of <see cref="PhraseKey"/>,
/// in an open-addressing hash table probed straight from the caller's characters. A lookup reads the input once,
/// folding its significant characters and packing them together; it hashes the first eight and their count, and
/// compares them all with the one candidate key. It allocates nothing and needs no normalised string.
/// </summary>
/// <remarks>
/// The rule's first step, dropping a trailing comment, is done once where a lookup starts: it only shortens the input
/// (<see cref="PhraseKey.WordingLength"/>), so every path below folds the wording alone and none of them knows of it.
/// </remarks>
/// <remarks>
/// On net8.0 and later, ASCII input is folded sixteen characters at a time: a few vector instructions classify and
/// fold a block, and byte shuffles pack its significant characters. Up to thirty-two characters (nearly every phrase)
/// stay in two vector registers from start to finish. Longer input, input that is not ASCII, and netstandard2.0 pack
/// eight characters to a word in a buffer on the stack, which only ever holds whole words written and read at the
/// same place, so that no load waits on a partial store.
/// </remarks>
internal static unsafe class PhraseIndex
{
    /// <summary>
    /// How many significant characters the fast path packs; more than any key has. Longer input (or a key this long,
    /// which the table does not have) takes <see cref="FindSlow"/>, which gives the same answer.
    /// </summary>
    private const int MaxWords = 8;

    /// <summary>The size of a <see cref="WordBuffer"/>: <see cref="MaxWords"/> and three more (see there).</summary>
    private const int BufferWords = MaxWords + 3;

    /// <summary>How many significant characters <see cref="MaxWords"/> words hold.</summary>
    private const int MaxChars = MaxWords * sizeof(ulong);

    /// <summary>How many characters the vector path folds at a time.</summary>
    private const int BlockLength = 16;

    /// <summary>For each ASCII character, its folded form when it is significant, or 0 when the rule ignores it.</summary>
    private static readonly byte[] s_asciiFold = CreateAsciiFold();

#if NET8_0_OR_GREATER
    /// <summary>
    /// Whether lookups fold sixteen characters at a time: the processor can shuffle bytes, and the rule, on ASCII, is
    /// what the vector path computes (letters and digits count, letters fold to lower case). Should the rule ever
    /// change, the vector path turns itself off rather than disagree with it.
    /// </summary>
    private static readonly bool s_vectorPath = VectorRuleHolds(s_asciiFold) && (Ssse3.IsSupported || AdvSimd.Arm64.IsSupported);

    /// <summary>Shuffle controls that pack the set lanes of an 8-bit mask to the front (see <see cref="CreateCompactTable"/>).</summary>
    private static readonly ulong[] s_compact = CreateCompactTable();

    /// <summary>
    /// For k from 0 to 8, the shuffle that moves lanes 8-15 to lanes k to k + 7 and zeroes the others: it puts the
    /// high half's packed characters right after the low half's k.
    /// </summary>
    private static readonly Vector128<byte>[] s_followLow = CreateFollowLowTable();
#endif

    private static readonly Entry[] s_entries;
    private static readonly Entry?[] s_slots; // open addressing, linear probing; null is empty
    private static readonly int s_mask;

    static PhraseIndex()
    {
        // SipStatusCatalog.All is in ascending code order, so every list below is too.
        var byKey = new Dictionary<string, List<SipStatusInfo>>(StringComparer.Ordinal);
        foreach (var info in SipStatusCatalog.All)
        {
            Add(byKey, info.ReasonPhrase, info);
            foreach (var alias in info.Aliases)
            {
                Add(byKey, alias, info);
            }
        }

        s_entries = new Entry[byKey.Count];
        var size = 1;
        while (size < byKey.Count * 4)
        {
            size <<= 1;
        }

        s_slots = new Entry?[size];
        s_mask = size - 1;
        var n = 0;
        foreach (var pair in byKey)
        {
            var entry = new Entry(pair.Key, pair.Value.ToArray());
            s_entries[n++] = entry;

            // Only keys the fast path can produce go into the table: ASCII, and short enough for its buffer.
            var words = entry.Words;
            if (words is null)
            {
                continue;
            }

            entry.Hash = Hash(words[0], entry.Length);
            var slot = (int)entry.Hash & s_mask;
            while (s_slots[slot] is not null)
            {
                slot = (slot + 1) & s_mask;
            }

            s_slots[slot] = entry;
        }
    }

    /// <summary>The wording that <paramref name="length"/> characters at <paramref name="phrase"/> name, or null.</summary>
    public static Entry? Find(char* phrase, int length)
    {
        length = PhraseKey.WordingLength(phrase, length);
#if NET8_0_OR_GREATER
        // Up to thirty-two characters, as nearly all phrases are: packed into two registers (the significant
        // characters of the first and of the second sixteen), and hashed and compared from there.
        if (s_vectorPath && (uint)(length - 1) < 2 * BlockLength && PackRegisters(phrase, length, out var a, out var countA, out var b, out var countB))
        {
            var n = countA + countB;
            if (n == 0)
            {
                return null; // every key has a letter or digit
            }

            // The first eight characters, wherever they are.
            var first = a.AsUInt64().ToScalar();
            if (countA < sizeof(ulong))
            {
                first |= b.AsUInt64().ToScalar() << (8 * countA);
            }

            var hash = Hash(first, n);
            var slots = s_slots;
            for (var slot = (int)hash & s_mask; slots[slot] is { } entry; slot = (slot + 1) & s_mask)
            {
                if (entry.Hash == hash && entry.Length == n && entry.Matches(a, countA, b, countB))
                {
                    return entry;
                }
            }

            return null;
        }
#endif
        return FindInWords(phrase, length, vectors: true);
    }

    /// <summary>Whether lookups take the vector paths (net8.0 or later, on a processor that can shuffle bytes).</summary>
    internal static bool UsesVectors =>
#if NET8_0_OR_GREATER
        s_vectorPath;
#else
        false;
#endif

    /// <summary>
    /// <see cref="Find"/> as netstandard2.0 and processors without byte shuffles run it, one character at a time:
    /// for tests, which run on the vector paths otherwise.
    /// </summary>
    internal static Entry? FindWithoutVectors(string phrase)
    {
        fixed (char* chars = phrase)
        {
            return FindInWords(chars, PhraseKey.WordingLength(chars, phrase.Length), vectors: false);
        }
    }

    /// <summary><see cref="Find"/> for input longer than thirty-two characters, or not ASCII, or without vectors.</summary>
    private static Entry? FindInWords(char* phrase, int length, bool vectors)
    {
        var buffer = default(WordBuffer);
        var words = buffer.Words;
        var n = -1;
#if NET8_0_OR_GREATER
        if (vectors && length > 2 * BlockLength && s_vectorPath)
        {
            n = PackBlocks(phrase, length, words);
        }
#endif
        if (n < 0)
        {
            n = Pack(phrase, length, words);
            if (n < 0)
            {
                return FindSlow(phrase, length);
            }
        }

        if (n == 0)
        {
            return null; // every key has a letter or digit
        }

        var hash = Hash(words[0], n);
        var slots = s_slots;
        for (var slot = (int)hash & s_mask; slots[slot] is { } entry; slot = (slot + 1) & s_mask)
        {
            if (entry.Hash == hash && entry.Length == n && Equal(entry.Words!, words))
            {
                return entry;
            }
        }

        return null;
    }

    /// <summary>
    /// Folds and packs the significant characters one at a time into <paramref name="words"/>; returns how many there
    /// are, or -1 when the input needs <see cref="FindSlow"/>: more than <see cref="MaxWords"/> words of them, or a
    /// non-ASCII letter, which only a non-ASCII key could match.
    /// </summary>
    private static int Pack(char* phrase, int length, ulong* words)
    {
        var fold = s_asciiFold;
        ulong acc = 0;
        var n = 0;
        for (var i = 0; i < length; i++)
        {
            int c = phrase[i];
            var b = 0;
            if (c < 0x80)
            {
                b = fold[c];
            }
            else if (!PhraseKey.IsSignificant((char)c))
            {
                continue;
            }
            else if ((b = PhraseKey.Fold((char)c)) >= 0x80)
            {
                return -1;
            }

            if (n == MaxChars)
            {
                return -1;
            }

            // Branch-free: an ignored character appends nothing.
            Append(words, ref acc, ref n, (ulong)b, b != 0 ? 1 : 0);
        }

        return Finish(words, acc, n);
    }

#if NET8_0_OR_GREATER
    /// <summary>
    /// Folds and packs one to thirty-two ASCII characters into two registers: in <paramref name="a"/>, the
    /// significant characters of the first sixteen, folded, from lane 0, zeros after them; in <paramref name="b"/>,
    /// those of the rest. False for a non-ASCII character. Input is never read past its end: sixteen or fewer
    /// characters are read as the first and the last eight (four, two), seventeen or more as the first and the last
    /// sixteen, each time less the characters the two reads share.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool PackRegisters(char* phrase, int length, out Vector128<byte> a, out int countA, out Vector128<byte> b, out int countB)
    {
        b = Vector128<byte>.Zero;
        countB = 0;
        Vector128<ushort> lo;
        var hi = Vector128<ushort>.Zero;
        uint keep;
        if (length > BlockLength)
        {
            if (!FoldBlock(Load8(phrase), Load8(phrase + 8), 0xFFFF, out var first, out var firstLow, out var firstHigh)
                || !FoldBlock(Load8(phrase + length - 16), Load8(phrase + length - 8), (0xFFFFu << (2 * BlockLength - length)) & 0xFFFF, out var second, out var secondLow, out var secondHigh))
            {
                a = default;
                countA = 0;
                return false;
            }

            a = Merge(first, firstLow, firstHigh, out countA);
            b = Merge(second, secondLow, secondHigh, out countB);
            return true;
        }

        if (length >= 8)
        {
            lo = Load8(phrase);
            hi = Load8(phrase + length - 8);
            keep = 0xFFu | ((0xFFu << (24 - length)) & 0xFF00);
        }
        else if (length >= 4)
        {
            lo = Vector128.Create(Unsafe.ReadUnaligned<ulong>(phrase), Unsafe.ReadUnaligned<ulong>(phrase + length - 4)).AsUInt16();
            keep = 0xFu | ((0xFu << (12 - length)) & 0xF0);
        }
        else if (length >= 2)
        {
            lo = Vector128.CreateScalar(Unsafe.ReadUnaligned<uint>(phrase) | ((ulong)Unsafe.ReadUnaligned<uint>(phrase + length - 2) << 32)).AsUInt16();
            keep = 0x3u | ((0x3u << (6 - length)) & 0xC);
        }
        else
        {
            lo = Vector128.CreateScalar((ushort)phrase[0]);
            keep = 1;
        }

        if (!FoldBlock(lo, hi, keep, out var halves, out var low8, out var high8))
        {
            a = default;
            countA = 0;
            return false;
        }

        a = Merge(halves, low8, high8, out countA);
        return true;
    }

    /// <summary>
    /// Joins the two packed halves of a folded block: the high half's characters moved down to follow the low half's,
    /// zeros after them; <paramref name="count"/> is how many there are.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector128<byte> Merge(Vector128<byte> halves, uint low8, uint high8, out int count)
    {
        var k = BitOperations.PopCount(low8);
        count = k + BitOperations.PopCount(high8);
        return (halves & LanesBelow(k)) | Shuffle(halves, s_followLow[k]);
    }

    /// <summary>All ones in lanes 0 to <paramref name="count"/> - 1, zeros in the others.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector128<byte> LanesBelow(int count) =>
        Vector128.LessThan(Vector128.Create((byte)0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15), Vector128.Create((byte)count));

    /// <summary>
    /// Packs input of more than thirty-two characters, sixteen at a time, into <paramref name="words"/>. Returns -1 when
    /// a block holds a non-ASCII character or there are too many significant characters, for <see cref="Pack"/> to decide.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int PackBlocks(char* phrase, int length, ulong* words)
    {
        ulong acc = 0;
        var n = 0;
        int start;
        for (start = 0; start + BlockLength <= length; start += BlockLength)
        {
            if (n >= MaxChars || !PackBlock(Load8(phrase + start), Load8(phrase + start + 8), 0xFFFF, words, ref acc, ref n))
            {
                return -1;
            }
        }

        // The last, partial block: sixteen characters ending at the end of the input, less those already packed.
        var rest = length - start;
        var ok = rest == 0
            || (n < MaxChars && PackBlock(Load8(phrase + length - 16), Load8(phrase + length - 8), (0xFFFFu << (BlockLength - rest)) & 0xFFFF, words, ref acc, ref n));
        return ok ? Finish(words, acc, n) : -1;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector128<ushort> Load8(char* chars) => Vector128.Load((ushort*)chars);

    /// <summary>Folds a block and appends its significant characters to the words; false for a non-ASCII character.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool PackBlock(Vector128<ushort> lo, Vector128<ushort> hi, uint keep, ulong* words, ref ulong acc, ref int n)
    {
        if (!FoldBlock(lo, hi, keep, out var halves, out var low8, out var high8))
        {
            return false;
        }

        Append(words, ref acc, ref n, halves.AsUInt64().ToScalar(), BitOperations.PopCount(low8));
        Append(words, ref acc, ref n, halves.AsUInt64().GetElement(1), BitOperations.PopCount(high8));
        return true;
    }

    /// <summary>
    /// Folds sixteen characters (<paramref name="lo"/>, then <paramref name="hi"/>) and packs the significant ones
    /// among the lanes in <paramref name="keep"/> to the front of each half, zeros after them; the masks say which
    /// lanes of each half were significant. False for a non-ASCII character.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool FoldBlock(Vector128<ushort> lo, Vector128<ushort> hi, uint keep, out Vector128<byte> halves, out uint low8, out uint high8)
    {
        if (((lo | hi) & Vector128.Create((ushort)0xFF80)) != Vector128<ushort>.Zero)
        {
            halves = default;
            low8 = high8 = 0;
            return false;
        }

        var bytes = Vector128.Narrow(lo, hi);
        var isLetter = Vector128.LessThanOrEqual((bytes | Vector128.Create((byte)0x20)) - Vector128.Create((byte)'a'), Vector128.Create((byte)('z' - 'a')));
        var isDigit = Vector128.LessThanOrEqual(bytes - Vector128.Create((byte)'0'), Vector128.Create((byte)9));
        var mask = (isLetter | isDigit).ExtractMostSignificantBits() & keep;

        // Setting 0x20 lowers a letter and leaves a digit as it is; what it does to the other lanes does not matter,
        // because the shuffle leaves them out.
        var compact = s_compact;
        low8 = mask & 0xFF;
        high8 = (byte)(mask >> 8);
        halves = Shuffle(bytes | Vector128.Create((byte)0x20), Vector128.Create(compact[low8], compact[high8] + 0x0808080808080808UL).AsByte());
        return true;
    }

    /// <summary>The lanes of <paramref name="vector"/> that <paramref name="indices"/> name; 0 for an index with its high bit set.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector128<byte> Shuffle(Vector128<byte> vector, Vector128<byte> indices) =>
        Ssse3.IsSupported ? Ssse3.Shuffle(vector, indices) : AdvSimd.Arm64.VectorTableLookup(vector, indices);

    private static bool VectorRuleHolds(byte[] fold)
    {
        for (var c = 0; c < fold.Length; c++)
        {
            var expected = c is >= 'A' and <= 'Z' ? c | 0x20 : c is >= 'a' and <= 'z' or >= '0' and <= '9' ? c : 0;
            if (fold[c] != expected)
            {
                return false;
            }
        }

        return true;
    }

    private static Vector128<byte>[] CreateFollowLowTable()
    {
        var table = new Vector128<byte>[9];
        var lanes = new byte[16];
        for (var k = 0; k < table.Length; k++)
        {
            for (var lane = 0; lane < lanes.Length; lane++)
            {
                lanes[lane] = lane >= k && lane < k + 8 ? (byte)(8 + lane - k) : (byte)0x80;
            }

            table[k] = Vector128.Create(lanes);
        }

        return table;
    }

    /// <summary>
    /// For each 8-bit mask, the indices of its set bits in ascending order, padded with 0x80: the shuffle that packs
    /// those lanes to the front and zeroes the rest.
    /// </summary>
    private static ulong[] CreateCompactTable()
    {
        var table = new ulong[256];
        for (var mask = 0; mask < table.Length; mask++)
        {
            ulong control = 0;
            var k = 0;
            for (var lane = 0; lane < 8; lane++)
            {
                if ((mask & (1 << lane)) != 0)
                {
                    control |= (ulong)lane << (8 * k++);
                }
            }

            for (; k < 8; k++)
            {
                control |= 0x80UL << (8 * k);
            }

            table[mask] = control;
        }

        return table;
    }
#endif

    /// <summary>
    /// The same answer as <see cref="Find"/> for any input, comparing character by character with every key: for
    /// input with non-ASCII letters or more significant characters than the fast path packs.
    /// </summary>
    private static Entry? FindSlow(char* phrase, int length)
    {
        foreach (var entry in s_entries)
        {
            if (Matches(entry.Key, phrase, length))
            {
                return entry;
            }
        }

        return null;
    }

    /// <summary>
    /// A hash of packed characters from their first eight (as a little-endian word) and their count. Keys that share
    /// both (today only 415's and 416's phrases, "unsupported..." with twenty characters) are told apart by the
    /// comparison that follows.
    /// </summary>
    private static uint Hash(ulong first, int length) =>
        (uint)(((first * 0x9E3779B97F4A7C15UL) + ((ulong)length * 0xFF51AFD7ED558CCDUL)) >> 32);

    /// <summary>Whether the packed input is the key, word for word; the caller checked the lengths are equal.</summary>
    private static bool Equal(ulong[] key, ulong* words)
    {
        for (var i = 0; i < key.Length; i++)
        {
            if (key[i] != words[i])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether the significant characters of the input, folded, are exactly <paramref name="key"/>.</summary>
    private static bool Matches(string key, char* text, int length)
    {
        var k = 0;
        for (var i = 0; i < length; i++)
        {
            var c = text[i];
            if (!PhraseKey.IsSignificant(c))
            {
                continue;
            }

            if (k == key.Length || key[k] != PhraseKey.Fold(c))
            {
                return false;
            }

            k++;
        }

        return k == key.Length;
    }

    private static byte[] CreateAsciiFold()
    {
        var fold = new byte[0x80];
        for (var c = 0; c < fold.Length; c++)
        {
            var folded = PhraseKey.Fold((char)c);
            fold[c] = PhraseKey.IsSignificant((char)c) && folded is > '\0' and < (char)0x80 ? (byte)folded : (byte)0;
        }

        return fold;
    }

    private static void Add(Dictionary<string, List<SipStatusInfo>> byKey, string wording, SipStatusInfo info)
    {
        var key = PhraseKey.Of(wording);
        if (!byKey.TryGetValue(key, out var list))
        {
            byKey[key] = list = new List<SipStatusInfo>();
        }

        if (!list.Contains(info))
        {
            list.Add(info);
        }
    }

    /// <summary>
    /// Appends the first <paramref name="count"/> (0-8) bytes of <paramref name="piece"/> (zero above them) to the
    /// <paramref name="n"/> packed characters: eight to a little-endian word, the word being filled in
    /// <paramref name="acc"/> and written out as it stands each time, whole words staying behind in memory.
    /// Branch-free; the caller's locals stay in registers once this is inlined.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Append(ulong* words, ref ulong acc, ref int n, ulong piece, int count)
    {
        var shift = (n & 7) * 8;
        var word = acc | (piece << shift);
        words[n >> 3] = word;

        // The bytes that spill into the next word (none from an empty word: a shift by 64 would not give 0); when
        // none spill, the word goes on being filled.
        var spill = shift == 0 ? 0 : piece >> (64 - shift);
        var next = n + count;
        acc = (next >> 3) != (n >> 3) ? spill : word;
        n = next;
    }

    /// <summary>
    /// Writes the word being filled (a zero word when there is none, so that the word after the last whole one is
    /// always written) and returns how many characters there are, or -1 when there are more than <see cref="MaxChars"/>.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Finish(ulong* words, ulong acc, int n)
    {
        words[n >> 3] = acc;
        return n <= MaxChars ? n : -1;
    }

    /// <summary>
    /// Where a lookup packs the input: <see cref="MaxWords"/> words, and room for the two a block may add past them
    /// and the partial word written after them.
    /// </summary>
    private struct WordBuffer
    {
        public fixed ulong Words[BufferWords];
    }

    /// <summary>One wording under the comparison rule, and the codes it names.</summary>
    internal sealed class Entry
    {
        public Entry(string key, SipStatusInfo[] codes)
        {
            Key = key;
            Length = key.Length;
            Codes = new ReadOnlyCollection<SipStatusInfo>(codes);
            Single = codes.Length == 1 ? codes[0] : null;
            Words = PackKey(key);
#if NET8_0_OR_GREATER
            if (Words is not null && key.Length <= 2 * BlockLength)
            {
                // Zero-padded, so that sixteen bytes can be read from any offset up to the length.
                Bytes = new byte[(2 * BlockLength) + BlockLength];
                for (var i = 0; i < key.Length; i++)
                {
                    Bytes[i] = (byte)key[i];
                }

                Head = Vector128.Create(Bytes, 0);
            }
#endif
        }

        /// <summary>The key: the significant characters of the wording, folded.</summary>
        public string Key { get; }

        /// <summary>The length of <see cref="Key"/>, kept beside <see cref="Hash"/> for the probe.</summary>
        public int Length { get; }

        /// <summary>
        /// The key packed as <see cref="Find"/> packs input, or null when the fast path cannot produce it (a character
        /// outside ASCII, or longer than <see cref="MaxWords"/> words).
        /// </summary>
        public ulong[]? Words { get; }

#if NET8_0_OR_GREATER
        /// <summary>The key as ASCII bytes, zero-padded, for keys of up to thirty-two characters; otherwise null.</summary>
        public byte[]? Bytes { get; }

        /// <summary>The first sixteen of <see cref="Bytes"/>.</summary>
        public Vector128<byte> Head { get; }
#endif

        /// <summary>The hash of <see cref="Words"/> (0 until the table holds the entry).</summary>
        public uint Hash { get; set; }

        /// <summary>The codes the wording names, in ascending order.</summary>
        public IReadOnlyList<SipStatusInfo> Codes { get; }

        /// <summary>The code, when the wording names exactly one; otherwise null (406 and 606 share "Not Acceptable").</summary>
        public SipStatusInfo? Single { get; }

#if NET8_0_OR_GREATER
        /// <summary>
        /// Whether the key is the <paramref name="countA"/> characters of <paramref name="a"/> followed by the
        /// <paramref name="countB"/> of <paramref name="b"/>; the caller checked that the lengths add up.
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public bool Matches(Vector128<byte> a, int countA, Vector128<byte> b, int countB)
        {
            if (countB == 0)
            {
                return a == Head; // both zero after the key
            }

            ref var bytes = ref MemoryMarshal.GetArrayDataReference(Bytes!);
            var differ = ((a ^ Head) & LanesBelow(countA)) | ((b ^ Vector128.LoadUnsafe(ref bytes, (nuint)countA)) & LanesBelow(countB));
            return differ == Vector128<byte>.Zero;
        }
#endif

        private static ulong[]? PackKey(string key)
        {
            if (key.Length == 0 || key.Length > MaxWords * sizeof(ulong))
            {
                return null;
            }

            var words = new ulong[(key.Length + sizeof(ulong) - 1) / sizeof(ulong)];
            for (var i = 0; i < key.Length; i++)
            {
                if (key[i] >= 0x80)
                {
                    return null;
                }

                words[i / sizeof(ulong)] |= (ulong)key[i] << (8 * (i % sizeof(ulong)));
            }

            return words;
        }
    }
}
