using System;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using FluentAssertions;
using FsCheck;
using FsCheck.Fluent;
using Xunit;

namespace SipStatus.Tests;

/// <summary>
/// A whole SIP response read off the wire (status line, header block, empty line): real responses as Asterisk,
/// FreeSWITCH, Kamailio and an SBC write them (TestData/responses, each with its source), the RFC 3261 and RFC 3326
/// examples, folding, case, CRLF and LF, several headers, malformed headers kept as problems, and a bad status line.
/// </summary>
public class SipResponseDiagnosisTests
{
    private static readonly CultureInfo s_english = CultureInfo.GetCultureInfo("en");
    private static readonly CultureInfo s_dutch = CultureInfo.GetCultureInfo("nl-NL");

    /// <summary>A response of TestData/responses without its source comments, with <paramref name="lineEnd"/> line ends.</summary>
    private static string Response(string name, string lineEnd = "\r\n") =>
        string.Join(lineEnd, TestFiles.ReadLines("responses/" + name).SkipWhile(line => line.StartsWith('#'))) + lineEnd;

    private static string Wire(params string[] lines) => string.Join("\r\n", lines) + "\r\n\r\n";

    private static SipResponseDiagnosis Both(string response)
    {
        var fromText = SipResponseDiagnosis.Parse(response);
        var fromBytes = SipResponseDiagnosis.Parse(Encoding.UTF8.GetBytes(response));
        fromBytes.StatusLine.Should().Be(fromText.StatusLine);
        fromBytes.Reasons.Should().Equal(fromText.Reasons);
        fromBytes.Warnings.Should().Equal(fromText.Warnings);
        fromBytes.RetryAfter.Should().Be(fromText.RetryAfter);
        fromBytes.Server.Should().Be(fromText.Server);
        fromBytes.Q850Cause.Should().Be(fromText.Q850Cause);
        fromBytes.Problems.Select(p => p.Header).Should().Equal(fromText.Problems.Select(p => p.Header));
        return fromText;
    }

    [Fact]
    public void Every_response_in_the_test_data_names_its_source()
    {
        foreach (var file in new[] { "asterisk-486.sip", "freeswitch-480.sip", "kamailio-503.sip", "sbc-488.sip", "sems-sbc-488.sip", "sippy-b2bua-488.sip" })
        {
            TestFiles.ReadLines("responses/" + file)[0].Should().StartWith("# Source: ");
        }
    }

    [Fact]
    public void Asterisk_486_with_a_cause_only_Q850_Reason()
    {
        var diagnosis = Both(Response("asterisk-486.sip"));
        diagnosis.StatusLine.Code.Should().Be(486);
        diagnosis.Reasons.Should().Equal(new SipReason("Q.850", 17));
        diagnosis.Warnings.Should().BeEmpty();
        diagnosis.Server.Should().Be("Asterisk PBX 20.5.0");
        diagnosis.RetryAfter.Should().BeNull();
        diagnosis.Q850Cause.Should().Be(17);
        diagnosis.Problems.Should().BeEmpty();
    }

    [Fact]
    public void FreeSWITCH_480_with_User_Agent_X_headers_and_a_Q850_Reason_whose_cause_wins_over_RFC_3398()
    {
        var diagnosis = Both(Response("freeswitch-480.sip"));
        diagnosis.StatusLine.Code.Should().Be(480);
        diagnosis.Reasons.Should().Equal(new SipReason("Q.850", 19, "NO_ANSWER"));
        diagnosis.Server.Should().Be("FreeSWITCH-mod_sofia/1.10.10-release~64bit", "no Server header: the User-Agent says who sent it");
        TestFiles.ReadAll("rfc3398-8.2.6.1.txt").Should().MatchRegex(@"480 Temporarily unavailable\s+18 No user responding");
        diagnosis.Q850Cause.Should().Be(19, "the Q.850 Reason's cause comes first; RFC 3398 would say 18");
    }

