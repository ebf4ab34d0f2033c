using System;
using System.Globalization;

namespace SipStatus;

/// <summary>Explanations of status codes for people, in English or Dutch.</summary>
public static partial class SipStatusCatalog
{
    /// <summary>
    /// Explains any code from 100 to 699 in one readable paragraph, in the language of <paramref name="culture"/>
    /// (Dutch for any Dutch culture, English for every other): the code, its phrase and class, what it means and what
    /// to do, and a hint where the catalog has one. An unrecognized code is explained as what the UAC (the user agent
    /// that sent the request) treats it as, and why (RFC 3261 section 8.1.3.2): 431 as 400 Bad Request, 199-like
    /// unknown provisional codes as 183.
    /// </summary>
    /// <param name="code">A code from 100 to 699, registered or not.</param>
    /// <param name="culture">The culture whose language to use; null for <see cref="CultureInfo.CurrentUICulture"/>.</param>
    /// <returns>The paragraph.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="code"/> is outside 100-699.</exception>
    public static string Explain(int code, CultureInfo? culture = null)
    {
        CheckRange(code, nameof(code));
        return ExplainIn(code, SipLanguage.FromCulture(culture).Index);
    }

    /// <summary>Explains any code from 100 to 699 in <paramref name="language"/>, as <see cref="Explain(int, CultureInfo)"/> does.</summary>
    /// <param name="code">A code from 100 to 699, registered or not.</param>
    /// <param name="language">The language, for example <see cref="SipLanguage.Dutch"/> or <c>SipLanguage.FromTag("nl-BE")</c>.</param>
    /// <returns>The paragraph.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="code"/> is outside 100-699.</exception>
    public static string Explain(int code, SipLanguage language)
    {
        CheckRange(code, nameof(code));
        return ExplainIn(code, language.Index);
    }

    /// <summary>
    /// The paragraph for a code already known to be in range, in the language at <paramref name="language"/>; without
    /// <paramref name="withAction"/>, the description stops before what to do (which a whole response's explanation
    /// says once, at its end).
    /// </summary>
    internal static string ExplainIn(int code, int language, bool withAction = true)
    {
        if (Lookup(code) is { } info)
        {
            var text = FormatSentence(
                SipStatusSentences.ExplainCode[language],
                info.Value,
                info.ReasonPhrase,
                info.Class.DisplayNameIn(language),
                info.Value / 100,
                Description(info, language, withAction));
            return info.HintIn(language) is { } hint
                ? text + " " + FormatSentence(SipStatusSentences.ExplainHint[language], hint)
                : text;
        }

        var resolved = Resolve(code);
        return code < 200
            ? FormatSentence(
                SipStatusSentences.ExplainUnrecognizedProvisional[language],
                code,
                resolved.Value,
                resolved.ReasonPhrase,
                Description(resolved, language, withAction))
            : FormatSentence(
                SipStatusSentences.ExplainUnrecognizedFinal[language],
                code,
                resolved.Value,
                resolved.ReasonPhrase,
                resolved.Class.DisplayNameIn(language),
                Description(resolved, language, withAction));
    }

    private static string Description(SipStatusInfo info, int language, bool withAction) =>
        withAction ? info.DescriptionIn(language) : info.MeaningIn(language).ToString();

    internal static string FormatSentence(string template, params object[] args) =>
        string.Format(CultureInfo.InvariantCulture, template, args);
}
