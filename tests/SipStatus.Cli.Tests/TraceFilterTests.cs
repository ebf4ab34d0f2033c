using System;
using System.Globalization;
using System.IO;
using System.Text;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using FluentAssertions;
using Xunit;

namespace SipStatus.Cli.Tests;

public class TraceFilterTests
{
    // An sngrep-style capture: requests, responses and headers that mention SIP/2.0, with CRLF line ends inside the
    // messages as on the wire.
    private const string Trace =
        "U 2024/05/01 10:00:00.000 10.0.0.1:5060 -> 10.0.0.2:5060\n" +
        "INVITE sip:bob@example.com SIP/2.0\r\n" +
        "Via: SIP/2.0/UDP 10.0.0.1:5060;branch=z9hG4bK776asdhds\r\n" +
        "CSeq: 1 INVITE\r\n" +
        "\r\n" +
        "U 2024/05/01 10:00:00.010 10.0.0.2:5060 -> 10.0.0.1:5060\n" +
        "SIP/2.0 100 Trying\r\n" +
        "Via: SIP/2.0/UDP 10.0.0.1:5060;branch=z9hG4bK776asdhds\r\n" +
        "\r\n" +
        "SIP/2.0 486 Busy here\r\n" +
        "CSeq: 1 INVITE\r\n" +
        "\r\n" +
        "ACK sip:bob@example.com SIP/2.0\r\n" +
        "SIP/2.0 431 Whatever\r\n" +
        "SIP/2.0 202 Accepted";

    private const string Annotated =
        "U 2024/05/01 10:00:00.000 10.0.0.1:5060 -> 10.0.0.2:5060\n" +
        "INVITE sip:bob@example.com SIP/2.0\r\n" +
        "Via: SIP/2.0/UDP 10.0.0.1:5060;branch=z9hG4bK776asdhds\r\n" +
        "CSeq: 1 INVITE\r\n" +
        "\r\n" +
        "U 2024/05/01 10:00:00.010 10.0.0.2:5060 -> 10.0.0.1:5060\n" +
        "SIP/2.0 100 Trying  # 100 Trying (1xx Provisional)\r\n" +
        "Via: SIP/2.0/UDP 10.0.0.1:5060;branch=z9hG4bK776asdhds\r\n" +
        "\r\n" +
        "SIP/2.0 486 Busy here  # 486 Busy Here (4xx Request Failure); hint: callee's line is busy\r\n" +
        "CSeq: 1 INVITE\r\n" +
        "\r\n" +
        "ACK sip:bob@example.com SIP/2.0\r\n" +
        "SIP/2.0 431 Whatever  # 431 unregistered, treated as 400 Bad Request (4xx Request Failure)\r\n" +
        "SIP/2.0 202 Accepted  # 202 Accepted (2xx Successful); deprecated: treat as 200";

    [Fact]
    public void A_dash_reads_a_trace_and_annotates_each_status_line_leaving_every_other_byte_unchanged()
    {
        var (exit, output, error) = RawRun(Trace, "-");
        exit.Should().Be(0);
        error.Should().BeEmpty();
        output.Should().Be(Annotated);
    }

    [Fact]
    public void No_argument_with_piped_input_reads_the_trace_too()
    {
        RawRun(Trace).Out.Should().Be(Annotated);
    }

    [Fact]
    public void Only_responses_drops_every_other_line()
    {
        var (exit, output, _) = RawRun(Trace, "--only-responses");
        exit.Should().Be(0);
        output.Should().Be(
            "SIP/2.0 100 Trying  # 100 Trying (1xx Provisional)\r\n" +
            "SIP/2.0 486 Busy here  # 486 Busy Here (4xx Request Failure); hint: callee's line is busy\r\n" +
            "SIP/2.0 431 Whatever  # 431 unregistered, treated as 400 Bad Request (4xx Request Failure)\r\n" +
            "SIP/2.0 202 Accepted  # 202 Accepted (2xx Successful); deprecated: treat as 200");
    }