    [Fact]
    public void Kamailio_503_with_Server_and_Retry_After_maps_to_cause_41()
    {
        var diagnosis = Both(Response("kamailio-503.sip", "\n"));
        diagnosis.StatusLine.Code.Should().Be(503);
        diagnosis.Reasons.Should().BeEmpty();
        diagnosis.Server.Should().Be("kamailio (5.7.4 (x86_64/linux))");
        diagnosis.RetryAfter.Should().Be(TimeSpan.FromSeconds(60));
        TestFiles.ReadAll("rfc3398-8.2.6.1.txt").Should().MatchRegex(@"503 Service unavailable\s+41 Temporary failure");
        diagnosis.Q850Cause.Should().Be(41);
    }

    [Fact]
    public void SBC_488_with_Warning_304_maps_to_cause_65_and_its_body_is_not_read()
    {
        var diagnosis = Both(Response("sbc-488.sip"));
        diagnosis.Warnings.Should().Equal(new SipWarning(304, "sbc.example.net", "Media type not available"));
        diagnosis.Reasons.Should().Equal(new SipReason("SIP", 488, "Not Acceptable Here")); // the Reason line in the body is not a header
        diagnosis.Server.Should().Be("ExampleSBC/4.2");
        TestFiles.Prose("rfc3398-8.2.6.1.txt").Should().Contain("'65 Bearer Capability Not Implemented' is a RECOMMENDED mapping");
        diagnosis.Q850Cause.Should().Be(65);
    }

    [Fact]
    public void SEMS_SBC_488_without_Warning_or_Reason_maps_to_cause_31_and_ends_with_the_status_s_advice()
    {
        var diagnosis = Both(Response("sems-sbc-488.sip"));
        diagnosis.StatusLine.Code.Should().Be(488);
        diagnosis.Reasons.Should().BeEmpty();
        diagnosis.Warnings.Should().BeEmpty();
        diagnosis.Server.Should().Be("Sip Express Media Server (1.6.0 (x86_64/linux))");
        TestFiles.ReadAll("rfc3398-8.2.6.1.txt").Should().MatchRegex(@"488 Not Acceptable here\s+-+ by Warning header");
        TestFiles.Prose("rfc3398-8.2.6.1.txt").Should().Contain("'31 Normal, unspecified' SHOULD by default be used");
        diagnosis.Q850Cause.Should().Be(31);
        diagnosis.Explain(SipLanguage.English).Should().EndWith("What to do: Check codec and SRTP settings on both sides.");
    }

    [Fact]
    public void Sippy_B2BUA_488_with_a_spaced_SIP_Reason_of_the_same_code_says_so_once()
    {
        var diagnosis = Both(Response("sippy-b2bua-488.sip"));
        diagnosis.Reasons.Should().Equal(new SipReason("SIP", 488, "offered media prohibited by the policy"));
        diagnosis.Server.Should().BeNull();
        diagnosis.Problems.Should().BeEmpty();
        var text = diagnosis.Explain(SipLanguage.English);
        text.Should().Contain("Its Reason header gives the same code. The sender's own text: \"offered media prohibited by the policy\".");
        Occurrences(text, "cannot accept the proposed media").Should().Be(1, "the status's meaning is said once, not again for a Reason of the same code");
    }

    [Theory]
    [InlineData("SIP ;cause=200 ;text=\"Call completed elsewhere\"", "SIP", 200, "Call completed elsewhere")]
    [InlineData("Q.850 ;cause=16 ;text=\"Terminated\"", "Q.850", 16, "Terminated")]
    [InlineData("SIP ;cause=600 ;text=\"Busy Everywhere\"", "SIP", 600, "Busy Everywhere")]
    [InlineData("SIP ;cause=580 ;text=\"Precondition Failure\"", "SIP", 580, "Precondition Failure")]
    public void The_RFC_3326_section_2_examples_in_a_response(string value, string protocol, int cause, string text)
    {
        TestFiles.ReadAll("rfc3326-2-reason.txt").Should().Contain("      Reason: " + value, "the example is quoted from RFC 3326");
        var diagnosis = Both(Wire("SIP/2.0 600 Busy Everywhere", "Reason: " + value));
        diagnosis.Reasons.Should().Equal(new SipReason(protocol, cause, text));
        diagnosis.Q850Cause.Should().Be(protocol == "Q.850" ? cause : 17, "without a Q.850 Reason, RFC 3398 maps 600 to 17");
    }

