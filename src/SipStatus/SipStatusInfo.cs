using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;

namespace SipStatus;

/// <summary>
/// The catalog's record of one registered SIP response code: its registry reason phrase, class, defining RFC and
/// the other wordings that lookups accept. Instances come only from <see cref="SipStatusCatalog"/>; they are
/// immutable and safe to share between threads.
/// </summary>
public sealed partial record SipStatusInfo
{
    /// <summary>One description per language of <see cref="SipStatusData.Languages"/>.</summary>
    private readonly LanguageTexts _descriptions;

    /// <summary>One hint per language of <see cref="SipStatusData.Languages"/>, or null where the code has none.</summary>
    private readonly LanguageTexts? _hints;

    /// <summary>One action per language: what to do, the sentence each description ends with.</summary>
    private readonly LanguageTexts _actions;

    internal SipStatusInfo(
        SipStatusCode code,
        string reasonPhrase,
        string reference,
        int rfc,
        string? rfcSection,
        bool isDeprecated,
        bool allowsRetryAfter,
        string[] aliases,
        string[] descriptions,
        string[]? hints,
        string[] actions)
    {
        Code = code;
        ReasonPhrase = reasonPhrase;
        Reference = reference;
        Rfc = rfc;
        RfcSection = rfcSection;
        IsDeprecated = isDeprecated;
        AllowsRetryAfter = allowsRetryAfter;
        Aliases = new ReadOnlyCollection<string>(aliases);
        _descriptions = new LanguageTexts(descriptions);
        _hints = hints is null ? null : new LanguageTexts(hints);
        _actions = new LanguageTexts(actions);
    }

    /// <summary>The status code.</summary>
    public SipStatusCode Code { get; }

    /// <summary>The status code as a number, for example <c>486</c>.</summary>
    public int Value => (int)Code;

    /// <summary>The reason phrase exactly as the IANA registry words it, for example <c>Busy Here</c>.</summary>
    public string ReasonPhrase { get; }

    /// <summary>The class of the code (its first digit).</summary>
    public SipStatusClass Class => (SipStatusClass)(Value / 100);

    /// <summary>The defining document, for example <c>RFC 3261, section 21.4.24</c>.</summary>
    public string Reference { get; }

    /// <summary>The number of the defining RFC, for example <c>3261</c>.</summary>
    public int Rfc { get; }

    /// <summary>The section of <see cref="Rfc"/> that defines the code, for example <c>21.4.24</c>; null where the catalog names none.</summary>
    public string? RfcSection { get; }

    /// <summary>Whether the registry marks the code deprecated (202 Accepted: treat it as 200 OK).</summary>
    public bool IsDeprecated { get; }

    /// <summary>
    /// Whether RFC 3261 section 20.33 names this code as one a Retry-After header may come with: 500 and 503 (how long
    /// the service will be unavailable) and 404, 413, 480, 486, 600 and 603 (when the called party expects to be
    /// available again).
    /// </summary>
    public bool AllowsRetryAfter { get; }

    /// <summary>
    /// Other wordings of the phrase that lookups accept (misspellings and variants from published lists, older
    /// RFCs and deployed stacks), never repeating <see cref="ReasonPhrase"/>. Read-only; empty where there are none.
    /// </summary>
    public IReadOnlyList<string> Aliases { get; }

    /// <summary>A short Dutch hint for callers and support desks (for example for 486), or null where the catalog has none.</summary>
    /// <remarks>The same text as <see cref="GetHint(SipLanguage)"/> gives for <see cref="SipLanguage.Dutch"/>.</remarks>
    [Obsolete("Use GetHint(SipLanguage.Dutch), which serves every language of the catalog.")]
    public string? DutchHint => GetHint(SipLanguage.Dutch);

    /// <summary>Whether this is a provisional (1xx) response.</summary>
    public bool IsProvisional => Value < 200;

    /// <summary>Whether this is a final (2xx-6xx) response.</summary>
    public bool IsFinal => Value >= 200;

    /// <summary>Whether this is a successful (2xx) response.</summary>
    public bool IsSuccessful => Value is >= 200 and < 300;

    /// <summary>Whether this is a failure (4xx, 5xx or 6xx) response.</summary>
    public bool IsFailure => Value >= 400;

    /// <summary>The code and reason phrase, for example <c>486 Busy Here</c>.</summary>
    /// <returns>The code, a space and the reason phrase.</returns>
    public override string ToString() => $"{Value} {ReasonPhrase}";
}