    [Fact]
    public void Status_lines_are_found_indented_after_a_log_prefix_and_in_tshark_summaries()
    {
        var (_, output, _) = RawRun(
            "    Status-Line: SIP/2.0 180 Ringing\n" +
            "[2024-05-01 10:00:00] DEBUG: received SIP/2.0 503 Service Unavailable\n" +
            "  5 0.123 10.0.0.2 → 10.0.0.1 SIP 512 Status: 487 Request Terminated |\n" +
            "  6 0.124 10.0.0.1 → 10.0.0.2 SIP 300 Request: ACK sip:bob@example.com |\n" +
            "HTTP/1.1 404 Not Found\n" +
            "XSIP/2.0 200 OK\n",
            "--only-responses");
        output.Should().Be(
            "    Status-Line: SIP/2.0 180 Ringing  # 180 Ringing (1xx Provisional)\n" +
            "[2024-05-01 10:00:00] DEBUG: received SIP/2.0 503 Service Unavailable  # 503 Service Unavailable (5xx Server Failure); hint: server overloaded or unreachable, try again\n" +
            "  5 0.123 10.0.0.2 → 10.0.0.1 SIP 512 Status: 487 Request Terminated |  # 487 Request Terminated (4xx Request Failure); hint: caller hung up or another device answered\n");
    }

    [Fact]
    public void The_annotation_speaks_the_chosen_language()
    {
        RawRun("SIP/2.0 486 Busy Here\n", "--lang", "nl").Out
            .Should().Be("SIP/2.0 486 Busy Here  # 486 Busy Here (4xx Requestfout); tip: apparatuur gebelde partij in gesprek\n");
    }

    [Fact]
    public void Bytes_that_are_not_UTF8_pass_through_unchanged()
    {
        byte[] input = [.. "From: \"J"u8, 0xFC, .. "rgen\" <sip:j@example.com>\r\n"u8, 0xFF, 0xFE, (byte)'\n', .. "SIP/2.0 200 OK\n"u8];
        var (exit, output) = Bytes(new Tool { Stdin = input }, "-");
        exit.Should().Be(0);
        output.Should().Equal([.. input[..^"SIP/2.0 200 OK\n".Length], .. "SIP/2.0 200 OK  # 200 OK (2xx Successful)\n"u8]);
    }

    [Fact]
    public void A_huge_line_passes_through_unchanged_and_the_lines_after_it_are_still_annotated()
    {
        var huge = "SIP/2.0 200 OK " + new string('x', 5 * TraceFilter.MaxLineLength);
        var (exit, output, _) = RawRun(huge + "\nSIP/2.0 486 Busy Here\n" + huge);
        exit.Should().Be(0);
        output.Should().Be(huge + "\nSIP/2.0 486 Busy Here  # 486 Busy Here (4xx Request Failure); hint: callee's line is busy\n" + huge);
    }

    [Fact]
    public void Output_of_many_buffers_comes_out_whole_and_in_order()
    {
        // Past its first 64 KiB the output is written by a thread of its own, from buffers handed over in turn: the
        // output less its notes must still be the input, byte for byte, with one note for each status line.
        var random = new Random(3261);
        var input = new StringBuilder();
        var statusLines = 0;
        while (input.Length < 3_000_000)
        {
            var code = random.Next(100, 700);
            input.Append(CultureInfo.InvariantCulture, $"SIP/2.0 {code} Phrase {input.Length}\r\n");
            statusLines++;
            input.Append(CultureInfo.InvariantCulture, $"Via: SIP/2.0/UDP 10.0.0.{random.Next(1, 255)}:5060\r\n{new string('x', random.Next(0, 3000))}\r\n\r\n");
        }

        var (exit, output, _) = RawRun(input.ToString(), "-");
        exit.Should().Be(0);
        var notes = Regex.Matches(output, "  # [^\r]*\r\n");
        notes.Should().HaveCount(statusLines);
        Regex.Replace(output, "  # [^\r]*\r\n", "\r\n").Should().Be(input.ToString());
    }