    [Theory]
    [InlineData("18000;duration=3600", 18000)]
    [InlineData("120 (I'm in a meeting)", 120)]
    public void The_RFC_3261_section_20_33_Retry_After_examples(string value, int seconds)
    {
        TestFiles.ReadAll("rfc3261-20.33-retry-after.txt").Should().Contain("      Retry-After: " + value, "the example is quoted from RFC 3261");
        Both(Wire("SIP/2.0 486 Busy Here", "Retry-After: " + value)).RetryAfter.Should().Be(TimeSpan.FromSeconds(seconds));
    }

    [Theory]
    [InlineData("120", 120)]
    [InlineData("0", 0)]
    [InlineData("  3600 ;duration=1800", 3600)]
    [InlineData("300 (call (me) \\) back) ; duration = 60 ; x-note=\"a;b\"", 300)]
    [InlineData("60 ;[ext]", -1)]
    [InlineData("later", -1)]
    [InlineData("", -1)]
    [InlineData("120 (unclosed", -1)]
    [InlineData("120 seconds", -1)]
    [InlineData("99999999999999999999", -1)]
    public void Retry_After_follows_the_grammar_of_RFC_3261_section_25_1(string value, int seconds)
    {
        TestFiles.ReadAll("rfc3261-20.33-retry-after.txt").Should().Contain("Retry-After  =  \"Retry-After\" HCOLON delta-seconds");
        var diagnosis = Both(Wire("SIP/2.0 503 Service Unavailable", "Retry-After: " + value));
        if (seconds >= 0)
        {
            diagnosis.RetryAfter.Should().Be(TimeSpan.FromSeconds(seconds));
            diagnosis.Problems.Should().BeEmpty();
        }
        else
        {
            diagnosis.RetryAfter.Should().BeNull();
            diagnosis.Problems.Should().ContainSingle().Which.Header.Should().Be("Retry-After");
        }
    }

    [Theory]
    [InlineData("Q.850;cause=17;text=\"User busy\"")]
    [InlineData("q.850;cause=16")]
    [InlineData("sip;cause=486;text=\"\"")]
    [InlineData("X-Vendor;cause=42;text=\"a, b; c=d\"")]
    [InlineData("Q.850;cause=0000000017")]
    [InlineData("Q.850;cause=99999999999")]
    [InlineData("Q.850;CAUSE=17")]
    [InlineData("Q.850;text=\"x\";cause=17")]
    [InlineData("Q.850;cause=17;text=\"a\\\"b\"")]
    [InlineData("Q.850;cause=17;text=\"caf\u00e9\"")]
    [InlineData("Q.850;cause=17;text=\"x\";x=1")]
    [InlineData("Q.850;cause=17, SIP;cause=486")]
    [InlineData("Q.850;cause=")]
    [InlineData("Q.850;cause=17;text=\"open")]
    [InlineData("Q.850 ;cause=17")]
    public void Every_Reason_value_reads_as_SipReason_ParseAll_reads_it(string value)
    {
        var diagnosis = Both(Wire("SIP/2.0 486 Busy Here", "Reason: " + value));
        if (SipReason.TryParseAll(value, out var expected))
        {
            diagnosis.Reasons.Should().Equal(expected);
            diagnosis.Reasons.Select(r => r.Protocol).Should().Equal(expected.Select(r => r.Protocol));
            diagnosis.Problems.Should().BeEmpty();
        }
        else
        {
            diagnosis.Reasons.Should().BeEmpty();
            diagnosis.Problems.Should().ContainSingle().Which.Header.Should().Be("Reason");
        }
    }

