using System;
using System.Runtime.CompilerServices;

namespace SipStatus.Cli;

/// <summary>
/// How the trace filter goes through a chunk of its input: from one line the scan listed (<see cref="TraceScan"/>) to
/// the next, passing the lines between unread, except in ngrep's views and a sipfrag body, where it reads every line.
/// </summary>
internal sealed partial class TraceFilter
{
    /// <summary>
    /// For tests, on the thread that creates a filter: every line is read closely, none passed by the cheap look, so
    /// that the cheap look can be checked against what reading every line gives.
    /// </summary>
    [ThreadStatic]
    internal static bool t_readEveryLine;

    private readonly bool _readEveryLine = t_readEveryLine;

    /// <summary>
    /// Whether a line the scan did not list is one to pass unread: outside ngrep's views and a sipfrag body, the
    /// scan's cheap look holds (<see cref="TraceScan"/>); inside them every line is read.
    /// </summary>
    private bool Skipping => _ngrep == NgrepView.None && !_inSipfrag;

    /// <summary>
    /// Whether a line the scan gave <paramref name="kind"/> (null: a line it did not list) passes here unread: a line
    /// too long to look at always, and while the filter is <see cref="Skipping"/> a line not listed, or a header line
    /// outside a header block.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool Passes(TraceEventKind? kind) =>
        kind == TraceEventKind.Overlong || (Skipping && (kind is null || (kind == TraceEventKind.Header && !_inHeaders)));

    /// <summary>
    /// Reads the lines of <paramref name="chunk"/> that matter (<see cref="Line"/>): the lines it lists that do not
    /// pass (<see cref="Passes"/>), and while the filter is not <see cref="Skipping"/> every line.
    /// <paramref name="lines"/> is how many lines came before the chunk.
    /// </summary>
    private void Walk(TraceChunk chunk, long lines)
    {
        var events = chunk.Events.AsSpan(0, chunk.EventCount);
        // The lines the scan looked at end here.
        var looked = Math.Min(chunk.Lines, chunk.DenseFrom);
        // The line at pos is the line-th of the chunk.
        int pos = 0, line = 0;
        var next = 0;
        while (true)
        {
            if (Skipping)
            {
                // On to the next listed line that matters here.
                while (next < events.Length && Passes(events[next].Kind))
                {
                    next++;
                }

                if (next == events.Length)
                {
                    break;
                }
            }
            else if (next == events.Length || events[next].Start != pos)
            {
                // A line the scan did not list, which therefore holds no candidate.
                var until = next < events.Length ? events[next].Start : looked;
                if (pos >= until)
                {
                    break;
                }

                var lineEnd = pos + _buffer.AsSpan(pos, until - pos).IndexOf((byte)'\n') + 1;
                Line(pos, lineEnd, lines + line + 1, candidate: false);
                (pos, line) = (lineEnd, line + 1);
                continue;
            }

            var listed = events[next++];
            if (!Passes(listed.Kind))
            {
                Line(listed.Start, listed.End, lines + listed.Line + 1, listed.Kind == TraceEventKind.Candidate);
            }

            (pos, line) = (listed.End, listed.Line + 1);
        }

        if (chunk.DenseFrom != int.MaxValue)
        {
            ReadEvery(chunk, lines);
        }
    }

    /// <summary>
    /// Goes through the lines of <paramref name="chunk"/> from <see cref="TraceChunk.DenseFrom"/> on, which the scan
    /// left, giving each the scan's cheap look here; there are <paramref name="lines"/> lines before the chunk.
    /// </summary>
    private void ReadEvery(TraceChunk chunk, long lines)
    {
        var end = chunk.HasLastLine ? chunk.End : chunk.Lines;
        var (pos, line) = (chunk.DenseFrom, chunk.DenseLine);
        while (pos < end)
        {
            var lineEnd = _buffer.AsSpan(pos, end - pos).IndexOf((byte)'\n') + 1;
            lineEnd = lineEnd == 0 ? end : pos + lineEnd;
            var data = _buffer.AsSpan(0, lineEnd);
            var kind = _buffer[lineEnd - 1] != '\n' ? TraceScan.LookAtLast(data, pos)
                : lineEnd - 1 - pos > MaxLineLength ? TraceEventKind.Overlong
                : TraceScan.Look(data, pos);
            if (!Passes(kind))
            {
                Line(pos, lineEnd, lines + line + 1, kind == TraceEventKind.Candidate);
            }

            (pos, line) = (lineEnd, line + 1);
        }
    }
}
