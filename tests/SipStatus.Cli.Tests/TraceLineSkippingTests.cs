using System;
using System.IO;
using System.Linq;
using System.Text;
using FluentAssertions;
using Xunit;

namespace SipStatus.Cli.Tests;

/// <summary>
/// The trace filter passes most lines by after a cheap look at their first bytes and at where the next candidate for
/// a status line is, without reading them. That look must never change the output: on traces put together at random
/// from lines of every format the filter knows (and lines that look almost like them), the output is byte for byte
/// the output of the same filter reading every line closely, as text, with <c>--only-responses</c> and with
/// <c>--json</c>.
/// </summary>
public class TraceLineSkippingTests
{
    private static readonly string[] s_lines =
    [
        "SIP/2.0 200 OK", "SIP/2.0 486 Busy Here", "SIP/2.0 180 Ringing", "sip/2.0 183 Session Progress", "SIP/2.0 699 Custom Thing",
        "SIP/2.0 200", "SIP/2.0/UDP 10.0.0.1:5060", "Via: SIP/2.0/UDP 10.0.0.1:5060;branch=z9hG4bK-1", "Via: SIP/2.0/TCP a SIP/2.0 500 x",
        "INVITE sip:bob@10.0.0.2 SIP/2.0", "NOTIFY sip:alice@127.0.0.1:5061 SIP/2.0", "ACK sip:bob@10.0.0.2 SIP/2.0", "CANCEL sip:x SIP/2.0/x",
        "Reason: Q.850;cause=17;text=\"User busy\"", "reason : SIP;cause=486", "REASON:Q.850;cause=34", "Reasons: none",
        "Warning: 399 10.0.0.2 \"Callee busy\"", "warning: 304 sbc \"Media type not available\"", "Warnings are fine",
        "Content-Type: message/sipfrag", "content-type : MESSAGE/SIPFRAG;version=2.0", "c: message/sipfrag", "Content-Type: application/sdp",
        "Content-Length: 0", "Contact: <sip:alice@10.0.0.1>", "Call-ID: 1-4242@10.0.0.1", "CSeq: 1 INVITE", "Max-Forwards: 70",
        "Message Body", "  Message Body", "    Sipfrag", "Sipfrag", "    Status-Line: SIP/2.0 200 OK", "    Reason: SIP;cause=200",
        "", "", "", "  ", "\t", "-----------------------------------------------", "----------------------------------------------- 2026-11-30",
        "--", "UDP message sent (512 bytes):", "U 127.0.0.1:5060 -> 127.0.0.1:5061 #12", "U 127.0.0.1:5060 -> 127.0.0.1:5061",
        "T 10.0.0.1:5060 -> 10.0.0.2:5060 [AP] #3", "U 127.0.0.1:5060 -> 127.0.0.1:5061 #7 SIP/2.0 486 Busy Here..Via: x..",
        "  SIP/2.0 200 OK..Via: SIP/2.0/UDP 127.0.0.1:5060..", "  Reason: Q.850;cause=17..", "#", "####",
        "    1 0.000000000    127.0.0.1 → 127.0.0.1    SIP 281 Status: 200 OK (NOTIFY) | ",
        "    3 0.1 127.0.0.1 → 127.0.0.1    SIP/sipfrag 440 Request: NOTIFY sip:s@127.0.0.1 | , with Sipfrag(SIP/2.0 486 Busy Here)",
        "Status: 503 Service Unavailable", "2026-11-30 INFO relay: SIP/2.0 404 Not Found", "x SIP/2.0 404 Not Found", "xSIP/2.0 404 Not Found",
        "A B", "Z ", "v=0", "o=- 1 1 IN IP4 10.0.0.1", "m=audio 4000 RTP/AVP 0", "SIP/2.0 480 Vor\u00FCbergehend",
        // Near misses of what the cheap look searches for and compares.
        "Statu: 200 OK", "Status:200 OK", "xStatus: 200 OK", "atus: 200 OK", "    2 0.1 10.0.0.1 → 10.0.0.2    SIP 512 Status: 486 Busy Here | ",
        "MESSAGE sip:bob@10.0.0.2 SIP/2.0", "Record-Route: <sip:proxy;lr>", "Require: 100rel", "Warn: x", "Reasonable: yes",
        "Content-Transfer-Encoding: binary", "Content-Typ: message/sipfrag", "CONTENT-TYPE:message/sipfrag", "Message-Body",
        "SIP/2.0/TLS 10.0.0.1", "SIP/12.34/UDP x", "SIP/2./UDP x", "SIP/.0/UDP x", "a/b/c SIP/2.0 503 Service Unavailable", "//", "SIP/",
        "via: sip/2.0/udp a sip/2.0 180 x", "sip/2.0/tcp",
        "SIP/2.0/", "  Via: SIP/2.0/UDP 10.0.0.1", "\tReason: SIP;cause=600", "R", "W ", "c:", "m", "Reason:Q.850;cause=16",
        "sIP/2.0 200 OK", "SIp/2.0 486 Busy Here", "Sip/2.0 180 Ringing", "Stat", "Status", "Status:", "p/", "P/x SIP", "Pp//St",
        "x SI\nP/2.0 486 Busy Here", "Via: SIP/2.0/UDP a;x=SI\nP/2.0/TCP x",
        // Lines that span two or three blocks of the scan's sixty-four bytes, with what makes them matter near their start.
        "SIP/2.0 404 " + new string('x', 150), new string('x', 70) + " SIP/2.0 500 Late", "Status: 486 Busy Here" + new string(' ', 140),
        new string('-', 200), "Via: SIP/2.0/UDP " + new string('9', 120) + ";branch=z9hG4bK-1", "x SIP/2.0 183 " + new string('y', 60) + " SIP/2.0/TCP",
    ];

