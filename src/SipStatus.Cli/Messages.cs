using System.Globalization;

namespace SipStatus.Cli;

/// <summary>
/// The tool's own words, in English and Dutch: labels, notes and error messages. Texts about the catalog itself come
/// from <see cref="ICatalogTexts"/>.
/// </summary>
internal sealed class Messages
{
    /// <summary>English.</summary>
    public static readonly Messages English = new(dutch: false);

    /// <summary>Dutch.</summary>
    public static readonly Messages Dutch = new(dutch: true);

    private readonly bool _dutch;

    private Messages(bool dutch)
    {
        _dutch = dutch;
        LabelWidth = dutch ? 12 : 11;
    }

    /// <summary>The messages in a language: Dutch, or English for every other.</summary>
    public static Messages For(SipLanguage language) => language == SipLanguage.Dutch ? Dutch : English;

    /// <summary>The width of the label column in an explanation, colon and space included.</summary>
    public int LabelWidth { get; }

    public string Meaning => _dutch ? "Betekenis:" : "Meaning:";

    public string Class => _dutch ? "Klasse:" : "Class:";

    public string Reference => _dutch ? "Referentie:" : "Reference:";

    public string Status => "Status:";

    public string Wording => _dutch ? "Woordkeus:" : "Wording:";

    /// <summary>
    /// The defining document in the output language: <c>RFC 3261, section 21.4.24</c> or <c>RFC 3261, paragraaf
    /// 21.4.24</c> (docs/glossary.md), and only <c>RFC 8688</c> where the catalog names no section.
    /// </summary>
    public string Citation(int rfc, string? section) => section is null
        ? $"RFC {rfc.ToString(CultureInfo.InvariantCulture)}"
        : $"RFC {rfc.ToString(CultureInfo.InvariantCulture)}, {(_dutch ? "paragraaf" : "section")} {section}";

    /// <summary>The hint label; <paramref name="otherLanguage"/> names the language when the hint is not in the output's.</summary>
    public string Hint(string? otherLanguage) =>
        (_dutch ? "Tip" : "Hint") + (otherLanguage is null ? ":" : $" ({otherLanguage}):");

    public string Deprecated(int code, int treatAs) => _dutch
        ? $"verouderd; behandel een ontvangen {code} als {treatAs}"
        : $"deprecated; treat a received {code} as {treatAs}";

    public string Ambiguous(string input, int count) => _dutch
        ? $"'{input}' hoort bij {count} codes:"
        : $"'{input}' matches {count} codes:";

    public string OtherWording(string written, SipStatusInfo info) => _dutch
        ? $"'{written}' is een andere schrijfwijze van {info}"
        : $"'{written}' is another wording of {info}";

    public string PhraseOfOtherCode(string written, string codes, SipStatusInfo info) => _dutch
        ? $"'{written}' is de tekst van {codes}, maar de code telt: dit is {info}"
        : $"'{written}' is the phrase of {codes}, but the code decides: this is {info}";

    public string OwnWording(string written, SipStatusInfo info) => _dutch
        ? $"de reden '{written}' is die van de afzender; het register zegt '{info.ReasonPhrase}'"
        : $"the reason phrase '{written}' is the sender's own; the registry says '{info.ReasonPhrase}'";

    // Table headings of `sipstatus list`.
    public string CodeHeading => "Code";

    public string PhraseHeading => _dutch ? "Reden" : "Reason phrase";

    public string ClassHeading => _dutch ? "Klasse" : "Class";

    public string ReferenceHeading => _dutch ? "Referentie" : "Reference";

    public string NotesHeading => _dutch ? "Opmerkingen" : "Notes";

    public string DeprecatedNote(int treatAs) => _dutch ? $"verouderd: behandel als {treatAs}" : $"deprecated: treat as {treatAs}";

    public string HintNote(string hint, string? otherLanguage) =>
        (_dutch ? "tip" : "hint") + (otherLanguage is null ? ": " : $" ({otherLanguage}): ") + hint;

    // Annotations of the trace filter.
    public string Unregistered(int code, SipStatusInfo resolved) => _dutch
        ? $"{code} niet geregistreerd, behandeld als {resolved}"
        : $"{code} unregistered, treated as {resolved}";

    // Errors (on stderr, each naming the input as a short escaped excerpt).
    public string NotACode(string excerpt) => _dutch
        ? $"sipstatus: '{excerpt}' is geen SIP-statuscode: verwacht drie cijfers van {SipStatusCatalog.MinCode} tot {SipStatusCatalog.MaxCode}."
        : $"sipstatus: '{excerpt}' is not a SIP status code: expected three digits from {SipStatusCatalog.MinCode} to {SipStatusCatalog.MaxCode}.";

    /// <summary>What the library found wrong with a would-be status line, from its kind, part and position.</summary>
    public string NotAStatusLine(string excerpt, SipStatusLineError error) => _dutch
        ? $"sipstatus: '{excerpt}' is geen SIP-statusregel: {error.GetDescription(SipLanguage.Dutch)} (positie {error.Position.ToString(CultureInfo.InvariantCulture)}, bij \"{error.Excerpt}\")."
        : $"sipstatus: '{excerpt}' is not a SIP status line: {error.Description} (position {error.Position.ToString(CultureInfo.InvariantCulture)}, near \"{error.Excerpt}\").";

    public string NotRecognized(string excerpt) => _dutch
        ? $"sipstatus: '{excerpt}' is geen SIP-statuscode, statusregel of reden; 'sipstatus list' toont ze allemaal."
        : $"sipstatus: '{excerpt}' is not a SIP status code, status line or reason phrase; 'sipstatus list' shows them all.";

    public string ReadFailed(string reason) => _dutch
        ? $"sipstatus: invoer lezen mislukt: {reason}"
        : $"sipstatus: cannot read the input: {reason}";
}
