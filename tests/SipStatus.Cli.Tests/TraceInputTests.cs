using System;
using System.IO;
using System.Text;
using System.Threading;
using FluentAssertions;
using Xunit;

namespace SipStatus.Cli.Tests;

/// <summary>
/// The trace filter's input (<see cref="TraceInput"/>): chunks read by one thread and scanned by another, or by the
/// thread that waits for them, come out whole, scanned and in input order, checked against the input as it was made.
/// </summary>
public sealed class TraceInputTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Chunks_come_scanned_and_in_order_whichever_thread_scans_them(bool slowFilter)
    {
        // Messages of four lines, a status line first, to over 6 MiB: more than the six chunks of a mebibyte that
        // are read ahead, so chunks are read, scanned and given back again and again.
        var text = new StringBuilder();
        var (messages, lines) = (0, 0);
        while (text.Length < 6_500_000)
        {
            text.Append("SIP/2.0 180 Ringing\r\n")
                .Append("Via: SIP/2.0/UDP 10.0.0.1:5060;branch=z9hG4bK-").Append(messages).Append("\r\n")
                .Append("Call-ID: ").Append(messages).Append("@10.0.0.1\r\n")
                .Append("\r\n");
            (messages, lines) = (messages + 1, lines + 4);
        }

        var input = Encoding.ASCII.GetBytes(text.ToString());
        var passed = new MemoryStream();
        var (counted, statusLines, chunks) = (0L, 0, 0);
        using (var traceInput = new TraceInput(new MemoryStream(input), everyLine: false))
        {
            while (true)
            {
                // A filter that is slow to come back for the next chunk finds it scanned by the scanning thread; one
                // that waits scans the chunks not yet taken itself.
                if (slowFilter)
                {
                    Thread.Sleep(2);
                }

                var chunk = traceInput.Next(wait: true)!;
                chunk.Scanned.Should().BeTrue();
                chunk.Failure.Should().BeNull();
                passed.Write(chunk.Buffer.AsSpan(0, chunk.End));
                counted += chunk.LineCount;
                foreach (var listed in chunk.Events.AsSpan(0, chunk.EventCount))
                {
                    statusLines += listed.Kind == TraceEventKind.Candidate ? 1 : 0;
                }

                chunks++;
                var last = chunk.IsLast;
                traceInput.Return(chunk);
                if (last)
                {
                    break;
                }
            }
        }

        passed.ToArray().Should().Equal(input, "the chunks' bytes, in the order they came, are the input");
        counted.Should().Be(lines);
        statusLines.Should().Be(messages, "each message's status line is a candidate, and no Via header is");
        chunks.Should().BeGreaterThan(6);
    }
}