    [Theory]
    [InlineData("399 pbx.example.com \"Callee is on another call\"")]
    [InlineData("304 192.0.2.1 \"\"")]
    [InlineData("370 devnull \"Choose a bigger pipe\"")]
    [InlineData("301 192.0.2.1:5060 \"x\"")]
    [InlineData("301 [2001:db8::1]:5061 \"x\"")]
    [InlineData("399 a.b.c. \"trailing dot\"")]
    [InlineData("399 host:port \"x\"")]
    [InlineData("399 host  \"two spaces\"")]
    [InlineData("399 host \"a\\\"b\"")]
    [InlineData("399 host \"x\", 370 devnull \"y\"")]
    [InlineData("3999 host \"x\"")]
    [InlineData("399 host \"x\" trailing")]
    [InlineData("399 host x")]
    [InlineData("39 host \"x\"")]
    public void Every_Warning_value_reads_as_SipWarning_ParseAll_reads_it(string value)
    {
        var diagnosis = Both(Wire("SIP/2.0 488 Not Acceptable Here", "Warning: " + value));
        if (SipWarning.TryParseAll(value, out var expected))
        {
            diagnosis.Warnings.Should().Equal(expected);
            diagnosis.Warnings.Select(w => w.Agent).Should().Equal(expected.Select(w => w.Agent));
            diagnosis.Problems.Should().BeEmpty();
        }
        else
        {
            diagnosis.Warnings.Should().BeEmpty();
            diagnosis.Problems.Should().ContainSingle().Which.Header.Should().Be("Warning");
        }
    }

    [Fact]
    public void The_lists_cannot_be_changed_through_a_cast()
    {
        var one = SipResponseDiagnosis.Parse(Wire("SIP/2.0 486 Busy Here", "Reason: Q.850;cause=17", "Warning: 399 a \"b\""));
        var two = SipResponseDiagnosis.Parse(Wire("SIP/2.0 486 Busy Here", "Reason: Q.850;cause=17", "Reason: SIP;cause=486", "Warning: 399 a \"b\"", "Warning: 399 c \"d\""));
        foreach (var diagnosis in new[] { one, two })
        {
            (diagnosis.Reasons as System.Collections.Generic.IList<SipReason>)?.IsReadOnly.Should().NotBe(false);
            (diagnosis.Warnings as System.Collections.Generic.IList<SipWarning>)?.IsReadOnly.Should().NotBe(false);
            (diagnosis.Problems as System.Collections.Generic.IList<SipResponseProblem>)?.IsReadOnly.Should().NotBe(false);
        }
    }

    [Fact]
    public void Only_the_first_Retry_After_counts()
    {
        Both(Wire("SIP/2.0 503 Service Unavailable", "Retry-After: 30", "Retry-After: 90")).RetryAfter.Should().Be(TimeSpan.FromSeconds(30));
    }

    [Fact]
    public void Folded_lines_continue_their_header_as_RFC_3261_section_7_3_1_says()
    {
        var response = Wire(
            "SIP/2.0 486 Busy Here",
            "Reason: SIP ;cause=486,",
            "\t Q.850 ;cause=17 ;text=\"User",
            "  busy\"",
            "Warning: 399 pbx.example.com",
            " \"Callee is on another call\"",
            "Retry-After:",
            " 120",
            "Server: PBX/1.0",
            "  (build 7)");
        var diagnosis = Both(response);
        diagnosis.Reasons.Should().Equal(new SipReason("SIP", 486), new SipReason("Q.850", 17, "User busy"));
        diagnosis.Warnings.Should().Equal(new SipWarning(399, "pbx.example.com", "Callee is on another call"));
        diagnosis.RetryAfter.Should().Be(TimeSpan.FromSeconds(120));
        diagnosis.Server.Should().Be("PBX/1.0 (build 7)", "the line break and the white space after it are one SP");
        diagnosis.Q850Cause.Should().Be(17);
        Both(response.Replace("\r\n", "\n")).Reasons.Should().Equal(diagnosis.Reasons, "LF alone ends a line as well");
    }

    [Fact]
    public void Header_names_are_read_in_any_case_with_white_space_before_the_colon()
    {
        var diagnosis = Both(Wire(
            "SIP/2.0 503 Service Unavailable",
            "REASON : Q.850;cause=34",
            "wArNiNg:\t370 devnull \"Choose a bigger pipe\"",
            "retry-AFTER:600",
            "user-agent: Phone/2",
            "SERVER : Proxy/3"));
        diagnosis.Reasons.Should().Equal(new SipReason("Q.850", 34));
        diagnosis.Warnings.Should().ContainSingle().Which.Code.Should().Be(370);
        diagnosis.RetryAfter.Should().Be(TimeSpan.FromMinutes(10));
        diagnosis.Server.Should().Be("Proxy/3", "the Server header wins over User-Agent wherever it comes");
    }

