using System;
using System.Diagnostics.CodeAnalysis;

namespace SipStatus;

/// <summary>
/// Lookups on <see cref="SipStatusCode"/> values: O(1), allocation-free and reflection-free (no
/// <c>Enum.ToString</c>, no <c>Enum.IsDefined</c>).
/// </summary>
public static partial class SipStatusCodeExtensions
{
    /// <summary>Gets the registry reason phrase of a registered code, for example <c>Busy Here</c> for 486.</summary>
    /// <param name="code">A registered code.</param>
    /// <returns>The reason phrase.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="code"/> is not a registered code.</exception>
    public static string GetReasonPhrase(this SipStatusCode code) => SipStatusCatalog.ReasonPhrase((int)code, nameof(code));

    /// <summary>
    /// Gets the registry reason phrase of a code if it is registered, for example <c>Busy Here</c> for 486; false, and
    /// no phrase, for any other value. Never throws.
    /// </summary>
    /// <param name="code">Any value.</param>
    /// <param name="reasonPhrase">The registry's phrase, or null when the method returns false.</param>
    /// <returns>Whether <paramref name="code"/> is a registered code.</returns>
    public static bool TryGetReasonPhrase(this SipStatusCode code, [NotNullWhen(true)] out string? reasonPhrase)
    {
        reasonPhrase = SipStatusCatalog.Lookup((int)code)?.ReasonPhrase;
        return reasonPhrase is not null;
    }

    /// <summary>Gets the catalog row of a registered code.</summary>
    /// <param name="code">A registered code.</param>
    /// <returns>The row.</returns>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="code"/> is not a registered code; <see cref="SipStatusCatalog.Resolve(int)"/> gives what it must be treated as.
    /// </exception>
    public static SipStatusInfo GetInfo(this SipStatusCode code) =>
        SipStatusCatalog.Lookup((int)code) ?? SipStatusCatalog.ThrowNotRegistered((int)code, nameof(code));

    /// <summary>Gets the class of any code from 100 to 699, registered or not.</summary>
    /// <param name="code">A code from 100 to 699.</param>
    /// <returns>The class given by the first digit.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="code"/> is outside 100-699.</exception>
    public static SipStatusClass GetClass(this SipStatusCode code) =>
        (SipStatusClass)(SipStatusCatalog.CheckRange((int)code, nameof(code)) / 100);

    /// <summary>Whether the value is a registered code (a named member of the enum). Never throws.</summary>
    /// <param name="code">Any value.</param>
    /// <returns>True for registered codes.</returns>
    public static bool IsDefined(this SipStatusCode code) => SipStatusCatalog.Lookup((int)code) is not null;

    /// <summary>Whether the code is provisional (1xx).</summary>
    /// <param name="code">A code from 100 to 699.</param>
    /// <returns>True for 100-199.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="code"/> is outside 100-699.</exception>
    public static bool IsProvisional(this SipStatusCode code) => code.GetClass() == SipStatusClass.Provisional;

    /// <summary>Whether the code is final (2xx-6xx).</summary>
    /// <param name="code">A code from 100 to 699.</param>
    /// <returns>True for 200-699.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="code"/> is outside 100-699.</exception>
    public static bool IsFinal(this SipStatusCode code) => code.GetClass() != SipStatusClass.Provisional;

    /// <summary>Whether the code is successful (2xx).</summary>
    /// <param name="code">A code from 100 to 699.</param>
    /// <returns>True for 200-299.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="code"/> is outside 100-699.</exception>
    public static bool IsSuccessful(this SipStatusCode code) => code.GetClass() == SipStatusClass.Successful;

    /// <summary>Whether the code is a failure (4xx, 5xx or 6xx).</summary>
    /// <param name="code">A code from 100 to 699.</param>
    /// <returns>True for 400-699.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="code"/> is outside 100-699.</exception>
    public static bool IsFailure(this SipStatusCode code) => code.GetClass() >= SipStatusClass.RequestFailure;
}
