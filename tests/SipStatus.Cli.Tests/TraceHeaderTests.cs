using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using FluentAssertions;
using Xunit;

namespace SipStatus.Cli.Tests;

/// <summary>
/// The trace filter annotates Reason and Warning header lines as it annotates status lines. The facts asserted are
/// RFC 3398 section 7.2.4.1's rows ("17 user busy  486 Busy here", "34 no circuit available  503 Service
/// unavailable", cause 16 gives no response) and RFC 3261 section 20.43's warn-codes.
/// </summary>
public class TraceHeaderTests
{
    private const string Trace =
        "SIP/2.0 486 Busy Here\r\n" +
        "CSeq: 1 INVITE\r\n" +
        "Reason: Q.850;cause=17;text=\"User busy\"\r\n" +
        "Warning: 399 pbx.example.com \"Callee is on another call\"\r\n" +
        "Content-Type: text/plain\r\n" +
        "\r\n" +
        "Reason: Q.850;cause=34\r\n" +
        "BYE sip:alice@192.0.2.1 SIP/2.0\r\n" +
        "reason : Q.850 ;cause=16, SIP;cause=200\r\n" +
        "Warning: 392 10.0.0.1:5060 \"Noisy feedback\"\r\n" +
        "Reason: Q.850;cause=\r\n";

    [Fact]
    public void Reason_and_Warning_lines_of_a_header_block_are_annotated_and_every_other_byte_kept()
    {
        var (exit, output) = Run(Trace);
        exit.Should().Be(0);
        var lines = output.Split("\r\n");
        lines[2].Should().Be("Reason: Q.850;cause=17;text=\"User busy\"  # Q.850 cause 17 (User busy): RFC 3398 gives 486 Busy Here");
        lines[3].Should().StartWith("Warning: 399 pbx.example.com \"Callee is on another call\"  # 399 Miscellaneous warning (hint: ");
        lines[6].Should().Be("Reason: Q.850;cause=34", "a body that quotes a header is not a header");
        lines[8].Should().Be("reason : Q.850 ;cause=16, SIP;cause=200  # Q.850 cause 16 (Normal call clearing): no SIP response (RFC 3398); SIP 200 OK");
        lines[9].Should().Be("Warning: 392 10.0.0.1:5060 \"Noisy feedback\"  # warn-code 392 is not registered");
        lines[10].Should().Be("Reason: Q.850;cause=", "a value the library refuses passes unannotated");
        output.Split("  # ").Should().HaveCount(6, "the status line and four header lines are annotated");
    }

    [Fact]
    public void Tshark_verbose_output_indents_its_headers_and_they_are_annotated_too()
    {
        const string Verbose =
            "Session Initiation Protocol (486)\n" +
            "    Status-Line: SIP/2.0 486 Busy Here\n" +
            "    Message Header\n" +
            "        Reason: Q.850;cause=17\n";
        var (_, output) = Run(Verbose);
        output.Split('\n')[3].Should().Be("        Reason: Q.850;cause=17  # Q.850 cause 17 (User busy): RFC 3398 gives 486 Busy Here");
    }

    [Fact]
    public void In_Dutch()
    {
        var (_, output) = Run(Trace, "--lang", "nl");
        output.Split("\r\n")[2].Should().EndWith("  # Q.850-oorzaak 17 (Gebruiker bezet): RFC 3398 geeft 486 Busy Here");
        output.Split("\r\n")[9].Should().EndWith("  # waarschuwingscode 392 is niet geregistreerd");
    }

    [Fact]
    public void Json_gives_reason_and_warning_lines_objects_of_their_own_kind()
    {
        var (exit, output) = Run(Trace, "--json");
        exit.Should().Be(0);
        var objects = output.TrimEnd('\n').Split('\n').Select(l => JsonDocument.Parse(l).RootElement).ToList();
        objects.Select(o => o.GetProperty("kind").GetString()).Should().Equal("response", "reason", "warning", "reason", "warning");
        objects.Select(o => o.GetProperty("line").GetInt64()).Should().Equal(1, 3, 4, 9, 10);
        objects[1].EnumerateObject().Select(p => p.Name).Should().Equal("kind", "line", "text", "reasons");
        objects[1].GetProperty("reasons")[0].GetProperty("sipCode").GetInt32().Should().Be(486);
        objects[2].EnumerateObject().Select(p => p.Name).Should().Equal("kind", "line", "text", "warnings");
        objects[2].GetProperty("warnings")[0].GetProperty("agent").GetString().Should().Be("pbx.example.com");
        objects[3].GetProperty("reasons").GetArrayLength().Should().Be(2);
        objects[3].GetProperty("reasons")[0].GetProperty("sipCode").ValueKind.Should().Be(JsonValueKind.Null, "cause 16 gives no response");
    }

    [Fact]
    public void Only_responses_leaves_header_lines_out()
    {
        Run(Trace, "--only-responses").Out.Should().Be("SIP/2.0 486 Busy Here  # 486 Busy Here (4xx Request Failure); hint: callee's line is busy\r\n");
    }

    private static (int Exit, string Out) Run(string stdin, params string[] args)
    {
        var output = new MemoryStream();
        var (exit, _, _) = new Tool { Stdin = Encoding.UTF8.GetBytes(stdin), Output = output }.Invoke(args.Length == 0 ? ["-"] : args);
        return (exit, Encoding.UTF8.GetString(output.ToArray()));
    }
}
