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
}