    [Fact]
    public void A_reader_that_goes_away_stops_the_filter_quietly()
    {
        var lines = Encoding.UTF8.GetBytes("SIP/2.0 180 Ringing\nVia: SIP/2.0/UDP a\n");
        var bytes = new byte[lines.Length * 2_000_000];
        for (var at = 0; at < bytes.Length; at += lines.Length)
        {
            lines.CopyTo(bytes, at);
        }

        var input = new CountingStream(bytes);
        var output = new ClosingPipe(allow: 1000);
        var (exit, _, error) = new Tool { Output = output, StdinStream = input }.Invoke("-");
        exit.Should().Be(0);
        error.Should().BeEmpty();
        output.Written.Should().BeLessThanOrEqualTo(1000);
        // The input is read a few chunks ahead of the filter (TraceInput: six of a mebibyte), and no further.
        input.BytesRead.Should().BeGreaterThanOrEqualTo(1024 * 1024, "the filter's first read asks for a mebibyte, and the stream counts it")
            .And.BeLessThan(TraceInput.MostReadAhead + (1024 * 1024), "the filter stops reading once nobody reads its output")
            .And.BeLessThan(bytes.Length / 5);
    }

    [Fact]
    public void Explaining_to_a_reader_that_went_away_is_no_crash()
    {
        var (exit, _, error) = new Tool { Output = new ClosingPipe(allow: 10) }.Invoke("list");
        exit.Should().Be(0);
        error.Should().BeEmpty();
    }

    [Fact]
    public async Task What_has_come_in_is_written_out_before_the_filter_waits_for_more()
    {
        // tail -f pbx.log | sipstatus: the note on a status line comes out while the input is still open, although
        // the input is read and scanned on other threads and the line is far from filling an output buffer.
        var input = new OpenInput("INVITE sip:b@x SIP/2.0\r\n\r\nSIP/2.0 486 Busy Here\r\nCSeq: 1 INVITE\r\n"u8.ToArray());
        var output = new WatchedOutput();
        var run = Task.Run(() => new Tool { StdinStream = input, Output = output }.Invoke("-"));
        var seen = output.WaitFor("SIP/2.0 486 Busy Here  # 486 Busy Here", TimeSpan.FromSeconds(30));
        input.End();
        (await Task.WhenAny(run, Task.Delay(TimeSpan.FromSeconds(30)))).Should().BeSameAs(run, "the filter ends with its input");
        seen.Should().BeTrue("the annotated line is written before the input ends");
        (await run).Exit.Should().Be(0);
        output.Text.Should().EndWith("CSeq: 1 INVITE\r\n");
    }

    [Fact]
    public void An_input_that_cannot_be_read_is_an_error()
    {
        var (exit, _, error) = new Tool { StdinStream = new FailingInput() }.Invoke("-");
        exit.Should().Be(1);
        error.Should().Be("sipstatus: cannot read the input: the device is gone\n");
    }

    [Fact]
    public void Json_gives_one_object_per_status_line_with_its_line_number()
    {
        var (exit, output, _) = RawRun(Trace, "--json");
        exit.Should().Be(0);
        var lines = output.TrimEnd('\n').Split('\n');
        lines.Should().HaveCount(4);
        using var first = System.Text.Json.JsonDocument.Parse(lines[1]);
        var root = first.RootElement;
        root.GetProperty("line").GetInt64().Should().Be(10);
        root.GetProperty("text").GetString().Should().Be("SIP/2.0 486 Busy here");
        root.GetProperty("statusLine").GetProperty("version").GetString().Should().Be("SIP/2.0");
        root.GetProperty("statusLine").GetProperty("reasonPhrase").GetString().Should().Be("Busy here");
        root.GetProperty("statusLine").GetProperty("canonicalReasonPhrase").GetBoolean().Should().BeFalse();
        root.GetProperty("status").GetProperty("code").GetInt32().Should().Be(486);
        root.GetProperty("status").GetProperty("reasonPhrase").GetString().Should().Be("Busy Here");
        using var unregistered = System.Text.Json.JsonDocument.Parse(lines[2]);
        unregistered.RootElement.GetProperty("status").GetProperty("resolved").GetProperty("code").GetInt32().Should().Be(400);
    }

