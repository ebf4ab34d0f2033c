using System.Collections.Generic;
using static SipStatus.AotCheck.Transcript;

namespace SipStatus.AotCheck;

/// <summary>SipWarning and SipWarningCatalog: every registered warn-code, Warning header values parsed, made, explained and compared.</summary>
internal static class Warnings
{
    private static readonly string?[] s_values =
    [
        "304 sbc.example.net \"Media type not available\"", "399 pbx.example.com \"Callee is on another call\"",
        "370 devnull \"Choose a \\\"bigger\\\" pipe\"", "301 192.0.2.1:5060 \"Incompatible address\"", "380 [2001:db8::1]:5061 \"SIPS not allowed\"",
        "304 sbc.example.net \"Media type not available\", 399 sbc.example.net \"No video, audio only\"", "308 ua.example.org \"\"",
        "299 legacy.example.net \"Not a registered code\"", "000 x \"zero\"", "999 x \"top\"", "304 sbc.example.net Media type not available",
        "30 x \"two digits\"", "3040 x \"four digits\"", "304  x \"two spaces\"", "304 x", "304 x \"unterminated", "304 x \"a\",", "", null,
    ];

    public static void Write(Transcript transcript)
    {
        transcript.Line("warn catalog", $"All {SipWarningCatalog.All.Count} rows");
        foreach (var info in SipWarningCatalog.All)
        {
            var section = "warn row " + info.Value;
            transcript.Line(section, $"ToString {Show(info.ToString())}, Code {info.Code}, Value {info.Value}, WarnText {Show(info.WarnText)}, RegistryDescription {Show(info.RegistryDescription)}");
            transcript.Line(section, $"Reference {Show(info.Reference)}, Rfc {info.Rfc}, RfcSection {Show(info.RfcSection)}, Get same {SipWarningCatalog.Get(info.Code) == info}");
            foreach (var language in SipLanguage.All)
            {
                var culture = Languages.CultureOf(language);
                transcript.Line(section, $"{language} description {Show(info.GetDescription(language))}, culture agrees {info.GetDescription(culture) == info.GetDescription(language)}");
                transcript.Line(section, $"{language} hint {Show(info.GetHint(language))}, culture agrees {info.GetHint(culture) == info.GetHint(language)}");
            }

            transcript.Line(section, $"null culture: description {Show(info.GetDescription())}, hint {Show(info.GetHint())}");
        }

        for (var code = 299; code <= 400; code++)
        {
            var registered = SipWarningCatalog.TryGet(code, out var info);
            transcript.Line("warn code " + code, $"IsRegistered {SipWarningCatalog.IsRegistered(code)}, TryGet {registered} {Show(info?.ToString())}");
        }

        transcript.Line("warn code 0", $"Get {Try(() => SipWarningCatalog.Get((SipWarningCode)0))}, Get 399 {SipWarningCatalog.Get(SipWarningCode.MiscellaneousWarning)}");

        foreach (var value in s_values)
        {
            var section = "warning " + Show(value);
            var single = SipWarning.TryParse(value, out var warning);
            var all = SipWarning.TryParseAll(value, out var warnings);
            transcript.Line(section, $"TryParse {single} {Show(warning.ToString())}, TryParseAll {all} [{string.Join(" | ", warnings ?? [])}]");
            transcript.Line(section, $"Parse {Try(() => SipWarning.Parse(value!).ToString())}");
            transcript.Line(section, $"ParseAll {Try(() => string.Join(" | ", SipWarning.ParseAll(value!)))}");
            foreach (var each in warnings ?? (single ? [warning] : []))
            {
                Describe(transcript, section, each);
            }
        }

        var made = new (int Code, string? Agent, string? Text)[]
        {
            (370, "devnull", "Choose a \"bigger\" pipe"), (304, "sbc.example.net:5060", "back\\slash"), (1000, "x", "y"), (-1, "x", "y"),
            (304, "not an agent", "y"), (304, null, "y"), (304, "x", null), (304, "x", "two\nlines"),
        };
        foreach (var (code, agent, text) in made)
        {
            var section = $"new warning {code} {Show(agent)} {Show(text)}";
            transcript.Line(section, Try(() => new SipWarning(code, agent!, text!).ToString()));
            if (Try(() => new SipWarning(code, agent!, text!)) is var shown && !shown.StartsWith("throws", System.StringComparison.Ordinal))
            {
                var warning = new SipWarning(code, agent!, text!);
                Describe(transcript, section, warning);
                transcript.Line(section, $"round trip {SipWarning.Parse(warning.ToString()) == warning}");
            }
        }

        var a = SipWarning.Parse("304 SBC.example.net \"Media type not available\"");
        var b = new SipWarning(304, "sbc.example.net", "Media type not available");
        var c = new SipWarning(304, "sbc.example.net", "other");
        transcript.Line("warning equality", $"a == b {a == b}, a != c {a != c}, Equals {a.Equals(b)}, Equals((object)b) {a.Equals((object)b)}, hash equal {a.GetHashCode() == b.GetHashCode()}, Equals(\"x\") {a.Equals((object)"x")}");
        var empty = new SipWarning();
        transcript.Line("warning default", $"Code {empty.Code}, Agent {Show(empty.Agent)}, Text {Show(empty.Text)}, Info {Show(empty.Info)}, ToString {Try(() => empty.ToString())}, equals default {empty == default}");
        transcript.Line("warning default", $"Explain {Try(() => empty.Explain(SipLanguage.English))}");
        var set = new HashSet<SipWarning> { a, b, c };
        transcript.Line("warning equality", $"a set of a, b and c holds {set.Count}");
    }

    private static void Describe(Transcript transcript, string section, SipWarning warning)
    {
        transcript.Line(section, $"Code {warning.Code}, Agent {Show(warning.Agent)}, Text {Show(warning.Text)}, Info {Show(warning.Info?.ToString())}, ToString {Show(warning.ToString())}");
        foreach (var language in SipLanguage.All)
        {
            var culture = Languages.CultureOf(language);
            transcript.Line(section, $"{language} {Show(warning.Explain(language))}, culture agrees {warning.Explain(culture) == warning.Explain(language)}");
        }

        transcript.Line(section, $"null culture {Show(warning.Explain())}");
    }
}
