using System;
using System.Collections.Generic;

namespace SipStatus.Parsing;

/// <summary>
/// Finds the codes a reason phrase names. The keys of every wording (registry phrase and aliases) and the table that
/// finds them are emitted by the generator (<c>PhraseTable</c>, from the status-code table, under the rule of
/// <see cref="PhraseKey"/>); a lookup builds nothing. It reads the phrase once: it drops a trailing comment, folds
/// the significant characters into a buffer as long as the longest key, hashes the result by its length and three of
/// its characters, and compares it with the key in the slot the hash points to. A phrase that cannot match stops the
/// scan at once: one with more significant characters than the longest key, or with a character no key holds.
/// </summary>
internal static class PhraseIndex
{
    /// <summary>What a fold gives for a character the rule ignores.</summary>
    private const char Ignored = '\0';

    /// <summary>What a fold gives for a significant character that no key holds.</summary>
    private const char InNoKey = '\uFFFF';

    private const int SlotMask = (1 << PhraseTable.SlotBits) - 1;


    /// <summary>The codes <paramref name="phrase"/> names, in ascending order; null when it names none.</summary>
    public static IReadOnlyList<SipStatusInfo>? Find(ReadOnlySpan<char> phrase) => IndexOf(phrase) is var i and >= 0 ? PhraseTable.Codes[i] : null;

    /// <summary>The one code <paramref name="phrase"/> names; null when it names none or several.</summary>
    public static SipStatusInfo? FindSingle(ReadOnlySpan<char> phrase) => IndexOf(phrase) is var i and >= 0 ? PhraseTable.Single[i] : null;

    /// <summary>The index of the key <paramref name="phrase"/> folds to in <c>PhraseTable.Keys</c>; -1 when there is none.</summary>
    private static int IndexOf(ReadOnlySpan<char> phrase)
    {
        // One slot more than the longest key: a character is written before it is known to count, and the count
        // then grows by one when it does. On .NET 8 and later the buffer is an inline array, which costs less to set
        // up than stackalloc (no stack cookie to check): about a tenth of a lookup.
#if NET8_0_OR_GREATER
        var buffer = default(FoldBuffer);
        Span<char> folded = buffer;
#else
        Span<char> folded = stackalloc char[PhraseTable.LongestKey + 1];
#endif
        var ascii = PhraseTable.Ascii.AsSpan();
        var count = 0;
        foreach (var character in phrase.Slice(0, PhraseKey.WordingLength(phrase)))
        {
            var c = character < (uint)ascii.Length ? ascii[character] : FoldOther(character);
            if ((uint)count >= (uint)folded.Length || c == InNoKey)
            {
                return -1; // more than the longest key has, or a character no key holds
            }

            folded[count] = c;
            count += (c + 0xFFFF) >> 16; // one, unless c is Ignored ('\0')
        }

        if (count == 0)
        {
            return -1; // every key has a letter or digit
        }

        var slots = PhraseTable.Slots;
        var hash = PhraseKey.Hash(folded[0], folded[count / 2], folded[count - 1], count);
        for (var slot = PhraseKey.FirstSlot(hash, PhraseTable.SlotBits); slots[slot] != 0; slot = (slot + 1) & SlotMask)
        {
            var index = slots[slot] - 1;
            var key = PhraseTable.Keys[index];
            if (key.Length == count && folded.Slice(0, count).SequenceEqual(key.AsSpan()))
            {
                return index;
            }
        }

        return -1;
    }

    /// <summary>
    /// A character outside ASCII as the rule compares it, <see cref="Ignored"/>, or <see cref="InNoKey"/>, from the rule
    /// itself and the generated list of the characters outside ASCII that keys hold (ASCII characters are looked up in
    /// the generated <c>PhraseTable.Ascii</c>).
    /// </summary>
    private static char FoldOther(char c)
    {
        if (!PhraseKey.IsSignificant(c))
        {
            return Ignored;
        }

        // A letter outside ASCII may fold into it (U+212A KELVIN SIGN is 'k'); then the ASCII table says whether a key holds it.
        var folded = PhraseKey.Fold(c);
        var held = folded < 0x80 ? PhraseTable.Ascii[folded] == folded : PhraseTable.OtherKeyChars.IndexOf(folded) >= 0;
        return held ? folded : InNoKey;
    }

#if NET8_0_OR_GREATER
    /// <summary>Room for the longest key and the one character written before it is known to count.</summary>
    [System.Runtime.CompilerServices.InlineArray(PhraseTable.LongestKey + 1)]
    private struct FoldBuffer
    {
        private char _first;
    }
#endif
}
