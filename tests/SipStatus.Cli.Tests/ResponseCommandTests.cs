using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using FluentAssertions;
using Xunit;

namespace SipStatus.Cli.Tests;

/// <summary>
/// <c>sipstatus response</c> on responses written as Asterisk, FreeSWITCH, Kamailio and an SBC send them (each file
/// names its source). The causes asserted are RFC 3398's: section 7.2.4.1 does not apply (the Reason's own cause is
/// shown), section 8.2.6.1 maps 503 to "41 Temporary failure" and 488 "by Warning header", where a warning about an
/// unavailable bearer capability gives "65 Bearer Capability Not Implemented".
/// </summary>
public class ResponseCommandTests
{
    private static string PathOf(string name) => Path.Combine(AppContext.BaseDirectory, "TestData", "responses", name);

    [Fact]
    public void A_file_is_diagnosed_fact_by_fact_then_explained()
    {
        var (exit, output, error) = Tool.Run("response", PathOf("asterisk-486.sip"));
        exit.Should().Be(0);
        error.Should().BeEmpty();
        var lines = output.Split('\n');
        lines[0].Should().Be("SIP/2.0 486 Busy Here");
        lines[1].Should().Be("  Sent by:   Asterisk PBX 20.5.0");
        lines[2].Should().Be("  Reason:    Q.850;cause=17");
        lines[3].Should().Be("  Q.850:     17 User busy (Reason header)");
        lines[4].Should().BeEmpty();
        var file = File.ReadAllText(PathOf("asterisk-486.sip"));
        lines[5].Should().Be(SipResponseDiagnosis.Parse(file[file.IndexOf("SIP/2.0 486", StringComparison.Ordinal)..]).Explain(SipLanguage.English));
    }

    [Fact]
    public void Stdin_is_read_with_a_dash_and_a_Warning_decides_the_Q850_cause_of_a_488()
    {
        var (exit, output, _) = new Tool { Stdin = File.ReadAllBytes(PathOf("sbc-488.sip")) }.Invoke("response", "-");
        exit.Should().Be(0);
        output.Should().StartWith(
            "SIP/2.0 488 Not Acceptable Here\n" +
            "  Sent by:   ExampleSBC/4.2\n" +
            "  Reason:    SIP;cause=488;text=\"Not Acceptable Here\"\n" +
            "  Warning:   304 sbc.example.net \"Media type not available\"\n" +
            "  Q.850:     65 Bearer capability not implemented (RFC 3398, section 8.2.6.1)\n\n");

        // The body quotes a Reason header; the diagnosis reads only the header block.
        output.Should().NotContain("cause=1\n");
    }

    [Fact]
    public void Retry_after_and_the_mapped_cause_of_a_503_in_Dutch()
    {
        var (exit, output, _) = Tool.Run("response", PathOf("kamailio-503.sip"), "--lang", "nl");
        exit.Should().Be(0);
        output.Should().StartWith(
            "SIP/2.0 503 Service Unavailable\n" +
            "  Afzender:   kamailio (5.7.4 (x86_64/linux))\n" +
            "  Opnieuw na: 60 seconden\n" +
            "  Q.850:      41 Tijdelijke storing (RFC 3398, paragraaf 8.2.6.1)\n\n" +
            "503 Service Unavailable is een 5xx-antwoord");
        output.Should().Contain("Het vraagt de UAC 60 seconden te wachten");
        output.Should().EndWith("Wat te doen: Probeer later opnieuw of via een andere server; Retry-After kan zeggen wanneer.\n");
    }

    [Fact]
    public void Every_response_in_a_log_is_diagnosed_in_order()
    {
        var log = string.Join("\n", new[] { "asterisk-486.sip", "freeswitch-480.sip", "kamailio-503.sip" }.Select(n => File.ReadAllText(PathOf(n))));
        var (exit, output, _) = Tool.WithStdin("INVITE sip:bob@example.com SIP/2.0\nVia: x\n\n" + log).Invoke("response", "-");
        exit.Should().Be(0);
        output.Split('\n').Where(l => l.StartsWith("SIP/2.0 ", StringComparison.Ordinal)).Should().Equal(
            "SIP/2.0 486 Busy Here", "SIP/2.0 480 Temporarily Unavailable", "SIP/2.0 503 Service Unavailable");

        // FreeSWITCH names itself in User-Agent, not Server.
        output.Should().Contain("  Sent by:   FreeSWITCH-mod_sofia/1.10.10-release~64bit\n").And.Contain("(its User-Agent header)");
    }