    [Fact]
    public void Json_reads_a_tshark_summary_as_a_status_line_without_a_written_version()
    {
        var (exit, output, _) = RawRun(
            "  5 0.123 10.0.0.2 → 10.0.0.1 SIP 512 Status: 487 Request Terminated |\n" +
            "  6 0.124 10.0.0.2 → 10.0.0.1 SIP 512 Status: 486 busy here\n",
            "--json");
        exit.Should().Be(0);
        var lines = output.TrimEnd('\n').Split('\n');
        lines.Should().HaveCount(2);
        var expected = new[] { (487, "Request Terminated", true), (486, "busy here", false) };
        for (var i = 0; i < expected.Length; i++)
        {
            using var document = System.Text.Json.JsonDocument.Parse(lines[i]);
            var statusLine = document.RootElement.GetProperty("statusLine");
            (!statusLine.TryGetProperty("version", out var version) || version.ValueKind == System.Text.Json.JsonValueKind.Null)
                .Should().BeTrue("a tshark summary writes no SIP version");
            statusLine.GetProperty("code").GetInt32().Should().Be(expected[i].Item1);
            statusLine.GetProperty("reasonPhrase").GetString().Should().Be(expected[i].Item2);
            statusLine.GetProperty("canonicalReasonPhrase").GetBoolean().Should().Be(expected[i].Item3);
        }
    }

    // RFC 3261 section 25.1:
    //     Status-Line     =  SIP-Version SP Status-Code SP Reason-Phrase CRLF
    //     Reason-Phrase   =  *(reserved / unreserved / escaped
    //                        / UTF8-NONASCII / UTF8-CONT / SP / HTAB)
    // After the one SP that follows the code, spaces are the phrase's own; a second SP after the version is no status line.
    private const string SpacedTrace =
        "SIP/2.0 200  OK\r\n" +
        "SIP/2.0 486 \r\n" +
        "SIP/2.0 180  \r\n" +
        "SIP/2.0  486 Busy Here\r\n";

    [Fact]
    public void A_phrase_that_begins_with_a_space_is_a_status_line_and_is_annotated()
    {
        var (exit, output, _) = RawRun(SpacedTrace);
        exit.Should().Be(0);
        var lines = output.Split("\r\n");
        lines.Should().HaveCount(5);
        lines[0].Should().StartWith("SIP/2.0 200  OK  # 200 OK (2xx ");
        lines[1].Should().StartWith("SIP/2.0 486  # 486 Busy Here (4xx ", "the space the line ends with counts as one of the two before the note");
        lines[2].Should().StartWith("SIP/2.0 180  # 180 Ringing (1xx ", "the line already ends with two spaces");
        lines[3].Should().Be("SIP/2.0  486 Busy Here", "a doubled separator after the version is refused, so the line passes unannotated");
        lines[4].Should().BeEmpty();
    }

    [Fact]
    public void Json_gives_the_phrase_as_it_is_on_the_wire()
    {
        var (exit, output, _) = RawRun(SpacedTrace, "--json");
        exit.Should().Be(0);
        var lines = output.TrimEnd('\n').Split('\n');
        lines.Should().HaveCount(3);
        var expected = new[] { (1L, "SIP/2.0 200  OK", 200, " OK"), (2L, "SIP/2.0 486 ", 486, string.Empty), (3L, "SIP/2.0 180  ", 180, " ") };
        for (var i = 0; i < expected.Length; i++)
        {
            using var document = System.Text.Json.JsonDocument.Parse(lines[i]);
            var root = document.RootElement;
            root.GetProperty("line").GetInt64().Should().Be(expected[i].Item1);
            root.GetProperty("text").GetString().Should().Be(expected[i].Item2);
            root.GetProperty("statusLine").GetProperty("code").GetInt32().Should().Be(expected[i].Item3);
            root.GetProperty("statusLine").GetProperty("reasonPhrase").GetString().Should().Be(expected[i].Item4);
            root.GetProperty("statusLine").GetProperty("canonicalReasonPhrase").GetBoolean().Should().BeFalse();
        }
    }