    [Theory]
    [InlineData("")]
    [InlineData("--only-responses")]
    [InlineData("--json")]
    [InlineData("--lang nl")]
    public void Passing_lines_by_after_a_cheap_look_gives_the_output_of_reading_every_line(string optionWords)
    {
        var options = optionWords.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        ForRandomTraces(3261, 300, (trace, input, shown) => Run(input, options, readEveryLine: false)
            .Should().Equal(Run(input, options, readEveryLine: true), "trace {0} ({1}) gives the same output either way", trace, shown));
    }

    [Theory]
    [InlineData("")]
    [InlineData("--json")]
    public void Input_read_a_few_bytes_at_a_time_gives_the_output_of_reading_it_whole(string optionWords)
    {
        // Every read moves the lines looked at out of the buffer: what the filter keeps about the input ahead (where
        // the next Status: is, whether a line holds a slash) must survive the move and the bytes that arrive later.
        var options = optionWords.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        ForRandomTraces(3398, 150, (trace, input, shown) =>
        {
            var output = new MemoryStream();
            new Tool { StdinStream = new Trickle(input, new Random(trace)), Output = output }.Invoke(["-", .. options]);
            output.ToArray().Should().Equal(Run(input, options, readEveryLine: false), "trace {0} ({1}) gives the same output in pieces", trace, shown);
        });
    }

