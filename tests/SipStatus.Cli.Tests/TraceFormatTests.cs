using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using FluentAssertions;
using Xunit;

namespace SipStatus.Cli.Tests;

/// <summary>
/// The trace filter on each format it reads, with lines as the tools print them: the excerpts below are output of
/// tshark 4.0.17, ngrep 1.47 and sipp 3.6.1 (Debian 12) on traffic between two sipp instances on 127.0.0.1 (a NOTIFY
/// whose body is the sipfrag <c>SIP/2.0 486 Busy Here</c>, RFC 3515 section 2.4.5, and a 480 whose phrase is
/// ISO-8859-1), shortened where marked. The tests in tests/SipStatus.Traffic.Tests run the tools themselves.
/// </summary>
public class TraceFormatTests
{
    // tshark -r capture.pcap
    private const string TsharkSummary =
        "    1 0.000000000    127.0.0.1 → 127.0.0.1    SIP/sipfrag 440 Request: NOTIFY sip:service@127.0.0.1:5070 | , with Sipfrag(SIP/2.0 486 Busy Here)\n" +
        "    2 0.000483527    127.0.0.1 → 127.0.0.1    SIP 281 Status: 200 OK (NOTIFY) | \n" +
        "    3 0.000669155    127.0.0.1 → 127.0.0.1    SIP 342 Request: OPTIONS sip:service@127.0.0.1:5070 | \n" +
        "    4 0.000749806    127.0.0.1 → 127.0.0.1    SIP 333 Status: 480 Vor\uFFFDbergehend nicht verf\uFFFDgbar | \n";

    [Fact]
    public void A_tshark_summary_of_a_NOTIFY_with_a_sipfrag_is_no_response()
    {
        var (_, output) = Run(TsharkSummary, "--only-responses");
        output.Split('\n').Should().Equal(
            "    2 0.000483527    127.0.0.1 → 127.0.0.1    SIP 281 Status: 200 OK (NOTIFY) |  # 200 OK (2xx Successful)",
            "    4 0.000749806    127.0.0.1 → 127.0.0.1    SIP 333 Status: 480 Vor\uFFFDbergehend nicht verf\uFFFDgbar |  # 480 Temporarily Unavailable (4xx Request Failure); hint: callee temporarily unavailable",
            string.Empty);
    }

    [Fact]
    public void The_sipfrag_a_tshark_summary_shows_is_annotated_as_a_sipfrag()
    {
        var (_, output) = Run(TsharkSummary);
        output.Split('\n')[0].Should().EndWith("with Sipfrag(SIP/2.0 486 Busy Here)  # sipfrag: 486 Busy Here (4xx Request Failure); hint: callee's line is busy");
        var json = Json(TsharkSummary);
        json.Select(o => o.GetProperty("kind").GetString()).Should().Equal("sipfrag", "response", "response");
        json[0].GetProperty("statusLine").GetProperty("reasonPhrase").GetString().Should().Be("Busy Here", "the closing parenthesis is tshark's");
        json[0].GetProperty("statusLine").GetProperty("version").GetString().Should().Be("SIP/2.0");
    }

    [Fact]
    public void The_method_tshark_adds_after_a_phrase_is_no_part_of_it()
    {
        var json = Json(TsharkSummary);
        json[1].GetProperty("statusLine").GetProperty("reasonPhrase").GetString().Should().Be("OK");
        json[1].GetProperty("statusLine").GetProperty("canonicalReasonPhrase").GetBoolean().Should().BeTrue();
        Json("  7 0.1 10.0.0.2 → 10.0.0.1 SIP 300 Status: 486 Busy Here (DND) | \n")[0]
            .GetProperty("statusLine").GetProperty("reasonPhrase").GetString().Should().Be("Busy Here (DND)", "DND is no SIP method tshark would add");
    }

    [Fact]
    public void A_phrase_in_ISO_8859_1_is_annotated_and_the_JSON_says_it_was_not_UTF8()
    {
        byte[] trace = [.. "SIP/2.0 480 Vor"u8, 0xFC, .. "bergehend nicht verf"u8, 0xFC, .. "gbar\r\nCSeq: 2 OPTIONS\r\n"u8];
        var text = RunBytes(trace);
        text.Should().Equal([.. trace[..^"\r\nCSeq: 2 OPTIONS\r\n".Length], .. "  # 480 Temporarily Unavailable (4xx Request Failure); hint: callee temporarily unavailable\r\nCSeq: 2 OPTIONS\r\n"u8]);
        RunBytes(trace, "--only-responses").Should().Equal(text[..^"CSeq: 2 OPTIONS\r\n".Length]);
        using var document = JsonDocument.Parse(RunBytes(trace, "--json"));
        var statusLine = document.RootElement.GetProperty("statusLine");
        statusLine.GetProperty("code").GetInt32().Should().Be(480);
        statusLine.GetProperty("reasonPhrase").GetString().Should().Be("Vor\uFFFDbergehend nicht verf\uFFFDgbar");
        statusLine.GetProperty("reasonPhraseUtf8").GetBoolean().Should().BeFalse();
        document.RootElement.GetProperty("text").GetString().Should().Be("SIP/2.0 480 Vor\uFFFDbergehend nicht verf\uFFFDgbar");
        Json("SIP/2.0 486 Busy Here\n")[0].GetProperty("statusLine").TryGetProperty("reasonPhraseUtf8", out _).Should().BeFalse("only a phrase that was not UTF-8 says so");
    }