    [Fact]
    public void Compact_forms_are_those_of_RFC_3261_and_none_of_them_is_one_of_these_headers()
    {
        // RFC 3261 section 20 gives compact forms to Call-ID (i), Contact (m), Content-Encoding (e), Content-Length (l),
        // Content-Type (c), From (f), Subject (s), Supported (k), To (t) and Via (v); Reason, Warning, Retry-After,
        // Server and User-Agent have none, so "s:" is a Subject and "r:" nothing.
        var diagnosis = Both(Wire(
            "SIP/2.0 486 Busy Here",
            "v: SIP/2.0/UDP 192.0.2.1;branch=z9hG4bK1",
            "s: Server: not this",
            "r: Q.850;cause=1",
            "w: 399 x \"no\"",
            "u: Agent/1",
            "l: 0"));
        diagnosis.Reasons.Should().BeEmpty();
        diagnosis.Warnings.Should().BeEmpty();
        diagnosis.Server.Should().BeNull();
        diagnosis.Problems.Should().BeEmpty();
    }

    [Fact]
    public void Several_headers_and_comma_separated_values_are_kept_in_order()
    {
        var diagnosis = Both(Wire(
            "SIP/2.0 488 Not Acceptable Here",
            "Warning: 301 isi.edu \"Incompatible network address type 'E.164'\", 370 devnull \"Choose a bigger pipe\"",
            "Reason: SIP;cause=488",
            "Warning: 304 sbc.example.net \"Media type not available\"",
            "Reason: Q.850;cause=65;text=\"Bearer capability not implemented\", X.int;cause=3"));
        diagnosis.Warnings.Select(w => w.Code).Should().Equal(301, 370, 304);
        diagnosis.Reasons.Select(r => r.Protocol).Should().Equal("SIP", "Q.850", "X.int");
        diagnosis.Q850Cause.Should().Be(65);
    }

    [Fact]
    public void A_malformed_header_goes_to_Problems_with_its_position_and_is_left_out()
    {
        var response = Wire(
            "SIP/2.0 486 Busy Here",
            "Reason: Q.850;text=\"no cause\"",
            "Warning: 399 pbx.example.com no quotes",
            "Reason: SIP;cause=486",
            "Warning: 399 pbx.example.com \"fine\"",
            "Retry-After: soon");
        var diagnosis = SipResponseDiagnosis.Parse(response);
        diagnosis.Reasons.Should().Equal(new SipReason("SIP", 486));
        diagnosis.Warnings.Should().ContainSingle().Which.Text.Should().Be("fine");
        diagnosis.RetryAfter.Should().BeNull();
        diagnosis.Problems.Select(p => p.Header).Should().Equal("Reason", "Warning", "Retry-After");
        diagnosis.Problems[0].Position.Should().Be(response.IndexOf("Reason: Q.850", StringComparison.Ordinal));
        diagnosis.Problems[1].Position.Should().Be(response.IndexOf("Warning: 399 pbx.example.com no", StringComparison.Ordinal));
        diagnosis.Problems[2].Position.Should().Be(response.IndexOf("soon", StringComparison.Ordinal));
        diagnosis.Problems[0].Description.Should().StartWith("Not a valid Reason header value");
        diagnosis.Problems[1].Description.Should().StartWith("Not a valid Warning header value");
        diagnosis.Problems[2].ToString().Should().StartWith("Retry-After at " + response.IndexOf("soon", StringComparison.Ordinal) + ": ");
        diagnosis.Q850Cause.Should().Be(17, "without a Q.850 Reason, RFC 3398 maps 486 to 17");
    }

