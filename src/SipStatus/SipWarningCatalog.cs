using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Diagnostics.CodeAnalysis;

namespace SipStatus;

/// <summary>
/// The catalog of every code of the IANA "Warning Codes (warn-codes)" registry, the codes of the SIP Warning header
/// (RFC 3261 section 20.43), and the lookups on it. Every lookup is O(1), allocation-free and reflection-free; all
/// data is immutable and safe to read from any number of threads.
/// </summary>
public static class SipWarningCatalog
{
    /// <summary>The lowest warn-code the registry may hold (<c>300</c>; RFC 3261 section 27.2 allows only 3xx).</summary>
    private const int MinCode = 300;

    private static readonly SipWarningInfo[] s_rows = SipWarningData.CreateRows();

    /// <summary>Rows indexed by the code less <see cref="MinCode"/>; null where the code is not registered.</summary>
    private static readonly SipWarningInfo?[] s_byCode = Index(s_rows);

    private static readonly ReadOnlyCollection<SipWarningInfo> s_all = new(s_rows);

    /// <summary>Every registered warn-code, in ascending order of code. The list is read-only.</summary>
    public static IReadOnlyList<SipWarningInfo> All => s_all;

    /// <summary>Gets the catalog row of a registered warn-code.</summary>
    /// <param name="code">A registered warn-code.</param>
    /// <returns>The row of <paramref name="code"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="code"/> is not a registered warn-code.</exception>
    public static SipWarningInfo Get(SipWarningCode code) =>
        Lookup((int)code) ?? throw new ArgumentOutOfRangeException(
            nameof(code),
            code,
            FormattableString.Invariant($"{(int)code} is not a registered warn-code; SipWarningCatalog.All lists the {s_rows.Length} that are."));

    /// <summary>Looks up the catalog row of a warn-code. Never throws.</summary>
    /// <param name="code">Any integer.</param>
    /// <param name="info">The row when <paramref name="code"/> is registered; otherwise null.</param>
    /// <returns>Whether <paramref name="code"/> is a registered warn-code.</returns>
    public static bool TryGet(int code, [NotNullWhen(true)] out SipWarningInfo? info)
    {
        info = Lookup(code);
        return info is not null;
    }

    /// <summary>Whether <paramref name="code"/> is a registered warn-code. Never throws.</summary>
    /// <param name="code">Any integer.</param>
    /// <returns>True for the codes in <see cref="All"/>.</returns>
    public static bool IsRegistered(int code) => Lookup(code) is not null;

    /// <summary>The row of a registered warn-code, or null; any integer.</summary>
    internal static SipWarningInfo? Lookup(int code)
    {
        var byCode = s_byCode;
        var index = (uint)(code - MinCode);
        return index < (uint)byCode.Length ? byCode[index] : null;
    }

    private static SipWarningInfo?[] Index(SipWarningInfo[] rows)
    {
        var byCode = new SipWarningInfo?[100];
        foreach (var row in rows)
        {
            byCode[row.Value - MinCode] = row;
        }

        return byCode;
    }
}