    private static (int Exit, string Out, string Err) RawRun(string stdin, params string[] args)
    {
        // The filter keeps CRLF: compare the output as written, without the harness's line-end normalisation.
        var output = new MemoryStream();
        var (exit, _, error) = new Tool { Stdin = Encoding.UTF8.GetBytes(stdin), Output = output }.Invoke(args);
        return (exit, Encoding.UTF8.GetString(output.ToArray()), error);
    }

    private static (int Exit, byte[] Out) Bytes(Tool tool, params string[] args)
    {
        var output = new MemoryStream();
        var exit = (tool with { Output = output }).Invoke(args).Exit;
        return (exit, output.ToArray());
    }

    /// <summary>A pipe whose reader closes it after <c>allow</c> bytes: later writes fail as with EPIPE.</summary>
    private sealed class ClosingPipe(int allow) : MemoryStream
    {
        public long Written { get; private set; }

        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            if (Written + buffer.Length > allow)
            {
                throw new IOException("Broken pipe");
            }

            Written += buffer.Length;
        }
    }

    /// <summary>
    /// An input that counts the bytes read from it. A class derived from MemoryStream reads into a span through
    /// <see cref="Read(byte[], int, int)"/> (MemoryStream leaves a derived class's reads to Stream's, which rent an array
    /// and call that), so every read is counted there, once.
    /// </summary>
    private sealed class CountingStream(byte[] data) : MemoryStream(data)
    {
        public long BytesRead { get; private set; }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = base.Read(buffer, offset, count);
            BytesRead += n;
            return n;
        }
    }

    /// <summary>An input that gives its bytes and then stays open, as <c>tail -f</c> does, until <see cref="End"/>.</summary>
    private sealed class OpenInput(byte[] data) : MemoryStream(data)
    {
        private readonly System.Threading.ManualResetEventSlim _ended = new();

        public void End() => _ended.Set();

        public override int Read(byte[] buffer, int offset, int count) => Held(base.Read(buffer, offset, count));

        public override int Read(Span<byte> buffer) => Held(base.Read(buffer));

        private int Held(int read)
        {
            if (read == 0)
            {
                _ended.Wait();
            }

            return read;
        }
    }

    /// <summary>An output whose text a test can wait for while the tool runs.</summary>
    private sealed class WatchedOutput : MemoryStream
    {
        private readonly object _gate = new();

        public string Text
        {
            get
            {
                lock (_gate)
                {
                    return Encoding.UTF8.GetString(ToArray());
                }
            }
        }

        public override void Write(byte[] buffer, int offset, int count)
        {
            lock (_gate)
            {
                base.Write(buffer, offset, count);
                System.Threading.Monitor.PulseAll(_gate);
            }
        }

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            lock (_gate)
            {
                base.Write(buffer);
                System.Threading.Monitor.PulseAll(_gate);
            }
        }

        /// <summary>Whether the output holds <paramref name="text"/> within <paramref name="timeout"/>.</summary>
        public bool WaitFor(string text, TimeSpan timeout)
        {
            var until = DateTime.UtcNow + timeout;
            lock (_gate)
            {
                while (!Encoding.UTF8.GetString(ToArray()).Contains(text, StringComparison.Ordinal))
                {
                    var left = until - DateTime.UtcNow;
                    if (left <= TimeSpan.Zero)
                    {
                        return false;
                    }

                    System.Threading.Monitor.Wait(_gate, left);
                }

                return true;
            }
        }
    }

    private sealed class FailingInput : MemoryStream
    {
        public override int Read(byte[] buffer, int offset, int count) => throw new IOException("the device is gone");

        public override int Read(Span<byte> buffer) => throw new IOException("the device is gone");
    }
}