    [Fact]
    public void Positions_of_UTF_8_input_count_bytes()
    {
        var response = Wire("SIP/2.0 486 Bezet hier", "Server: Tëst-PBX", "Retry-After: nooit");
        var bytes = Encoding.UTF8.GetBytes(response);
        var diagnosis = SipResponseDiagnosis.Parse(bytes);
        diagnosis.Server.Should().Be("Tëst-PBX");
        diagnosis.Problems.Single().Position.Should().Be(bytes.AsSpan().IndexOf("nooit"u8));
        SipResponseDiagnosis.Parse(response).Problems.Single().Position.Should().Be(response.IndexOf("nooit", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("")]
    [InlineData("INVITE sip:bob@example.com SIP/2.0\r\n\r\n")]
    [InlineData("SIP/2.0 99 Too Low\r\n\r\n")]
    [InlineData("SIP/2.0 4860 Busy Here\r\n\r\n")]
    public void A_bad_status_line_is_refused(string response)
    {
        SipResponseDiagnosis.TryParse(response, out var diagnosis).Should().BeFalse();
        diagnosis.Should().BeNull();
        SipResponseDiagnosis.TryParse(Encoding.UTF8.GetBytes(response), out _).Should().BeFalse();
        SipStatusLine.TryParse(response, out _, out var error).Should().BeFalse();
        FluentActions.Invoking(() => SipResponseDiagnosis.Parse(response)).Should().Throw<FormatException>()
            .Which.Message.Should().Contain(error!.Message);
        FluentActions.Invoking(() => SipResponseDiagnosis.Parse(Encoding.UTF8.GetBytes(response))).Should().Throw<FormatException>();
    }

    [Fact]
    public void Null_is_refused_by_TryParse_and_Parse()
    {
        SipResponseDiagnosis.TryParse((string?)null, out var diagnosis).Should().BeFalse();
        diagnosis.Should().BeNull();
        FluentActions.Invoking(() => SipResponseDiagnosis.Parse((string)null!)).Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void A_status_line_alone_or_without_its_empty_line_is_a_response()
    {
        var diagnosis = Both("SIP/2.0 404 Not Found");
        diagnosis.Reasons.Should().BeEmpty();
        diagnosis.Q850Cause.Should().Be(1, "RFC 3398 maps 404 to 1 (unallocated number)");
        Both("SIP/2.0 404 Not Found\r\nServer: X").Server.Should().Be("X");
        Both("SIP/2.0 200 OK\r\n\r\n").Q850Cause.Should().BeNull("a 2xx fails nothing");
    }

    [Fact]
    public void Explain_says_each_fact_once_and_ends_with_the_one_thing_to_do_in_English_and_Dutch()
    {
        var diagnosis = SipResponseDiagnosis.Parse(Response("sbc-488.sip"));
        foreach (var (culture, language) in new[] { (s_english, SipLanguage.English), (s_dutch, SipLanguage.Dutch) })
        {
            var text = diagnosis.Explain(culture);
            text.Should().Be(diagnosis.Explain(language));
            var status = SipStatusCatalog.Explain(488, culture);
            var advice = LastSentence(SipStatusCode.NotAcceptableHere.GetInfo().GetDescription(culture));
            text.Should().StartWith(status.Replace(" " + advice, string.Empty, StringComparison.Ordinal), "the status and what it means come first, its advice left for the end");
            Occurrences(text, advice).Should().Be(0, "a Warning's advice is more specific than the status's");
            text.Should().Contain("ExampleSBC/4.2").And.Contain("\"Media type not available\"").And.Contain("65");
            text.Should().NotContain("\n");
        }

        var english = diagnosis.Explain(s_english);
        english.Should().Contain("(its Server header)").And.Contain("Its Reason header gives the same code.");
        english.Should().Contain("Warning 304 (Media type not available) was added by sbc.example.net.");
        english.Should().Contain("\"Bearer capability not implemented\" (RFC 3398, section 8.2.6.1)");
        english.Should().EndWith("What to do: Offer only media the other side supports, e.g. audio without video.");
        var dutch = diagnosis.Explain(s_dutch);
        dutch.Should().Contain("(volgens de Server-header)").And.Contain("De Reason-header noemt dezelfde code.");
        dutch.Should().Contain("\"Transportcapaciteit (bearer capability) niet geïmplementeerd\" (RFC 3398, paragraaf 8.2.6.1)");
        dutch.Should().EndWith("Wat te doen: Bied alleen media aan die de andere kant ondersteunt, bijv. audio zonder video.");
    }

    [Fact]
    public void The_one_thing_to_do_comes_from_the_most_specific_part_of_the_response()
    {
        static string Advice(params string[] lines) => SipResponseDiagnosis.Parse(Wire(lines)).Explain(SipLanguage.English).Split("What to do: ")[^1];
        static string AdviceOf(int code) => LastSentence(SipStatusCatalog.Resolve(code).GetDescription(SipLanguage.English));

        // RFC 3261 section 20.43: a system receiving 399 "MUST NOT take any automated action"; the status's advice stands.
        Advice("SIP/2.0 488 Not Acceptable Here", "Warning: 399 sbc.example.net \"No video\"").Should().Be(AdviceOf(488));
        Advice("SIP/2.0 488 Not Acceptable Here", "Warning: 399 a \"x\", 305 b \"No common codec\"").Should().Be("Make sure both sides offer a codec in common.");

        // RFC 3398 section 7.2.4.1 maps cause 1 (unallocated number) to 404 Not Found: the Reason is more specific than a 480.
        TestFiles.ReadAll("rfc3398-7.2.4.1.txt").Should().MatchRegex(@"\n\s+1 +unallocated number +404 Not Found");
        var unallocated = SipResponseDiagnosis.Parse(Wire("SIP/2.0 480 Temporarily Unavailable", "Reason: Q.850;cause=1")).Explain(SipLanguage.English);
        unallocated.Should().Contain("Its Reason header gives Q.850 cause 1, \"Unallocated (unassigned) number\". RFC 3398 (section 7.2.4.1) maps that cause to 404 Not Found.");
        unallocated.Should().EndWith("What to do: " + AdviceOf(404));

        // RFC 3326 section 2's example: a CANCEL's "Reason: SIP ;cause=200 ;text=\"Call completed elsewhere\"".
        var elsewhere = SipResponseDiagnosis.Parse(Wire("SIP/2.0 487 Request Terminated", "Reason: SIP ;cause=200 ;text=\"Call completed elsewhere\"")).Explain(SipLanguage.English);
        elsewhere.Should().Contain("Its Reason header gives another code, 200 OK. ").And.Contain("The sender's own text: \"Call completed elsewhere\".");
        elsewhere.Should().EndWith("What to do: " + AdviceOf(200));

        // Causes RFC 3398 does not list map to the default 500, which says less than the status itself.
        var unlisted = SipResponseDiagnosis.Parse(Wire("SIP/2.0 486 Busy Here", "Reason: Q.850;cause=12")).Explain(SipLanguage.English);
        unlisted.Should().Contain("RFC 3398 (section 7.2.4.1) does not list that cause; for such a cause a gateway sends the default response, 500 Server Internal Error.");
        unlisted.Should().EndWith("What to do: " + AdviceOf(486));

        // Cause 16 maps to no response at all (RFC 3398 section 7.2.4.1: "will usually result in a BYE or CANCEL").
        Advice("SIP/2.0 487 Request Terminated", "Reason: Q.850;cause=16").Should().Be(AdviceOf(487));

        // An unregistered code is advised on as the code it is treated as (RFC 3261 section 8.1.3.2): 499 as 400.
        Advice("SIP/2.0 499 Odd").Should().Be(AdviceOf(400));
        Advice("SIP/2.0 180 Ringing").Should().Be("Wait for the callee to answer.");
    }

    [Fact]
    public void Explain_names_the_User_Agent_the_Q850_Reason_and_when_to_retry()
    {
        var diagnosis = SipResponseDiagnosis.Parse(Wire(
            "SIP/2.0 486 Busy Here", "User-Agent: Phone/2", "Reason: Q.850;cause=17", "Retry-After: 120 (in a meeting)"));
        var english = diagnosis.Explain(SipLanguage.English);
        english.Should().Contain("It was sent by Phone/2 (its User-Agent header).");
        TestFiles.ReadAll("rfc3398-7.2.4.1.txt").Should().MatchRegex(@"\n\s+17 +user busy +486 Busy here");
        english.Should().Contain("Its Reason header gives Q.850 cause 17, \"User busy\". RFC 3398 (section 7.2.4.1) maps that cause to this same response.");
        english.Should().NotContain("A gateway to the telephone network maps", "the Q.850 Reason gives the cause already");
        english.Should().EndWith("It asks the UAC to wait 120 seconds before trying again (its Retry-After header). What to do: Try again later; the callee may be reachable another way, e.g. voicemail.");
        Occurrences(english, "Try again later").Should().Be(1);
        diagnosis.Explain(SipLanguage.Dutch).Should().Contain("De Reason-header noemt Q.850-oorzaak 17, \"Gebruiker bezet\".")
            .And.Contain("Het vraagt de UAC 120 seconden te wachten voordat die het opnieuw probeert (volgens de Retry-After-header). Wat te doen: ");
        SipResponseDiagnosis.Parse(Wire("SIP/2.0 486 Busy Here", "Retry-After: 1")).Explain(SipLanguage.English)
            .Should().Contain("wait 1 second before trying again (its Retry-After header).");
        SipResponseDiagnosis.Parse("SIP/2.0 180 Ringing\r\n\r\n").Explain(SipLanguage.English).Should().Be(SipStatusCatalog.Explain(180, SipLanguage.English).Replace(" Wait for", " What to do: Wait for", StringComparison.Ordinal));
        diagnosis.ToString().Should().Be("SIP/2.0 486 Busy Here");
    }

    [Fact]
    public void Input_of_any_size_is_read_in_linear_time_and_only_to_the_empty_line()
    {
        var many = new StringBuilder("SIP/2.0 486 Busy Here\r\n");
        for (var i = 0; i < 20_000; i++)
        {
            many.Append("X-Filler-").Append(i).Append(": ").Append('a', 40).Append("\r\n");
        }

        many.Append("Reason: Q.850;cause=17\r\n\r\n").Append("Reason: SIP;cause=500\r\n");
        var folded = "SIP/2.0 486 Busy Here\r\nX-Long: a" + string.Concat(Enumerable.Repeat("\r\n b", 100_000)) + "\r\n\r\n";
        var clock = System.Diagnostics.Stopwatch.StartNew();
        SipResponseDiagnosis.Parse(many.ToString()).Reasons.Should().Equal(new SipReason("Q.850", 17));
        SipResponseDiagnosis.Parse(folded).Reasons.Should().BeEmpty();
        SipResponseDiagnosis.Parse("SIP/2.0 486 Busy Here\r\n" + new string('\n', 1_000_000)).Reasons.Should().BeEmpty();
        clock.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public void Property_arbitrary_bytes_after_a_status_line_never_make_it_throw()
    {
        var prefixes = Gen.Elements(string.Empty, "SIP/2.0 486 Busy Here\r\n", "SIP/2.0 488 x\nReason:", "SIP/2.0 503 y\r\nRetry-After: ", "SIP/2.0 400 z\r\nWarning: 3");
        var property = Prop.ForAll(
            prefixes.ToArbitrary(),
            ArbMap.Default.ArbFor<byte[]>(),
            ArbMap.Default.ArbFor<string>(),
            (prefix, tail, text) =>
            {
                var bytes = Encoding.UTF8.GetBytes(prefix).Concat(tail ?? []).ToArray();
                var okBytes = SipResponseDiagnosis.TryParse(bytes, out var fromBytes);
                var okText = SipResponseDiagnosis.TryParse(prefix + text, out var fromText);
                return (!okBytes || fromBytes!.Explain(SipLanguage.English).Length > 0)
                    && (!okText || fromText!.Explain(SipLanguage.Dutch).Length > 0)
                    && okBytes == SipStatusLine.TryParse(bytes, out _);
            });
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(2_000), property);
    }

    [Fact]
    public void The_line_ends_of_the_test_data_do_not_matter()
    {
        foreach (var file in new[] { "asterisk-486.sip", "freeswitch-480.sip", "kamailio-503.sip", "sbc-488.sip", "sems-sbc-488.sip", "sippy-b2bua-488.sip" })
        {
            var crlf = Both(Response(file));
            var lf = Both(Response(file, "\n"));
            lf.Reasons.Should().Equal(crlf.Reasons);
            lf.Warnings.Should().Equal(crlf.Warnings);
            lf.Server.Should().Be(crlf.Server);
            Regex.IsMatch(lf.Explain(s_english), @"\s{2}").Should().BeFalse();
        }
    }

    /// <summary>A description's last sentence: the catalog's advice for the code.</summary>
    private static string LastSentence(string text) => Regex.Split(text, @"(?<=[.!?]) (?=[A-Z])")[^1];

    private static int Occurrences(string text, string part) => (text.Length - text.Replace(part, string.Empty, StringComparison.Ordinal).Length) / part.Length;
}
