using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
#if NET8_0_OR_GREATER
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
#endif

namespace SipStatus.Parsing;

/// <summary>
/// Every wording of every code (registry phrase and aliases) under the comparison rule of <see cref="PhraseKey"/>,
/// in an open-addressing hash table probed straight from the caller's characters. A lookup reads the input once,
/// folding its significant characters into a small buffer on the stack (a table lookup per ASCII character), then
/// hashes that buffer eight characters at a time and compares it with the one candidate key: it allocates nothing
/// and needs no normalised string.
/// </summary>
internal static unsafe class PhraseIndex
{
    /// <summary>
    /// How many significant characters the stack buffer holds; more than any key has. Longer input (or a key this
    /// long, which the table does not have) takes <see cref="FindSlow"/>, which gives the same answer.
    /// </summary>
    private const int BufferLength = 64;

    /// <summary>How many characters the vector path folds at a time.</summary>
    private const int BlockLength = 16;

    /// <summary>For each ASCII character, its folded form when it is significant, or 0 when the rule ignores it.</summary>
    private static readonly byte[] s_asciiFold = CreateAsciiFold();

    /// <summary>
    /// Whether the rule, on ASCII, is what the vector path computes: letters and digits count, letters fold to lower
    /// case. Should the rule ever change, the vector path turns itself off rather than disagree with it.
    /// </summary>
    private static readonly bool s_vectorRuleHolds = VectorRuleHolds(s_asciiFold);

    private static readonly Entry[] s_entries;
    private static readonly int[] s_slots; // index into s_entries + 1; 0 is empty
    private static readonly int s_mask;

    static PhraseIndex()
    {
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

        s_slots = new int[size];
        s_mask = size - 1;
        var n = 0;
        var buffer = stackalloc byte[BufferLength + sizeof(ulong)];
        foreach (var pair in byKey)
        {
            pair.Value.Sort(static (a, b) => a.Value.CompareTo(b.Value));
            var entry = new Entry(pair.Key, pair.Value.ToArray());
            s_entries[n++] = entry;

            // Only keys the fast path can produce go into the table: ASCII, and short enough for its buffer.
            if (entry.AsciiKey is not { } ascii || ascii.Length > BufferLength)
            {
                continue;
            }

            for (var i = 0; i < BufferLength + sizeof(ulong); i++)
            {
                buffer[i] = i < ascii.Length ? ascii[i] : (byte)0;
            }

            entry.Hash = Hash(buffer, ascii.Length);
            var slot = (int)entry.Hash & s_mask;
            while (s_slots[slot] != 0)
            {
                slot = (slot + 1) & s_mask;
            }

            s_slots[slot] = n;
        }
    }

    /// <summary>The wording that <paramref name="length"/> characters at <paramref name="phrase"/> name, or null.</summary>
    public static Entry? Find(char* phrase, int length)
    {
        // Room for the longest key, plus what a block copy writes past the end, plus a zero word after the end.
        var folded = stackalloc byte[BufferLength + (2 * BlockLength) + sizeof(ulong)];
        var n = -1;
#if NET8_0_OR_GREATER
        if (length >= BlockLength / 2 && s_vectorRuleHolds && Vector128.IsHardwareAccelerated)
        {
            n = FoldBlocks(phrase, length, folded);
        }
#endif
        if (n < 0)
        {
            n = Fold(phrase, length, folded);
        }

        if (n > BufferLength)
        {
            return FindSlow(phrase, length);
        }

        WriteZeroWord(folded + n);
        var hash = Hash(folded, n);
        var slots = s_slots;
        for (var slot = (int)hash & s_mask; slots[slot] != 0; slot = (slot + 1) & s_mask)
        {
            var entry = s_entries[slots[slot] - 1];
            if (entry.Hash == hash && Equal(entry.AsciiKey!, folded, n))
            {
                return entry;
            }
        }

        return null;
    }

    /// <summary>
    /// Folds the significant characters into <paramref name="folded"/> one at a time; returns how many there are, or
    /// more than <see cref="BufferLength"/> when the input needs <see cref="FindSlow"/> (too long, or a non-ASCII
    /// letter, which only a non-ASCII key could match).
    /// </summary>
    private static int Fold(char* phrase, int length, byte* folded)
    {
        var fold = s_asciiFold;
        var n = 0;
        for (var i = 0; i < length; i++)
        {
            int c = phrase[i];
            int b;
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
                return BufferLength + 1;
            }

            if (n == BufferLength)
            {
                return BufferLength + 1;
            }

            // Branch-free: an ignored character writes a 0 where the next significant one will go.
            folded[n] = (byte)b;
            n += b != 0 ? 1 : 0;
        }

        return n;
    }

