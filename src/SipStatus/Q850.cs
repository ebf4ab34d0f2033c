using System;
using System.Globalization;

namespace SipStatus;

/// <summary>
/// ITU-T Q.850 cause values, the causes a PSTN or ISDN network gives for releasing a call, and their mapping to SIP
/// responses by RFC 3398 section 7.2.4.1 (for the other direction see
/// <see cref="SipStatusCodeExtensions.GetQ850Cause(SipStatusCode)"/>). The tables are data beside the status-code table
/// (<c>Q850Causes.tsv</c>, <c>Q850ToSip.tsv</c>), generated into a switch for the names and into one table of final
/// answers per mapping, defaults applied: every lookup is O(1), allocation-free and safe from any thread.
/// </summary>
public static class Q850
{
    /// <summary>The lowest cause value (<c>0</c>): a cause is seven bits.</summary>
    public const int MinCause = 0;

    /// <summary>The highest cause value (<c>127</c>).</summary>
    public const int MaxCause = 127;

    /// <summary>Cause 16, normal call clearing: RFC 3398 section 7.2.4.1 sends no error response for it.</summary>
    private const int NormalCallClearing = 16;

    /// <summary>
    /// Gets the SIP response a gateway sends when the PSTN releases a call with <paramref name="cause"/> before the
    /// INVITE has had a final response (RFC 3398 section 7.2.4.1), for example 486 Busy Here for cause 17 (user busy).
    /// A cause the RFC's table does not list gets its default: "If a cause value other than those listed below is
    /// received, the default response '500 Server internal error' SHOULD be used."
    /// </summary>
    /// <param name="cause">A cause value from 0 to 127.</param>
    /// <returns>
    /// The response, or null where the RFC says no response is sent: cause 16 (normal call clearing), which "will
    /// usually result in a BYE or CANCEL", and cause 44 (requested circuit/channel not available), which "should not
    /// result in any SIP status code being sent; effectively, the cause code is untranslatable": the gateway selects
    /// another circuit instead.
    /// </returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="cause"/> is outside 0-127.</exception>
    public static SipStatusCode? ToSipStatusCode(int cause) => ToSipStatusCode(cause, hasDiagnostic: false);

    /// <summary>
    /// Gets the SIP response for <paramref name="cause"/> as <see cref="ToSipStatusCode(int)"/> does, for a cause that
    /// does or does not carry a diagnostic: RFC 3398 maps cause 22 (number changed) to 410 Gone without a diagnostic
    /// and to 301 Moved Permanently with one. Every other cause maps alike either way.
    /// </summary>
    /// <param name="cause">A cause value from 0 to 127.</param>
    /// <param name="hasDiagnostic">Whether the cause carries a diagnostic (for cause 22, the new number).</param>
    /// <returns>The response, or null for causes 16 (normal call clearing) and 44 (untranslatable).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="cause"/> is outside 0-127.</exception>
    public static SipStatusCode? ToSipStatusCode(int cause, bool hasDiagnostic)
    {
        CheckCause(cause, nameof(cause));
        return (hasDiagnostic ? Q850Data.SipCodesWithDiagnostic : Q850Data.SipCodes)[cause];
    }

    /// <summary>
    /// Whether RFC 3398 section 7.2.4.1 lists <paramref name="cause"/> in its table (or, for 44, in the text above it),
    /// rather than leaving it to the default response. Never throws.
    /// </summary>
    /// <param name="cause">Any integer.</param>
    /// <returns>True for the 33 causes the section names; false for every other value, which maps to the default.</returns>
    internal static bool IsMappedByRfc3398(int cause) => (uint)cause <= MaxCause && Q850Data.ListedCauses[cause];

    /// <summary>
    /// Gets the English name ITU-T Q.850 gives a cause, for example <c>User busy</c> for 17; for a value Q.850 does not
    /// assign, says so and names its class (<c>Unassigned (normal event class)</c> for 12). Allocation-free.
    /// </summary>
    /// <param name="cause">A cause value from 0 to 127.</param>
    /// <returns>The name.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="cause"/> is outside 0-127.</exception>
    public static string GetCauseName(int cause) => Q850Data.NameIn(CheckCause(cause, nameof(cause)), SipLanguage.English.Index);

