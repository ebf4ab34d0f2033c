using System;
using System.Globalization;

namespace SipStatus;

/// <summary>The catalog row's texts for people: a description of every code, and a hint where callers meet the code.</summary>
public sealed partial record SipStatusInfo
{
    /// <summary>
    /// Gets one or two plain sentences on what the code means, which side it points to and what to do, in the
    /// language of <paramref name="culture"/>: Dutch for any Dutch culture (<c>nl</c>, <c>nl-NL</c>, <c>nl-BE</c>, ...),
    /// English for every other culture. Allocation-free; never throws.
    /// </summary>
    /// <param name="culture">The culture whose language to use; null for <see cref="CultureInfo.CurrentUICulture"/>.</param>
    /// <returns>The description; every code has one in every language.</returns>
    public string GetDescription(CultureInfo? culture = null) => _descriptions.In(culture);

    /// <summary>Gets the description in <paramref name="language"/>, as <see cref="GetDescription(CultureInfo)"/> does.</summary>
    /// <param name="language">The language, for example <see cref="SipLanguage.Dutch"/> or <c>SipLanguage.FromTag("nl-BE")</c>.</param>
    /// <returns>The description; every code has one in every language.</returns>
    public string GetDescription(SipLanguage language) => _descriptions.In(language);

    /// <summary>
    /// Gets a few words a caller or operator would recognise (for example "callee's line is busy" for 486), in the
    /// language of <paramref name="culture"/> as <see cref="GetDescription(CultureInfo)"/> chooses it, or null where the catalog has no
    /// hint for the code. Hints exist for the 4xx-6xx codes callers commonly meet. Allocation-free; never throws.
    /// </summary>
    /// <param name="culture">The culture whose language to use; null for <see cref="CultureInfo.CurrentUICulture"/>.</param>
    /// <returns>The hint, or null.</returns>
    public string? GetHint(CultureInfo? culture = null) => _hints?.In(culture);

    /// <summary>Gets the hint in <paramref name="language"/>, as <see cref="GetHint(CultureInfo)"/> does.</summary>
    /// <param name="language">The language, for example <see cref="SipLanguage.Dutch"/> or <c>SipLanguage.FromTag("nl-BE")</c>.</param>
    /// <returns>The hint, or null.</returns>
    public string? GetHint(SipLanguage language) => _hints?.In(language);

    internal string DescriptionIn(int language) => _descriptions.In(language);

    internal string? HintIn(int language) => _hints?.In(language);

    /// <summary>What to do, in one sentence: the sentence the description ends with.</summary>
    internal string ActionIn(int language) => _actions.In(language);

    /// <summary>The description without its action: what happened and on which side.</summary>
    internal ReadOnlySpan<char> MeaningIn(int language) => Meaning(DescriptionIn(language), ActionIn(language));

    /// <summary>A description less the action it ends with (the generator joins the two with a space).</summary>
    internal static ReadOnlySpan<char> Meaning(string description, string action) =>
        description.AsSpan(0, description.Length - action.Length - 1);
}
