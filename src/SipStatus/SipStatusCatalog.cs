using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;

namespace SipStatus;

/// <summary>
/// The catalog of every SIP response code in the IANA "Response Codes" registry, and the lookups on it. Every
/// lookup is O(1), allocation-free and reflection-free; all data is immutable and safe to read from any number of
/// threads.
/// </summary>
public static partial class SipStatusCatalog
{
    /// <summary>The lowest status code RFC 3261 allows (<c>100</c>).</summary>
    public const int MinCode = StatusCodeDigits.Min;

    /// <summary>The highest status code RFC 3261 allows (<c>699</c>).</summary>
    public const int MaxCode = StatusCodeDigits.Max;

    private static readonly ReadOnlyCollection<SipStatusInfo> s_all = new(SipStatusData.Rows);

    /// <summary>Every registered code, in ascending order of code. The list is read-only.</summary>
    public static IReadOnlyList<SipStatusInfo> All => s_all;

    /// <summary>Gets the catalog row of a registered code.</summary>
    /// <param name="code">A registered code.</param>
    /// <returns>The row of <paramref name="code"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="code"/> is not a registered code; <see cref="Resolve(int)"/> gives what it must be treated as.
    /// </exception>
    public static SipStatusInfo Get(SipStatusCode code) => Lookup((int)code) ?? ThrowNotRegistered((int)code, nameof(code));

    /// <summary>Looks up the catalog row of a code. Never throws.</summary>
    /// <param name="code">Any integer.</param>
    /// <param name="info">The row when <paramref name="code"/> is registered; otherwise null.</param>
    /// <returns>Whether <paramref name="code"/> is a registered code.</returns>
    public static bool TryGet(int code, [NotNullWhen(true)] out SipStatusInfo? info)
    {
        info = Lookup(code);
        return info is not null;
    }

    /// <summary>Whether <paramref name="code"/> is a registered code. Never throws.</summary>
    /// <param name="code">Any integer.</param>
    /// <returns>True for the codes in <see cref="All"/>.</returns>
    public static bool IsRegistered(int code) => Lookup(code) is not null;

    /// <summary>Gets the class of any code from 100 to 699, registered or not.</summary>
    /// <param name="code">A code from 100 to 699.</param>
    /// <returns>The class given by the first digit.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="code"/> is outside 100-699.</exception>
    public static SipStatusClass GetClass(int code) => (SipStatusClass)(CheckRange(code, nameof(code)) / 100);

    /// <summary>
    /// Gets the row a user agent client must treat a code as (RFC 3261 section 8.1.3.2): a registered code is itself;
    /// an unrecognized final code is the x00 code of its class (431 is treated as 400 Bad Request); an unrecognized
    /// provisional code is 183 Session Progress.
    /// </summary>
    /// <param name="code">A code from 100 to 699.</param>
    /// <returns>The row of the code itself when registered, otherwise of the code it is treated as.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="code"/> is outside 100-699.</exception>
    public static SipStatusInfo Resolve(int code)
    {
        var resolved = SipStatusData.Resolved;
        return (uint)code < (uint)resolved.Length && resolved[code] is { } info ? info : ThrowOutOfRange(code, nameof(code));
    }

    /// <summary>The row of a registered code, or null; any integer.</summary>
    internal static SipStatusInfo? Lookup(int code)
    {
        var byCode = SipStatusData.ByCode;
        return (uint)code < (uint)byCode.Length ? byCode[code] : null;
    }

    /// <summary>The registry phrase of a registered code; throws as <see cref="Get"/> does for any other value.</summary>
    internal static string ReasonPhrase(int code, string paramName)
    {
        var phrases = SipStatusData.Phrases;
        return (uint)code < (uint)phrases.Length && phrases[code] is { } phrase ? phrase : ThrowNotRegistered(code, paramName).ReasonPhrase;
    }

    /// <summary>Whether <paramref name="code"/> is a status code, 100-699, registered or not.</summary>
    internal static bool IsInRange(int code) => (uint)(code - MinCode) <= MaxCode - MinCode;

    internal static int CheckRange(int code, string paramName) =>
        IsInRange(code) ? code : throw OutOfRange(code, paramName);

    /// <summary>Throws <see cref="NotRegistered"/>; kept out of line so that the lookups that call it stay small enough to inline.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    internal static SipStatusInfo ThrowNotRegistered(int code, string paramName) => throw NotRegistered(code, paramName);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static SipStatusInfo ThrowOutOfRange(int code, string paramName) => throw OutOfRange(code, paramName);

    internal static ArgumentOutOfRangeException NotRegistered(int code, string paramName)
    {
        if ((uint)(code - MinCode) > MaxCode - MinCode)
        {
            return OutOfRange(code, paramName);
        }

        var resolved = SipStatusData.Resolved[code];
        return new ArgumentOutOfRangeException(
            paramName,
            code,
            FormattableString.Invariant($"{code} is not a registered SIP status code. SipStatusCatalog.Resolve({code}) gives what a user agent must treat it as: {resolved}."));
    }

    internal static ArgumentOutOfRangeException OutOfRange(int code, string paramName) => new(paramName, code, OutOfRangeMessage(code));

    /// <summary>What is wrong with a number outside 100-699, wherever it comes from (an argument, JSON).</summary>
    internal static string OutOfRangeMessage(long code) =>
        FormattableString.Invariant($"{code} is not a SIP status code: status codes are three digits from {MinCode} to {MaxCode}.");
}
