using System;
using System.Runtime.CompilerServices;

namespace SipStatus;

/// <summary>
/// The one rule by which reason phrases are compared, shared by the generator (which checks the table's wordings and
/// emits their keys), the library (which folds a phrase to look it up) and the tool. Two steps:
/// <list type="number">
/// <item><description>
/// A trailing comment is not part of the wording (<see cref="WordingLength"/>): when the phrase ends, but for
/// whitespace, in a <c>)</c> that closes a balanced <c>( ... )</c> group, that group and what follows it are dropped.
/// "Forbidden (policy)", "Not Acceptable Here (codec error)" and "Not Found (nummer niet herkend / incompleet)" are
/// "Forbidden", "Not Acceptable Here" and "Not Found". Only one group goes, and the space before it is optional.
/// </description></item>
/// <item><description>
/// Case is ignored, and so is every character that is not a letter or digit, so that "Request-URI Too Long",
/// "request uri too long" and "Request – URI Too Long" are one phrase.
/// </description></item>
/// </list>
/// Nothing is guessed: a phrase that is only a comment ("(policy)") has no wording and names no code, and
/// unbalanced parentheses ("Forbidden (policy", "Forbidden policy)") are no comment, so the whole phrase is compared.
/// </summary>
internal static partial class PhraseKey
{
    /// <summary>Whether <paramref name="c"/> takes part in the comparison.</summary>
    public static bool IsSignificant(char c) => char.IsLetterOrDigit(c);

    /// <summary>The form in which a significant character is compared.</summary>
    public static char Fold(char c) => char.ToLowerInvariant(c);

    /// <summary>
    /// How many characters of <paramref name="text"/> are the wording: all of them, or, when the text ends in a
    /// comment, those before the comment's opening parenthesis. Reads from the end and stops at the first character
    /// that is neither whitespace nor <c>)</c>, so a phrase without a comment costs a character or two.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int WordingLength(ReadOnlySpan<char> text) =>
        text.Length > 0 && MayEndWording(text[text.Length - 1]) ? text.Length : CommentStart(text);

    /// <summary>
    /// Whether a text that ends in <paramref name="last"/> certainly has no comment: <paramref name="last"/> is
    /// neither <c>)</c> nor whitespace (every whitespace character is a control, SP or outside ASCII).
    /// </summary>
    private static bool MayEndWording(char last) => last is > ' ' and < '\u0080' and not ')';

    private static int CommentStart(ReadOnlySpan<char> text)
    {
        var end = text.Length;
        while (end > 0 && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (end == 0 || text[end - 1] != ')')
        {
            return text.Length;
        }

        // The '(' that the final ')' closes, counting the groups nested inside it.
        var depth = 0;
        for (var i = end - 1; i >= 0; i--)
        {
            if (text[i] == ')')
            {
                depth++;
            }
            else if (text[i] == '(' && --depth == 0)
            {
                return i;
            }
        }

        return text.Length; // unbalanced: no comment
    }

    /// <summary>
    /// The hash of a key of <paramref name="length"/> (at least one) characters from its first, middle (at index
    /// <c>length / 2</c>) and last character, by which the generator places each key in the lookup table and the
    /// library finds it again. It reads three characters, not all of them, so that hashing does not wait on a chain
    /// of multiplications; keys that share all four (415's and 416's "unsupported...e" of twenty characters) are told
    /// apart by the comparison that follows.
    /// </summary>
    public static uint Hash(char first, char middle, char last, int length) =>
        (uint)((((ulong)length << 48) | ((ulong)last << 32) | ((ulong)middle << 16) | first) * 0x9E3779B97F4A7C15UL >> 32);

    /// <summary>
    /// The slot where the probe for <paramref name="hash"/> starts in a table of 2^<paramref name="bits"/> slots:
    /// the hash's top bits, which the multiplication mixes best. The probe goes on at the next slot, wrapping round.
    /// </summary>
    public static int FirstSlot(uint hash, int bits) => (int)(hash >> (32 - bits));
}