    // ngrep -q -W byline -I capture.pcap: each CR shows as a final '.', so the blank line before a body is "."
    private const string NgrepByLine =
        "U 127.0.0.1:5070 -> 127.0.0.1:5071 #4\n" +
        "SIP/2.0 404 Not Found.\n" +
        "CSeq: 2 OPTIONS.\n" +
        "Reason: Q.850;cause=18.\n" +
        "Content-Length: 18.\n" +
        ".\n" +
        "Reason: Q.850;cause=1.\n" +
        "\n\n" +
        "U 127.0.0.1:5071 -> 127.0.0.1:5070 #5\n" +
        "NOTIFY sip:service@127.0.0.1:5070 SIP/2.0.\n" +
        "Content-Type: message/sipfrag.\n" +
        ".\n" +
        "SIP/2.0 486 Busy Here.\n";

    [Fact]
    public void Ngrep_byline_shows_CR_as_a_dot_which_is_no_part_of_the_phrase_or_header()
    {
        var (_, output) = Run(NgrepByLine);
        var lines = output.Split('\n');
        lines[1].Should().StartWith("SIP/2.0 404 Not Found.  # 404 Not Found (4xx Request Failure)");
        lines[3].Should().StartWith("Reason: Q.850;cause=18.  # Q.850 cause 18 (No user responding): RFC 3398 gives 408");
        lines[6].Should().Be("Reason: Q.850;cause=1.", "the line \".\" is the blank line before the body");
        lines[^2].Should().StartWith("SIP/2.0 486 Busy Here.  # sipfrag: 486 Busy Here");
        var json = Json(NgrepByLine);
        json.Select(o => o.GetProperty("kind").GetString()).Should().Equal("response", "reason", "sipfrag");
        json[0].GetProperty("statusLine").GetProperty("reasonPhrase").GetString().Should().Be("Not Found");
        json[0].GetProperty("statusLine").GetProperty("canonicalReasonPhrase").GetBoolean().Should().BeTrue();
    }

    [Fact]
    public void A_line_that_comes_again_is_read_by_the_view_it_comes_in()
    {
        // The filter keeps what it read in a line by its bytes: the same bytes in ngrep's byline view lose the final
        // '.' that stands for their CR, and keep it outside the view.
        const string line = "SIP/2.0 404 Not Found.\n";
        var json = Json(line + "U 127.0.0.1:5070 -> 127.0.0.1:5071 #4\n" + line + "----------\n" + line);
        json.Select(o => o.GetProperty("statusLine").GetProperty("reasonPhrase").GetString()).Should().Equal("Not Found.", "Not Found", "Not Found.");
    }

    [Fact]
    public void A_line_that_ends_in_CRLF_after_an_ngrep_header_keeps_its_dot()
    {
        Json("U 127.0.0.1:5070 -> 127.0.0.1:5071 #4\nSIP/2.0 404 Not Found.\r\n")[0]
            .GetProperty("statusLine").GetProperty("reasonPhrase").GetString().Should().Be("Not Found.", "ngrep never writes a CR");
    }

    // ngrep -q -I capture.pcap (the default view, the payload wrapped at 70 characters) and ngrep -q -W single
    private const string NgrepWrapped =
        "U 127.0.0.1:5071 -> 127.0.0.1:5070 #1\n" +
        "  NOTIFY sip:service@127.0.0.1:5070 SIP/2.0..Via: SIP/2.0/UDP 127.0.0.1:5071;\n" +
        "  .Max-Forwards: 70..Content-Type: message/sipfrag..Content-Length:    23....\n" +
        "  SIP/2.0 486 Busy Here..                                                    \n" +
        "\n" +
        "U 127.0.0.1:5070 -> 127.0.0.1:5071 #2\n" +
        "  SIP/2.0 200 OK..Via: SIP/2.0/UDP 127.0.0.1:5071;branch=z9hG4bK-1849-1-0..Fr\n" +
        "  om: <sip:a@127.0.0.1:5071>;tag=1849SIPpTag001..To: <sip:service@127.0.0.1:5\n" +
        "\n" +
        "U 127.0.0.1:5070 -> 127.0.0.1:5071 SIP/2.0 480 Vor.bergehend nicht verf.gbar..Via: SIP/2.0/UDP 127.0.0.1:5071;branch=z9hG4bK-1849-1-2..From: <sip:a@127.0.0.1:5071>\n" +
        "U 127.0.0.1:5071 -> 127.0.0.1:5070 NOTIFY sip:service@127.0.0.1:5070 SIP/2.0..Content-Type: message/sipfrag..Content-Length:    23....SIP/2.0 486 Busy Here..\n";

