using System.Collections.Generic;
#if NETSTANDARD2_0
using Folded = char[];
using Text = string;
#else
using Folded = System.Span<char>;
using Text = System.ReadOnlySpan<char>;
#endif

namespace SipStatus.Parsing;

/// <summary>
/// Finds the codes a reason phrase names. The keys of every wording (registry phrase and aliases) and the table that
/// finds them are emitted by the generator (<c>PhraseTable</c>, from the status-code table, under the rule of
/// <see cref="PhraseKey"/>); a lookup builds nothing. It reads the phrase once: it drops a trailing comment, folds
/// the significant characters into a buffer as long as the longest key, hashing them as it goes, and compares the
/// result with the key in the slot the hash points to. A phrase that cannot match stops the scan at once: one with
/// more significant characters than the longest key, or with a character no key holds.
/// </summary>
internal static class PhraseIndex
{
    /// <summary>What <see cref="FoldOf"/> gives for a character the rule ignores.</summary>
    private const char Ignored = '\0';

    /// <summary>What <see cref="FoldOf"/> gives for a significant character that no key holds.</summary>
    private const char InNoKey = '\uFFFF';

    private const int SlotMask = (1 << PhraseTable.SlotBits) - 1;

#if NETSTANDARD2_0
    /// <summary>
    /// The fold buffer where there is no span type to put it on the stack: one per thread, made on the thread's first
    /// lookup. It goes when the library's netstandard2.0 build references System.Memory.
    /// </summary>
    [System.ThreadStatic]
    private static char[]? s_folded;
#endif

    /// <summary>The codes <paramref name="phrase"/> names, in ascending order; null when it names none.</summary>
    public static IReadOnlyList<SipStatusInfo>? Find(Text phrase)
    {
#if NETSTANDARD2_0
        var folded = s_folded ??= new char[PhraseTable.LongestKey];
#else
        Folded folded = stackalloc char[PhraseTable.LongestKey];
#endif
        var length = PhraseKey.WordingLength(phrase);
        var count = 0;
        var hash = PhraseKey.HashSeed;
        for (var i = 0; i < length; i++)
        {
            var c = FoldOf(phrase[i]);
            if (c == Ignored)
            {
                continue;
            }

            if (c == InNoKey || count == folded.Length)
            {
                return null; // a character no key holds, or more than the longest key has
            }

            folded[count++] = c;
            hash = PhraseKey.Hash(hash, c);
        }

        var slots = PhraseTable.Slots;
        for (var slot = PhraseKey.FirstSlot(hash, PhraseTable.SlotBits); slots[slot] != 0; slot = (slot + 1) & SlotMask)
        {
            var index = slots[slot] - 1;
            if (Equals(PhraseTable.Keys[index], folded, count))
            {
                return PhraseTable.Codes[index];
            }
        }

        return null;
    }

    /// <summary>The one code <paramref name="phrase"/> names; null when it names none or several.</summary>
    public static SipStatusInfo? FindSingle(Text phrase) => Find(phrase) is { Count: 1 } codes ? codes[0] : null;

    /// <summary>
    /// <paramref name="c"/> as the rule compares it, <see cref="Ignored"/>, or <see cref="InNoKey"/>: for ASCII from the
    /// generated table, otherwise from the rule itself and the generated list of the other characters keys hold.
    /// </summary>
    private static char FoldOf(char c)
    {
        if (c < 0x80)
        {
            return PhraseTable.Ascii[c];
        }

        if (!PhraseKey.IsSignificant(c))
        {
            return Ignored;
        }

        // A letter outside ASCII may fold into it (U+212A KELVIN SIGN is 'k'); then the ASCII table says whether a key holds it.
        var folded = PhraseKey.Fold(c);
        var held = folded < 0x80 ? PhraseTable.Ascii[folded] == folded : PhraseTable.OtherKeyChars.IndexOf(folded) >= 0;
        return held ? folded : InNoKey;
    }

    private static bool Equals(string key, Folded folded, int count)
    {
        if (key.Length != count)
        {
            return false;
        }

        for (var i = 0; i < count; i++)
        {
            if (key[i] != folded[i])
            {
                return false;
            }
        }

        return true;
    }
}
