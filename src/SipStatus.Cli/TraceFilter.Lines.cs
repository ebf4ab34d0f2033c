using System;

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
    /// Reads the lines of <paramref name="chunk"/> that matter (<see cref="Line"/>): the lines it lists (a header
    /// line only in a header block), and while the filter is not <see cref="Skipping"/> every line.
    /// <paramref name="lines"/> is how many lines came before the chunk.
    /// </summary>
    private void Walk(TraceChunk chunk, long lines)
    {
        var events = chunk.Events.AsSpan(0, chunk.EventCount);
        // The line at pos is the line-th of the chunk.
        int pos = 0, line = 0;
        var next = 0;
        while (true)
        {
            if (Skipping)
            {
                // Lines the scan did not list are quiet here: on to the next listed line that matters.
                while (next < events.Length && (events[next].Kind == TraceEventKind.Overlong || (events[next].Kind == TraceEventKind.Header && !_inHeaders)))
                {
                    next++;
                }

                if (next == events.Length)
                {
                    return;
                }

                var listed = events[next++];
                Line(listed.Start, listed.End, lines + listed.Line + 1, listed.Kind == TraceEventKind.Candidate);
                (pos, line) = (listed.End, listed.Line + 1);
            }
            else if (next < events.Length && events[next].Start == pos)
            {
                var listed = events[next++];
                if (listed.Kind != TraceEventKind.Overlong)
                {
                    Line(listed.Start, listed.End, lines + listed.Line + 1, listed.Kind == TraceEventKind.Candidate);
                }

                (pos, line) = (listed.End, listed.Line + 1);
            }
            else
            {
                // A line the scan did not list, which therefore holds no candidate.
                var until = next < events.Length ? events[next].Start : chunk.Lines;
                if (pos >= until)
                {
                    return;
                }

                var lineEnd = pos + _buffer.AsSpan(pos, until - pos).IndexOf((byte)'\n') + 1;
                Line(pos, lineEnd, lines + line + 1, candidate: false);
                (pos, line) = (lineEnd, line + 1);
            }
        }
    }
}