    [Fact]
    public void Ngrep_one_line_views_have_a_status_line_only_at_the_start_of_a_packet()
    {
        var json = Json(NgrepWrapped);
        json.Select(o => o.GetProperty("line").GetInt64()).Should().Equal(7, 10);
        json.Select(o => o.GetProperty("statusLine").GetProperty("reasonPhrase").GetString()).Should().Equal("OK", "Vor.bergehend nicht verf.gbar");
        Run(NgrepWrapped, "--only-responses").Out.Split('\n').Should().HaveCount(3);
    }

    // tshark -V -r capture.pcap, shortened
    private const string TsharkVerbose =
        "Session Initiation Protocol (NOTIFY)\n" +
        "    Request-Line: NOTIFY sip:service@127.0.0.1:5070 SIP/2.0\n" +
        "    Message Header\n" +
        "        Content-Type: message/sipfrag\n" +
        "        Content-Length:    23\n" +
        "    Message Body\n" +
        "        Sipfrag\n" +
        "            SIP/2.0 486 Busy Here\n" +
        "\n" +
        "Session Initiation Protocol (200)\n" +
        "    Status-Line: SIP/2.0 200 OK\n" +
        "        Status-Code: 200\n" +
        "    Message Header\n" +
        "        Reason: SIP;cause=200\n" +
        "    Message Body\n" +
        "        Reason: SIP;cause=486\n";

    [Fact]
    public void Tshark_verbose_shows_a_sipfrag_body_as_such_and_its_message_body_is_no_header()
    {
        var json = Json(TsharkVerbose);
        json.Select(o => (o.GetProperty("kind").GetString(), o.GetProperty("line").GetInt64())).Should().Equal(("sipfrag", 8L), ("response", 11L), ("reason", 14L));
        Run(TsharkVerbose, "--only-responses").Out.Should().Be("    Status-Line: SIP/2.0 200 OK  # 200 OK (2xx Successful)\n");
    }

    // sipp -trace_msg, and sngrep's text export (a date, a time and the addresses, then the message as captured)
    private const string SippLog =
        "----------------------------------------------- 2026-11-30 15:59:01.426470\n" +
        "UDP message received [412] bytes :\n" +
        "\n" +
        "NOTIFY sip:service@127.0.0.1:5070 SIP/2.0\n" +
        "c: message/sipfrag;version=2.0\n" +
        "Content-Length: 23\n" +
        "\n" +
        "SIP/2.0 486 Busy Here\n" +
        "\n" +
        "----------------------------------------------- 2026-11-30 15:59:01.426902\n" +
        "UDP message sent (281 bytes):\n" +
        "\n" +
        "SIP/2.0 200 OK\n" +
        "\n" +
        "2026/11/30 15:59:01.428128 127.0.0.1:5070 -> 127.0.0.1:5071\n" +
        "SIP/2.0 200 OK\r\n" +
        "Content-Type: message/sipfrag\r\n" +
        "\r\n" +
        "SIP/2.0 180 Ringing\r\n";

    [Fact]
    public void A_sipfrag_body_in_plain_SIP_text_is_told_by_its_Content_Type()
    {
        var json = Json(SippLog);
        json.Select(o => (o.GetProperty("kind").GetString(), o.GetProperty("statusLine").GetProperty("code").GetInt32()))
            .Should().Equal(("sipfrag", 486), ("response", 200), ("response", 200), ("sipfrag", 180));
        Run(SippLog, "--only-responses").Out.Split('\n').Should().HaveCount(3);
    }

    private static (int Exit, string Out) Run(string stdin, params string[] args)
    {
        var output = new MemoryStream();
        var (exit, _, _) = new Tool { Stdin = Encoding.UTF8.GetBytes(stdin), Output = output }.Invoke(args.Length == 0 ? ["-"] : args);
        return (exit, Encoding.UTF8.GetString(output.ToArray()));
    }

    private static byte[] RunBytes(byte[] stdin, params string[] args)
    {
        var output = new MemoryStream();
        new Tool { Stdin = stdin, Output = output }.Invoke(args.Length == 0 ? ["-"] : args);
        return output.ToArray();
    }

    private static JsonElement[] Json(string trace) =>
        Run(trace, "--json").Out.TrimEnd('\n').Split('\n').Select(l => JsonDocument.Parse(l).RootElement.Clone()).ToArray();
}
