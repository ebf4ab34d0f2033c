using System;
using System.Globalization;

namespace SipStatus;

/// <summary>
/// The catalog's record of one registered warn-code of the SIP Warning header (RFC 3261 section 20.43): the registry's
/// text and description, the defining RFC, and a description and hint per language. Instances come only from
/// <see cref="SipWarningCatalog"/>; they are immutable and safe to share between threads.
/// </summary>
public sealed record SipWarningInfo
{
    /// <summary>One description per language of <see cref="SipLanguage.All"/>.</summary>
    private readonly LanguageTexts _descriptions;

    /// <summary>One hint per language of <see cref="SipLanguage.All"/>.</summary>
    private readonly LanguageTexts _hints;

    /// <summary>One action per language: what to do, the sentence each description ends with.</summary>
    private readonly LanguageTexts _actions;

    internal SipWarningInfo(
        SipWarningCode code,
        string warnText,
        string registryDescription,
        string reference,
        int rfc,
        string? rfcSection,
        int? q850CauseFor488And606,
        string[] descriptions,
        string[] hints,
        string[] actions)
    {
        Code = code;
        WarnText = warnText;
        RegistryDescription = registryDescription;
        Reference = reference;
        Rfc = rfc;
        RfcSection = rfcSection;
        Q850CauseFor488And606 = q850CauseFor488And606;
        _descriptions = new LanguageTexts(descriptions);
        _hints = new LanguageTexts(hints);
        _actions = new LanguageTexts(actions);
    }

    /// <summary>The warn-code.</summary>
    public SipWarningCode Code { get; }

    /// <summary>The warn-code as a number, for example <c>304</c>.</summary>
    public int Value => (int)Code;

    /// <summary>
    /// The registry's text of the code, for example <c>Media type not available</c>; for the codes of RFC 3261 it is
    /// the warn-text section 20.43 recommends in English. A warning may carry any other text.
    /// </summary>
    public string WarnText { get; }

    /// <summary>
    /// The rest of the registry's description, in English, for example <c>One or more media types contained in the
    /// session description are not available.</c> The registry prints <see cref="WarnText"/>, a colon, a space and this.
    /// </summary>
    public string RegistryDescription { get; }

    /// <summary>The defining document, for example <c>RFC 3261, section 20.43</c>.</summary>
    public string Reference { get; }

    /// <summary>The number of the defining RFC, for example <c>3261</c>.</summary>
    public int Rfc { get; }

    /// <summary>The section of <see cref="Rfc"/> that defines the code, for example <c>20.43</c>; null where the catalog names none.</summary>
    public string? RfcSection { get; }

    /// <summary>
    /// The Q.850 cause for a 488 or 606 that carries this warning (RFC 3398 section 8.2.6.1: 65, bearer capability not
    /// implemented, "if the Warning code speaks to an unavailable bearer capability"), or null where the status code's
    /// own mapping applies. SipWarningCodes.tsv gives 65 for 304 (Media type not available) only, and says why.
    /// </summary>
    internal int? Q850CauseFor488And606 { get; }

    /// <summary>
    /// Gets one or two plain sentences on what the warning means, who could not accept what, and what to do, in the
    /// language of <paramref name="culture"/>: Dutch for any Dutch culture, English for every other. Allocation-free;
    /// never throws.
    /// </summary>
    /// <param name="culture">The culture whose language to use; null for <see cref="CultureInfo.CurrentUICulture"/>.</param>
    /// <returns>The description; every warn-code has one in every language.</returns>
    public string GetDescription(CultureInfo? culture = null) => _descriptions.In(culture);

    /// <summary>Gets the description in <paramref name="language"/>, as <see cref="GetDescription(CultureInfo)"/> does.</summary>
    /// <param name="language">The language, for example <see cref="SipLanguage.Dutch"/> or <c>SipLanguage.FromTag("nl-BE")</c>.</param>
    /// <returns>The description; every warn-code has one in every language.</returns>
    public string GetDescription(SipLanguage language) => _descriptions.In(language);

    /// <summary>
    /// Gets a few words an operator would recognise (for example "codec not supported" for 305), in the language of
    /// <paramref name="culture"/> as <see cref="GetDescription(CultureInfo)"/> chooses it. Allocation-free; never throws.
    /// </summary>
    /// <param name="culture">The culture whose language to use; null for <see cref="CultureInfo.CurrentUICulture"/>.</param>
    /// <returns>The hint; every warn-code has one in every language.</returns>
    public string GetHint(CultureInfo? culture = null) => _hints.In(culture);

    /// <summary>Gets the hint in <paramref name="language"/>, as <see cref="GetHint(CultureInfo)"/> does.</summary>
    /// <param name="language">The language, for example <see cref="SipLanguage.Dutch"/> or <c>SipLanguage.FromTag("nl-BE")</c>.</param>
    /// <returns>The hint; every warn-code has one in every language.</returns>
    public string GetHint(SipLanguage language) => _hints.In(language);

    internal string DescriptionIn(int language) => _descriptions.In(language);

    internal string HintIn(int language) => _hints.In(language);

    /// <summary>What to do, in one sentence: the sentence the description ends with.</summary>
    internal string ActionIn(int language) => _actions.In(language);

    /// <summary>The description without its action: what could not be accepted, and by whom.</summary>
    internal ReadOnlySpan<char> MeaningIn(int language) => SipStatusInfo.Meaning(DescriptionIn(language), ActionIn(language));

    /// <summary>The code and the registry's text, for example <c>304 Media type not available</c>.</summary>
    /// <returns>The code, a space and <see cref="WarnText"/>.</returns>
    public override string ToString() => $"{Value.ToString(CultureInfo.InvariantCulture)} {WarnText}";
}