    [Theory]
    [InlineData("")]
    [InlineData("--json")]
    public void A_trace_of_many_chunks_gives_the_output_of_reading_every_line_whatever_the_reads(string optionWords)
    {
        // Past a few hundred KiB the input comes in several chunks, scanned side by side and taken in order, and the
        // chunks are used again: what the filter learns from one chunk's lines (a header block, an ngrep view, the
        // line count in the JSON) goes on in the next, wherever the reads happen to end.
        var options = optionWords.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var random = new Random(3326);
        var trace = new MemoryStream();
        while (trace.Length < 2_500_000)
        {
            trace.Write(Trace(random));
            trace.Write("\n"u8);
        }

        var input = trace.ToArray();
        var expected = Run(input, options, readEveryLine: true);
        FirstDifference(Run(input, options, readEveryLine: false), expected).Should().Be(-1, "the cheap look changes nothing");
        for (var seed = 0; seed < 3; seed++)
        {
            var output = new MemoryStream();
            new Tool { StdinStream = new Lumps(input, new Random(seed)), Output = output }.Invoke(["-", .. options]);
            FirstDifference(output.ToArray(), expected).Should().Be(-1, "reads of any size (seed {0}) change nothing", seed);
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("--json")]
    public void A_chunk_of_more_short_lines_than_it_lists_gives_the_output_of_reading_every_line(string optionWords)
    {
        // A chunk lists at most 32,768 lines that may matter (TraceChunk.MaxEvents), so that memory stays bounded on
        // input of short lines; the filter gives the lines after those the cheap look itself. Every line here may
        // matter (blank, a header's first letter, a candidate), 3 to 6 bytes on average, so every chunk of 256 KiB
        // has more of them than it lists.
        string[] vocabulary = ["", "", "R", "W ", "c:", "\t", "SIP/2.0 200", "INVITE a SIP/2.0", "A B", "-", "Reason: SIP;cause=486", "SIP/2.0 486 Busy"];
        var options = optionWords.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var random = new Random(6432);
        var trace = new MemoryStream();
        while (trace.Length < 2_000_000)
        {
            trace.Write(Encoding.UTF8.GetBytes(vocabulary[random.Next(vocabulary.Length)]));
            trace.Write(random.Next(2) == 0 ? "\r\n"u8 : "\n"u8);
        }

        var input = trace.ToArray();
        var expected = Run(input, options, readEveryLine: true);
        FirstDifference(Run(input, options, readEveryLine: false), expected).Should().Be(-1, "the cheap look changes nothing");
        var output = new MemoryStream();
        new Tool { StdinStream = new Lumps(input, new Random(1)), Output = output }.Invoke(["-", .. options]);
        FirstDifference(output.ToArray(), expected).Should().Be(-1, "reads of any size change nothing");
    }

    [Fact]
    public void The_marks_found_sixteen_bytes_at_a_time_are_those_found_a_byte_at_a_time()
    {
        // The scan finds line ends and the marks of a candidate (p/ and St) with vectors in the body of a buffer, and
        // a byte at a time in its last sixty-four bytes: the two must agree wherever both can look.
        var random = new Random(4475);
        var bytes = "\npP/Stsx "u8;
        var buffer = new byte[4096];
        for (var i = 0; i < buffer.Length; i++)
        {
            buffer[i] = bytes[random.Next(bytes.Length)];
        }

        for (var at = 0; at + 64 < buffer.Length; at++)
        {
            TraceScan.Marks(buffer, at).Should().Be(TraceScan.MarksOneByOne(buffer, at), "the block at {0}", at);
        }

        TraceScan.MarksOneByOne(buffer, 0).Marks.Should().NotBe(0, "the bytes hold marks");
        // Its loads are unchecked, so it checks that the sixty-five bytes it reads are there, and nothing past them.
        FluentActions.Invoking(() => TraceScan.Marks(buffer, buffer.Length - 64)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => TraceScan.Marks(buffer, -1)).Should().Throw<ArgumentOutOfRangeException>();
        TraceScan.Marks(buffer, buffer.Length - 65).Should().Be(TraceScan.MarksOneByOne(buffer, buffer.Length - 65));
    }

    [Fact]
    public void The_comparison_sees_annotations()
    {
        // The reference is no empty output: reading every line annotates what the cheap look must not pass by.
        var input = Encoding.UTF8.GetBytes("INVITE sip:b@x SIP/2.0\r\nReason: SIP;cause=486\r\n\r\nSIP/2.0 486 Busy Here\r\n");
        Encoding.UTF8.GetString(Run(input, [], readEveryLine: true)).Split('\n').Select(l => l.Contains("  # ", StringComparison.Ordinal))
            .Should().Equal(false, true, false, true, false);
    }

    /// <summary>Checks <paramref name="count"/> random traces: each with its number, its bytes and its text as a failure shows it.</summary>
    private static void ForRandomTraces(int seed, int count, Action<int, byte[], string> check)
    {
        var random = new Random(seed);
        for (var trace = 0; trace < count; trace++)
        {
            var input = Trace(random);
            check(trace, input, Encoding.Latin1.GetString(input).Replace("\n", "\\n", StringComparison.Ordinal));
        }
    }

    /// <summary>Lines of the vocabulary, some as ISO-8859-1 bytes, ending in LF or CRLF, the last one sometimes without.</summary>
    private static byte[] Trace(Random random)
    {
        var bytes = new MemoryStream();
        var count = random.Next(1, 40);
        for (var i = 0; i < count; i++)
        {
            var line = s_lines[random.Next(s_lines.Length)];
            bytes.Write(random.Next(4) == 0 ? Encoding.Latin1.GetBytes(line.Replace('→', '>')) : Encoding.UTF8.GetBytes(line));
            if (i < count - 1 || random.Next(2) == 0)
            {
                bytes.Write(random.Next(2) == 0 ? "\r\n"u8 : "\n"u8);
            }
        }

        return bytes.ToArray();
    }

    /// <summary>A stream that gives at most a few bytes (1 to 13) per read.</summary>
    private sealed class Trickle(byte[] data, Random random) : MemoryStream(data)
    {
        public override int Read(byte[] buffer, int offset, int count) => base.Read(buffer, offset, Math.Min(count, random.Next(1, 14)));

        public override int Read(Span<byte> buffer) => base.Read(buffer[..Math.Min(buffer.Length, random.Next(1, 14))]);
    }

    /// <summary>A stream that gives anything from one byte to 300,000 per read.</summary>
    private sealed class Lumps(byte[] data, Random random) : MemoryStream(data)
    {
        public override int Read(byte[] buffer, int offset, int count) => base.Read(buffer, offset, Math.Min(count, random.Next(1, 300_000)));

        public override int Read(Span<byte> buffer) => base.Read(buffer[..Math.Min(buffer.Length, random.Next(1, 300_000))]);
    }

    /// <summary>Where two outputs first differ (or one ends), or -1 when they are the same.</summary>
    private static int FirstDifference(byte[] output, byte[] expected)
    {
        var common = output.AsSpan().CommonPrefixLength(expected);
        return common == output.Length && common == expected.Length ? -1 : common;
    }

    private static byte[] Run(byte[] input, string[] options, bool readEveryLine)
    {
        var output = new MemoryStream();
        TraceFilter.t_readEveryLine = readEveryLine;
        try
        {
            new Tool { Stdin = input, Output = output }.Invoke(["-", .. options]);
        }
        finally
        {
            TraceFilter.t_readEveryLine = false;
        }

        return output.ToArray();
    }
}
