using System;
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

    public string Q850 => "Q.850:";

    public string FromSip => _dutch ? "Vanuit SIP:" : "From SIP:";

    public string Problem => _dutch ? "Probleem:" : "Problem:";

    public string SentBy => _dutch ? "Afzender:" : "Sent by:";

    public string RetryIn => _dutch ? "Opnieuw na:" : "Retry in:";

    /// <summary>The Q.850 cause of a response: from its Reason header, or the cause RFC 3398 maps its status to.</summary>
    public string Q850Of(int cause, string? name, bool fromReason) =>
        $"{cause.ToString(CultureInfo.InvariantCulture)}{(name is null ? string.Empty : " " + name)} ({(fromReason ? (_dutch ? "Reason-header" : "Reason header") : Citation(3398, "8.2.6.1"))})";

    /// <summary>A header's name as a label (<c>Reason:</c>), the same in every language.</summary>
    public static string HeaderLabel(string header) => header + ":";

    /// <summary>The Q.850 cause a code maps to: <c>17 User busy (RFC 3398, section 8.2.6.1)</c>.</summary>
    public string Q850Fact(int cause, string name) => Q850Of(cause, name, fromReason: false);

    /// <summary>What a warning changes the cause to: <c>with Warning 304 (Media type not available): 65 Bearer capability not implemented</c>.</summary>
    public string Q850ByWarning(WarningCauseReport change) =>
        FormattableString.Invariant($"{(_dutch ? "met" : "with")} Warning {change.WarnCode} ({change.WarnText}): {change.Cause} {change.CauseName}");

    /// <summary>The codes that map to a cause: <c>486 Busy Here, 600 Busy Everywhere (RFC 3398, section 8.2.6.1)</c>.</summary>
    public string FromSipFact(string codes) => codes.Length == 0
        ? (_dutch ? $"geen code ({Citation(3398, "8.2.6.1")})" : $"no code ({Citation(3398, "8.2.6.1")})")
        : $"{codes} ({Citation(3398, "8.2.6.1")})";

    public string CauseTitle(int cause, string name) => _dutch
        ? $"Q.850-oorzaak {cause.ToString(CultureInfo.InvariantCulture)}: {name}"
        : $"Q.850 cause {cause.ToString(CultureInfo.InvariantCulture)}: {name}";

    public string RetryAfterFact(long seconds) => _dutch
        ? $"{seconds.ToString(CultureInfo.InvariantCulture)} {(seconds == 1 ? "seconde" : "seconden")}"
        : $"{seconds.ToString(CultureInfo.InvariantCulture)} {(seconds == 1 ? "second" : "seconds")}";

    /// <summary>A header the library set aside: <c>Warning (line 7): the warn-text is not quoted</c>.</summary>
    public string ProblemFact(string header, long line, string description) => _dutch
        ? $"{header} (regel {line.ToString(CultureInfo.InvariantCulture)}): {description}"
        : $"{header} (line {line.ToString(CultureInfo.InvariantCulture)}): {description}";

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

    public string Q850Note(int cause, string name, SipStatusInfo? response) => _dutch
        ? $"Q.850-oorzaak {cause.ToString(CultureInfo.InvariantCulture)} ({name}): " + (response is null ? "geen SIP-antwoord (RFC 3398)" : $"RFC 3398 geeft {response}")
        : $"Q.850 cause {cause.ToString(CultureInfo.InvariantCulture)} ({name}): " + (response is null ? "no SIP response (RFC 3398)" : $"RFC 3398 gives {response}");

    public string NotACauseNote(int cause) => _dutch
        ? $"Q.850-oorzaak {cause.ToString(CultureInfo.InvariantCulture)} bestaat niet (0-127)"
        : $"Q.850 cause {cause.ToString(CultureInfo.InvariantCulture)} does not exist (0-127)";

    public string UnexplainedReasonNote(string protocol, int cause) => _dutch
        ? $"protocol {protocol}, oorzaak {cause.ToString(CultureInfo.InvariantCulture)}: niet uit te leggen"
        : $"protocol {protocol}, cause {cause.ToString(CultureInfo.InvariantCulture)}: cannot be explained";

    public string UnregisteredWarningNote(int code) => _dutch
        ? $"waarschuwingscode {code.ToString(CultureInfo.InvariantCulture)} is niet geregistreerd"
        : $"warn-code {code.ToString(CultureInfo.InvariantCulture)} is not registered";

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

    public string NotACause(string excerpt) => _dutch
        ? $"sipstatus: '{excerpt}' is geen Q.850-oorzaak: verwacht een getal van {SipStatus.Q850.MinCause} tot en met {SipStatus.Q850.MaxCause}."
        : $"sipstatus: '{excerpt}' is not a Q.850 cause: expected a number from {SipStatus.Q850.MinCause} to {SipStatus.Q850.MaxCause}.";

    /// <summary>A Reason or Warning value the library refused; its reason (in English) is the library's exception message.</summary>
    public string NotAHeaderValue(string excerpt, string reason) => _dutch
        ? $"sipstatus: '{excerpt}' is geweigerd. {reason}"
        : $"sipstatus: '{excerpt}' is refused. {reason}";

    public string NoResponse(string source) => _dutch
        ? $"sipstatus: geen SIP-antwoord in {source}: verwacht een statusregel zoals 'SIP/2.0 486 Busy Here' aan het begin van een regel."
        : $"sipstatus: no SIP response in {source}: expected a status line such as 'SIP/2.0 486 Busy Here' at the start of a line.";

    public string Stdin => _dutch ? "de invoer" : "the input";

    public string CannotOpen(string file, string reason) => _dutch
        ? $"sipstatus: kan '{file}' niet lezen: {reason}"
        : $"sipstatus: cannot read '{file}': {reason}";

    public string ReadFailed(string reason) => _dutch
        ? $"sipstatus: invoer lezen mislukt: {reason}"
        : $"sipstatus: cannot read the input: {reason}";
}