    /// <summary>
    /// Gets the name of a cause in the language of <paramref name="culture"/>: Dutch for any Dutch culture (this
    /// catalog's translation of ITU-T Q.850's English name, for example <c>Gebruiker bezet</c> for 17), ITU-T Q.850's
    /// English name for every other culture, as <see cref="GetCauseName(int)"/> gives it. Allocation-free.
    /// </summary>
    /// <param name="cause">A cause value from 0 to 127.</param>
    /// <param name="culture">The culture whose language to use; null for <see cref="CultureInfo.CurrentUICulture"/>.</param>
    /// <returns>The name.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="cause"/> is outside 0-127.</exception>
    public static string GetCauseName(int cause, CultureInfo? culture) => Q850Data.NameIn(CheckCause(cause, nameof(cause)), SipLanguage.FromCulture(culture).Index);

    /// <summary>Gets the name of a cause in <paramref name="language"/>, as <see cref="GetCauseName(int, CultureInfo)"/> does.</summary>
    /// <param name="cause">A cause value from 0 to 127.</param>
    /// <param name="language">The language, for example <see cref="SipLanguage.Dutch"/> or <c>SipLanguage.FromTag("nl-BE")</c>.</param>
    /// <returns>The name.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="cause"/> is outside 0-127.</exception>
    public static string GetCauseName(int cause, SipLanguage language) => Q850Data.NameIn(CheckCause(cause, nameof(cause)), language.Index);

    /// <summary>Whether ITU-T Q.850 assigns a meaning to <paramref name="cause"/>. Never throws.</summary>
    /// <param name="cause">Any integer.</param>
    /// <returns>True for the 71 assigned cause values.</returns>
    public static bool IsAssigned(int cause) => (uint)cause <= MaxCause && Q850Data.CauseNames[cause] is not null;

    /// <summary>
    /// Explains a cause in the language of <paramref name="culture"/> (Dutch for any Dutch culture, English for every
    /// other): its Q.850 name and the SIP response a gateway sends for it under RFC 3398 section 7.2.4.1, saying so
    /// where that is only the section's default response (a cause its table does not list), and saying why no response
    /// is sent for causes 16 (normal call clearing) and 44 (untranslatable). For example, for 34: <c>Q.850 cause 34,
    /// "No circuit/channel available". RFC 3398 (section 7.2.4.1) maps this cause to the SIP response 503 Service
    /// Unavailable: …</c>.
    /// </summary>
    /// <param name="cause">A cause value from 0 to 127.</param>
    /// <param name="culture">The culture whose language to use; null for <see cref="CultureInfo.CurrentUICulture"/>.</param>
    /// <returns>A paragraph.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="cause"/> is outside 0-127.</exception>
    public static string Explain(int cause, CultureInfo? culture = null) => ExplainIn(CheckCause(cause, nameof(cause)), SipLanguage.FromCulture(culture).Index);

    /// <summary>Explains a cause in <paramref name="language"/>, as <see cref="Explain(int, CultureInfo)"/> does.</summary>
    /// <param name="cause">A cause value from 0 to 127.</param>
    /// <param name="language">The language, for example <see cref="SipLanguage.Dutch"/>.</param>
    /// <returns>A paragraph.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="cause"/> is outside 0-127.</exception>
    public static string Explain(int cause, SipLanguage language) => ExplainIn(CheckCause(cause, nameof(cause)), language.Index);

    /// <summary>The explanation of a cause already checked to be 0-127.</summary>
    internal static string ExplainIn(int cause, int language)
    {
        if (ToSipStatusCode(cause) is { } code)
        {
            var info = SipStatusCatalog.Resolve((int)code);
            var sentence = IsMappedByRfc3398(cause) ? SipStatusSentences.Q850Listed : SipStatusSentences.Q850Default;
            return SipStatusCatalog.FormatSentence(sentence[language], cause, Q850Data.NameIn(cause, language), info.Value, info.ReasonPhrase, info.DescriptionIn(language));
        }

        // RFC 3398 section 7.2.4.1 sends no response for two causes, for different reasons: 16 ends the call with a
        // BYE or CANCEL, and 44 is untranslatable.
        var none = cause == NormalCallClearing ? SipStatusSentences.Q850Clearing : SipStatusSentences.Q850Untranslatable;
        return SipStatusCatalog.FormatSentence(none[language], cause, Q850Data.NameIn(cause, language));
    }

    internal static int CheckCause(int cause, string paramName) =>
        (uint)cause <= MaxCause
            ? cause
            : throw new ArgumentOutOfRangeException(paramName, cause, FormattableString.Invariant($"{cause} is not a Q.850 cause value: cause values are seven bits, from {MinCause} to {MaxCause}."));
}
