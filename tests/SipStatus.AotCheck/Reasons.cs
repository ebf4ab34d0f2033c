using System.Collections.Generic;
using System.Linq;
using static SipStatus.AotCheck.Transcript;

namespace SipStatus.AotCheck;

/// <summary>SipReason: Reason header values parsed, made, explained in every language and compared.</summary>
internal static class Reasons
{
    private static readonly string?[] s_values =
    [
        "Q.850;cause=16;text=\"Terminated\"", "Q.850 ;cause=16 ;text=\"Terminated\"", "q.850;cause=17", "SIP;cause=200;text=\"Call completed elsewhere\"",
        "SIP;cause=486;text=\"Busy Here\", Q.850;cause=17;text=\"User busy\"", "sip;cause=600", "SIP;cause=431", "SIP;cause=99",
        "Q.850;cause=127", "Q.850;cause=128", "Q.850;cause=34;text=\"No circuit \\\"available\\\"\"", "Q.850;text=\"x\";cause=31;extra=1",
        "preemption;cause=1;text=\"UA preemption\"", "X-Vendor;cause=12345", "Q.850;cause=abc", "Q.850", "Q.850;cause=",
        ";cause=16", "Q.850;cause=16;text=\"unterminated", "Q.850;cause=16,", "", "  ", null,
    ];

    public static void Write(Transcript transcript)
    {
        transcript.Line("reason", $"SipProtocol {Show(SipReason.SipProtocol)}, Q850Protocol {Show(SipReason.Q850Protocol)}");
        foreach (var value in s_values)
        {
            var section = "reason " + Show(value);
            var single = SipReason.TryParse(value, out var reason);
            var all = SipReason.TryParseAll(value, out var reasons);
            transcript.Line(section, $"TryParse {single} {Show(reason?.ToString())}, TryParseAll {all} [{string.Join(" | ", reasons ?? [])}]");
            transcript.Line(section, $"Parse {Try(() => SipReason.Parse(value!).ToString())}");
            transcript.Line(section, $"ParseAll {Try(() => string.Join(" | ", SipReason.ParseAll(value!)))}");
            foreach (var each in reasons ?? (reason is null ? [] : [reason]))
            {
                Describe(transcript, section, each);
            }
        }

        var made = new (string? Protocol, int Cause, string? Text)[]
        {
            ("Q.850", 16, "Normal call clearing"), ("q.850", 16, null), ("SIP", 486, "Busy \"Here\""), ("sip", 200, ""), ("Vendor-X", 7, "odd\\text"),
            ("Q.850", -1, null), ("Q 850", 16, null), ("", 16, null), (null, 16, null), ("SIP", 486, "two\r\nlines"),
        };
        foreach (var (protocol, cause, text) in made)
        {
            var section = $"new reason {Show(protocol)} {cause} {Show(text)}";
            transcript.Line(section, Try(() => new SipReason(protocol!, cause, text).ToString()));
            if (protocol is not null && Try(() => new SipReason(protocol, cause, text)) is var shown && !shown.StartsWith("throws", System.StringComparison.Ordinal))
            {
                var reason = new SipReason(protocol, cause, text);
                Describe(transcript, section, reason);
                transcript.Line(section, $"round trip {SipReason.Parse(reason.ToString()).Equals(reason)}");
            }
        }

        var a = new SipReason("Q.850", 16, "Terminated");
        var b = SipReason.Parse("q.850;cause=16;text=\"Terminated\"");
        var c = new SipReason("Q.850", 16, "Other");
        var equalsText = a.Equals((object)"x");
        var equalsNull = new SipReason("Q.850", 16, "Terminated").Equals(null);
        transcript.Line("reason equality", $"a.Equals(b) {a.Equals(b)}, Equals((object)b) {a.Equals((object)b)}, hash equal {a.GetHashCode() == b.GetHashCode()}, a.Equals(c) {a.Equals(c)}, a.Equals(null) {equalsNull}, Equals(\"x\") {equalsText}");
        var set = new HashSet<SipReason> { a, b, c };
        transcript.Line("reason equality", $"a set of a, b and c holds {set.Count}: {string.Join(" | ", set.Select(r => r.ToString()).Order(System.StringComparer.Ordinal))}");
    }

    private static void Describe(Transcript transcript, string section, SipReason reason)
    {
        transcript.Line(section, $"Protocol {Show(reason.Protocol)}, Cause {reason.Cause}, Text {Show(reason.Text)}, IsSip {reason.IsSip}, IsQ850 {reason.IsQ850}, ToString {Show(reason.ToString())}");
        foreach (var language in SipLanguage.All)
        {
            var culture = Languages.CultureOf(language);
            transcript.Line(section, $"{language} {Show(reason.Explain(language))}, culture agrees {reason.Explain(culture) == reason.Explain(language)}");
        }

        transcript.Line(section, $"null culture {Show(reason.Explain())}");
    }
}
