using static SipStatus.Generators.Tests.GeneratorHarness;

namespace SipStatus.Generators.Tests;

/// <summary>A small, consistent set of all six tables, for snapshot and incrementality tests.</summary>
internal static class SampleTables
{
    public static readonly string Codes = Table(
        Row("100", "Trying", "Trying", section: "21.1.1", en: "The next hop is working on it.", nl: "De volgende schakel is ermee bezig."),
        Row("202", "Accepted", "Accepted", "6665", "8.3.1", deprecated: "yes", en: "Deprecated: treat it as 200.", nl: "Verouderd: behandel het als 200."),
        Row("486", "BusyHere", "Busy Here", "3261", "21.4.24", retryAfter: "yes", aliases: "Busy here now|Occupé", hintEn: "callee's line is busy", hintNl: "apparatuur gebelde partij in gesprek", en: "The callee is busy.", nl: "De gebelde is in gesprek.", actionEn: "Try again later.", actionNl: "Probeer het later."),
        Row("422", "SessionIntervalTooSmall", "Session Interval Too Small", "4028", "6", aliases: "Session Timer Too Small|SessionTimerTooSmal", en: "The session timer is too short.", nl: "De sessietimer is te kort."),
        Row("199", "EarlyDialogTerminated", "Early \"Dialog\" <Terminated>", "6228", en: "A \"branch\" <ended> & more.", nl: "Een \"tak\" <eindigde> & meer."),
        Row("410", "Gone", "Gone", "3261", "21.4.10", en: "The callee is gone.", nl: "De gebelde is weg."),
        Row("301", "MovedPermanently", "Moved Permanently", "3261", "21.3.2", en: "The callee moved.", nl: "De gebelde is verhuisd."),
        Row("500", "ServerInternalError", "Server Internal Error", "3261", "21.5.1", retryAfter: "yes", en: "A server failed.", nl: "Een server faalde."));

    public static readonly string Classes = GeneratorHarness.Classes();

    public static readonly string Sentences = Lines(
        SentenceHeader,
        "Explain\t{0} {1}: {2}\t{0} {1}: {2}",
        "Quote\tIt says \"{0}\" & {{more}}.\tEr staat \"{0}\" & {{meer}}.");

    public static readonly string Causes = "cause\tname_en\tname_nl\n16\tNormal call clearing\tNormaal beëindigd\n17\tUser busy\tGebruiker bezet\n22\tNumber changed\tNummer gewijzigd\n31\tNormal, unspecified\tNormaal, niet gespecificeerd\n";

    public static readonly string Q850ToSip = "# RFC 3398 7.2.4.1, in part\ncause\tsip_code\tcondition\ndefault\t500\t\n16\t\t\n17\t486\t\n22\t410\t\n22\t301\tdiagnostic\n";

    public static readonly string SipToQ850 = "sip_code\tcause\tcondition\ndefault\t31\t\n410\t22\t\n486\t17\t\n487\t\t\n488\t31\twarning\n";

    public static readonly string Warnings = Lines(
        WarningHeader,
        WarningRow("399", "Miscellaneous warning", "Take no \"automated\" action.", en: "A warning of any kind.", nl: "Een waarschuwing van elke soort.", actionEn: "Read the text & act by hand.", actionNl: "Lees de tekst & handel zelf."),
        WarningRow("304", "Media type not available", cause: "65"),
        WarningRow("380", "SIPS Not Allowed", "The <sips:> scheme is not allowed.", "5630", "9"),
        WarningRow("308", "Incompatible language specification", rfc: "8373", section: ""));

    public static (string Path, string Text)[] All => new[]
    {
        (TablePath, Codes), (ClassesPath, Classes), (SentencesPath, Sentences), (CausesPath, Causes), (Q850ToSipPath, Q850ToSip), (SipToQ850Path, SipToQ850),
        (WarningsPath, Warnings),
    };
}
