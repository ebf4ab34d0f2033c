using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using SipStatus.Parsing;

namespace SipStatus;

public static partial class SipStatusCatalog
{
    /// <summary>
    /// Finds every code whose registry phrase or an accepted alias matches <paramref name="reasonPhrase"/>, ignoring
    /// case and every character that is not a letter or digit ("busy-here", "BUSY HERE" and "Busy Here" are one
    /// phrase), and a trailing comment in parentheses ("Forbidden (policy)" is "Forbidden"). Allocation-free; never throws.
    /// </summary>
    /// <remarks>
    /// The comment is one final <c>( ... )</c> group, parentheses balanced inside it, with nothing but whitespace
    /// after it; the space before it is optional. A phrase that is only a comment ("(policy)") finds nothing, and
    /// unbalanced parentheses are no comment: the whole phrase is compared.
    /// </remarks>
    /// <param name="reasonPhrase">A reason phrase as received or typed; null finds nothing.</param>
    /// <returns>The matching rows in ascending code order (406 and 606 for "Not Acceptable"); empty when none match.</returns>
    public static IReadOnlyList<SipStatusInfo> FindByReasonPhrase(string? reasonPhrase)
    {
        if (reasonPhrase is null)
        {
            return Array.Empty<SipStatusInfo>();
        }

        return PhraseIndex.Find(reasonPhrase.AsSpan()) ?? Array.Empty<SipStatusInfo>();
    }

    /// <summary>
    /// Finds the one code that <paramref name="reasonPhrase"/> names, under the rule of
    /// <see cref="FindByReasonPhrase(string)"/>. Allocation-free; never throws.
    /// </summary>
    /// <param name="reasonPhrase">A reason phrase as received or typed; null finds nothing.</param>
    /// <param name="info">The row when exactly one code matches; otherwise null.</param>
    /// <returns>Whether exactly one code matches ("Not Acceptable" names both 406 and 606, so it fails).</returns>
    public static bool TryFindByReasonPhrase(string? reasonPhrase, [NotNullWhen(true)] out SipStatusInfo? info)
    {
        info = PhraseIndex.FindSingle(reasonPhrase.AsSpan());
        return info is not null;
    }

    /// <inheritdoc cref="FindByReasonPhrase(string)"/>
    public static IReadOnlyList<SipStatusInfo> FindByReasonPhrase(ReadOnlySpan<char> reasonPhrase) =>
        PhraseIndex.Find(reasonPhrase) ?? Array.Empty<SipStatusInfo>();

    /// <inheritdoc cref="TryFindByReasonPhrase(string, out SipStatusInfo)"/>
    public static bool TryFindByReasonPhrase(ReadOnlySpan<char> reasonPhrase, [NotNullWhen(true)] out SipStatusInfo? info)
    {
        info = PhraseIndex.FindSingle(reasonPhrase);
        return info is not null;
    }

    /// <summary>
    /// Whether two reason phrases say the same thing under the rule of <see cref="FindByReasonPhrase(string)"/>: case
    /// is ignored, so is every character that is not a letter or digit, and so is a trailing comment in parentheses.
    /// "Request-URI Too Long" matches "request uri too long", and "Forbidden (policy)" matches "Forbidden"; "Busy Here"
    /// does not match "Busy Everywhere". Use it to tell whether a received phrase is another wording of a code's
    /// registry phrase, where <see cref="SipStatusLine.IsCanonicalReasonPhrase"/> asks for the exact text.
    /// Allocation-free; never throws.
    /// </summary>
    /// <remarks>
    /// A phrase with no wording (empty, only spaces or punctuation, or only a comment such as "(policy)") matches no
    /// phrase, not even another without one, as it names no code.
    /// </remarks>
    /// <param name="first">One phrase; null has no wording.</param>
    /// <param name="second">The other phrase; null has no wording.</param>
    /// <returns>Whether both have a wording and the wordings are the same under the rule.</returns>
    public static bool ReasonPhrasesMatch(string? first, string? second) => ReasonPhrasesMatch(first.AsSpan(), second.AsSpan());

    /// <inheritdoc cref="ReasonPhrasesMatch(string, string)"/>
    /// <param name="first">One phrase.</param>
    /// <param name="second">The other phrase.</param>
    public static bool ReasonPhrasesMatch(ReadOnlySpan<char> first, ReadOnlySpan<char> second)
    {
        // The wordings, comments dropped; then their significant characters, folded, side by side.
        first = first.Slice(0, PhraseKey.WordingLength(first));
        second = second.Slice(0, PhraseKey.WordingLength(second));
        var i = 0;
        var j = 0;
        var compared = false;
        while (true)
        {
            while (i < first.Length && !PhraseKey.IsSignificant(first[i]))
            {
                i++;
            }

            while (j < second.Length && !PhraseKey.IsSignificant(second[j]))
            {
                j++;
            }

            if (i == first.Length || j == second.Length)
            {
                return compared && i == first.Length && j == second.Length;
            }

            if (PhraseKey.Fold(first[i]) != PhraseKey.Fold(second[j]))
            {
                return false;
            }

            compared = true;
            i++;
            j++;
        }
    }
}