#if NET8_0_OR_GREATER
    /// <summary>
    /// <see cref="Fold"/> sixteen characters at a time (at least eight in all): each block is checked for ASCII,
    /// folded and classified with a few vector instructions, and its significant characters are copied out a run
    /// (a word) at a time. Returns -1 when a block holds a non-ASCII character, for <see cref="Fold"/> to decide.
    /// </summary>
    private static int FoldBlocks(char* phrase, int length, byte* folded)
    {
        var block = stackalloc byte[2 * BlockLength];
        var n = 0;
        int start;
        for (start = 0; start + BlockLength <= length; start += BlockLength)
        {
            if (n > BufferLength || !FoldBlock(phrase + start, phrase + start + (BlockLength / 2), 0xFFFF, block, folded, ref n))
            {
                return n > BufferLength ? n : -1;
            }
        }

        var rest = length - start;
        if (rest == 0 || n > BufferLength)
        {
            return n;
        }

        // The last, partial block: sixteen characters ending at the end of the input, less those already folded;
        // or, for input shorter than a block, its first and last eight characters, less the ones the two share.
        var ok = start > 0
            ? FoldBlock(phrase + length - BlockLength, phrase + length - (BlockLength / 2), (0xFFFFu << (BlockLength - rest)) & 0xFFFF, block, folded, ref n)
            : FoldBlock(phrase, phrase + length - (BlockLength / 2), 0xFFu | ((0xFFu << (BlockLength + (BlockLength / 2) - length)) & 0xFF00), block, folded, ref n);
        return ok ? n : -1;
    }

    /// <summary>Folds the eight characters at <paramref name="low"/> and the eight at <paramref name="high"/>, keeping the lanes in <paramref name="keep"/>.</summary>
    private static bool FoldBlock(char* low, char* high, uint keep, byte* block, byte* folded, ref int n)
    {
        var lo = Vector128.Load((ushort*)low);
        var hi = Vector128.Load((ushort*)high);
        if (((lo | hi) & Vector128.Create((ushort)0xFF80)) != Vector128<ushort>.Zero)
        {
            return false;
        }

        var bytes = Vector128.Narrow(lo, hi);
        var isLetter = Vector128.LessThanOrEqual((bytes | Vector128.Create((byte)0x20)) - Vector128.Create((byte)'a'), Vector128.Create((byte)('z' - 'a')));
        var isDigit = Vector128.LessThanOrEqual(bytes - Vector128.Create((byte)'0'), Vector128.Create((byte)9));
        (bytes | (isLetter & Vector128.Create((byte)0x20))).Store(block);
        var mask = (isLetter | isDigit).ExtractMostSignificantBits() & keep;
        while (mask != 0)
        {
            // Copy the lowest run of significant lanes; the copy may write past it, into room the caller left.
            var first = BitOperations.TrailingZeroCount(mask);
            Vector128.Load(block + first).Store(folded + n);
            n += BitOperations.TrailingZeroCount(~(mask >> first));
            mask &= mask + (mask & (0u - mask));
        }

        return true;
    }
#endif

    /// <summary>
    /// The same answer as <see cref="Find"/> for any input, comparing character by character with every key: for
    /// input with non-ASCII letters or more significant characters than the buffer holds.
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
    /// A hash of <paramref name="length"/> folded bytes from their first and last eight (two independent multiplies);
    /// the bytes after them must be zero up to the next multiple of eight. Keys that share both ends are told apart by
    /// the comparison that follows.
    /// </summary>
    private static uint Hash(byte* folded, int length)
    {
        var first = ReadWord(folded);
        var last = length > sizeof(ulong) ? ReadWord(folded + length - sizeof(ulong)) : 0;
        return (uint)(((first * 0x9E3779B97F4A7C15UL) + (last * 0xFF51AFD7ED558CCDUL) + (ulong)length) >> 32);
    }

    private static ulong ReadWord(byte* bytes)
    {
#if NET8_0_OR_GREATER
        return Unsafe.ReadUnaligned<ulong>(bytes);
#else
        ulong word = 0;
        for (var i = sizeof(ulong) - 1; i >= 0; i--)
        {
            word = (word << 8) | bytes[i];
        }

        return word;
#endif
    }

    private static void WriteZeroWord(byte* bytes)
    {
#if NET8_0_OR_GREATER
        Unsafe.WriteUnaligned(bytes, 0UL);
#else
        for (var i = 0; i < sizeof(ulong); i++)
        {
            bytes[i] = 0;
        }
#endif
    }

    private static bool Equal(byte[] key, byte* folded, int length)
    {
        if (key.Length != length)
        {
            return false;
        }

#if NET8_0_OR_GREATER
        return new ReadOnlySpan<byte>(folded, length).SequenceEqual(key);
#else
        for (var i = 0; i < length; i++)
        {
            if (key[i] != folded[i])
            {
                return false;
            }
        }

        return true;
#endif
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

    /// <summary>One wording under the comparison rule, and the codes it names.</summary>
    internal sealed class Entry
    {
        public Entry(string key, SipStatusInfo[] codes)
        {
            Key = key;
            Codes = new ReadOnlyCollection<SipStatusInfo>(codes);
            Single = codes.Length == 1 ? codes[0] : null;
            AsciiKey = IsAscii(key) ? Array.ConvertAll(key.ToCharArray(), static c => (byte)c) : null;
        }

        /// <summary>The key: the significant characters of the wording, folded.</summary>
        public string Key { get; }

        /// <summary>The key as ASCII bytes, or null when it holds a character outside ASCII.</summary>
        public byte[]? AsciiKey { get; }

        /// <summary>The hash of <see cref="AsciiKey"/> (0 until the table holds the entry).</summary>
        public uint Hash { get; set; }

        /// <summary>The codes the wording names, in ascending order.</summary>
        public IReadOnlyList<SipStatusInfo> Codes { get; }

        /// <summary>The code, when the wording names exactly one; otherwise null (406 and 606 share "Not Acceptable").</summary>
        public SipStatusInfo? Single { get; }

        private static bool IsAscii(string key)
        {
            foreach (var c in key)
            {
                if (c >= 0x80)
                {
                    return false;
                }
            }

            return true;
        }
    }
}