    [Fact]
    public void Json_gives_each_response_with_its_parts()
    {
        var (exit, output, _) = Tool.Run("response", PathOf("sbc-488.sip"), "--json");
        exit.Should().Be(0);
        var root = ToolJson.Parse(output);
        root.EnumerateObject().Select(p => p.Name).Should().Equal("language", "responses");
        var response = root.GetProperty("responses").EnumerateArray().Single();
        response.EnumerateObject().Select(p => p.Name).Should().Equal(
            "line", "statusLine", "status", "server", "reasons", "warnings", "retryAfterSeconds", "q850Cause", "q850CauseName", "q850FromReason", "problems", "explanation");
        response.GetProperty("line").GetInt64().Should().Be(File.ReadAllLines(PathOf("sbc-488.sip")).ToList().FindIndex(l => l.StartsWith("SIP/2.0", StringComparison.Ordinal)) + 1);
        response.GetProperty("status").GetProperty("code").GetInt32().Should().Be(488);
        response.GetProperty("server").GetString().Should().Be("ExampleSBC/4.2");
        response.GetProperty("reasons")[0].GetProperty("cause").GetInt32().Should().Be(488);
        response.GetProperty("warnings")[0].GetProperty("code").GetInt32().Should().Be(304);
        response.GetProperty("retryAfterSeconds").ValueKind.Should().Be(JsonValueKind.Null);
        response.GetProperty("q850Cause").GetInt32().Should().Be(65);
        response.GetProperty("q850FromReason").GetBoolean().Should().BeFalse();
        response.GetProperty("problems").GetArrayLength().Should().Be(0);
    }

    [Fact]
    public void A_malformed_header_is_listed_as_a_problem_with_its_line_and_the_rest_is_still_diagnosed()
    {
        const string Response =
            "SIP/2.0 480 Temporarily Unavailable\r\n" +
            "Via: SIP/2.0/UDP 192.0.2.1:5060;branch=z9hG4bK1\r\n" +
            "Warning: 399 pbx \"unterminated\r\n" +
            "Retry-After: soon\r\n" +
            "Reason: Q.850;cause=19\r\n" +
            "\r\n";
        var (exit, output, _) = Tool.WithStdin(Response).Invoke("response", "-");
        exit.Should().Be(0);
        output.Should().Contain("  Reason:    Q.850;cause=19\n")
            .And.MatchRegex(@"\n  Problem:   Warning \(line 3\): [^\n]+\n")
            .And.MatchRegex(@"\n  Problem:   Retry-After \(line 4\): [^\n]+\n");
        var problems = ToolJson.Parse(new Tool { Stdin = System.Text.Encoding.UTF8.GetBytes(Response) }.Invoke("response", "-", "--json").Out)
            .GetProperty("responses")[0].GetProperty("problems");
        problems.EnumerateArray().Select(p => (p.GetProperty("header").GetString(), p.GetProperty("line").GetInt64()))
            .Should().Equal(("Warning", 3L), ("Retry-After", 4L));
    }

    [Fact]
    public void No_response_in_the_input_is_an_invalid_input()
    {
        var (exit, output, error) = Tool.WithStdin("INVITE sip:bob@example.com SIP/2.0\nVia: x\n").Invoke("response", "-");
        exit.Should().Be(1);
        output.Should().BeEmpty();
        error.Should().Be("sipstatus: no SIP response in the input: expected a status line such as 'SIP/2.0 486 Busy Here' at the start of a line.\n");
    }

    [Fact]
    public void A_missing_file_is_named()
    {
        var (exit, _, error) = Tool.Run("response", "/nonexistent/call.sip");
        exit.Should().Be(1);
        error.Should().StartWith("sipstatus: cannot read '/nonexistent/call.sip': ");
    }

    [Fact]
    public void Response_takes_exactly_one_source()
    {
        Tool.Run("response").Exit.Should().Be(2);
        Tool.Run("response", "a.sip", "b.sip").Exit.Should().Be(2);
    }
}
