using System;
using System.Runtime.CompilerServices;
using System.Runtime.ExceptionServices;

namespace SipStatus.Cli;

/// <summary>
/// A piece of the trace filter's input, whole lines of it, and the lines in it that the scan (<see cref="TraceScan"/>)
/// found may matter: every other line is one the filter passes without reading it, whatever it has read before. Its
/// bytes and lines are its parts of arrays that the input's chunks share (<see cref="TraceInput"/>).
/// </summary>
internal sealed class TraceChunk(ArraySegment<byte> buffer, ArraySegment<TraceEvent> events)
{
    /// <summary>The bytes, from the start of a line (or the rest of a line too long to look at, <see cref="ContinuesOverlong"/>).</summary>
    public ArraySegment<byte> Buffer { get; } = buffer;

    /// <summary>Where the whole lines end: after the last line end in the chunk.</summary>
    public int Lines { get; set; }

    /// <summary>
    /// Where the bytes end that pass in this chunk: <see cref="Lines"/>, or further at the input's end (its last line,
    /// without a line end) and when the bytes after the last line end start a line too long to look at.
    /// </summary>
    public int End { get; set; }

    /// <summary>The chunk starts in a line too long to look at: its bytes up to the first line end pass unread.</summary>
    public bool ContinuesOverlong { get; set; }

    /// <summary>The last chunk: the input ends with it (or could not be read, <see cref="Failure"/>).</summary>
    public bool IsLast { get; set; }

    /// <summary>The bytes from <see cref="Lines"/> to <see cref="End"/> are the input's last line, to be read.</summary>
    public bool HasLastLine { get; set; }

    /// <summary>What reading the input threw; the chunk is then the last and holds nothing.</summary>
    public ExceptionDispatchInfo? Failure { get; set; }

    /// <summary>The line ends in the chunk: the lines that end in it.</summary>
    public int LineCount { get; set; }

    /// <summary>The most lines a chunk lists (16 bytes each); the lines after them are all read (<see cref="DenseFrom"/>).</summary>
    public const int MaxEvents = 32 * 1024;

    /// <summary>
    /// Where the lines start that the scan did not look at, because the chunk listed <see cref="MaxEvents"/> lines
    /// before them: each of them is read; <see cref="int.MaxValue"/> when the scan looked at every line.
    /// </summary>
    public int DenseFrom { get; set; } = int.MaxValue;

    /// <summary>Which line of the chunk starts at <see cref="DenseFrom"/>.</summary>
    public int DenseLine { get; set; }

    /// <summary>The lines that may matter, in order; <see cref="EventCount"/> of them, <see cref="MaxEvents"/> at most.</summary>
    public ArraySegment<TraceEvent> Events { get; } = events;

    /// <summary>How many of <see cref="Events"/> the scan found.</summary>
    public int EventCount { get; set; }

    /// <summary>Whether the scan is done (set on the scanning thread, read under the input's lock).</summary>
    public bool Scanned { get; set; }

    /// <summary>Adds a line that may matter; false when the chunk lists <see cref="MaxEvents"/> lines already.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool TryAdd(int start, int end, int line, TraceEventKind kind)
    {
        if (EventCount == MaxEvents)
        {
            return false;
        }

        Events.Array![Events.Offset + EventCount++] = new TraceEvent(start, end, line, kind);
        return true;
    }
}

/// <summary>A line that may matter, from <see cref="Start"/> to <see cref="End"/> (its line end included), the <see cref="Line"/>th of its chunk.</summary>
internal readonly record struct TraceEvent(int Start, int End, int Line, TraceEventKind Kind);

/// <summary>Why a line may matter.</summary>
internal enum TraceEventKind : byte
{
    /// <summary>The end of a line too long to look at: it passes unread, and is counted.</summary>
    Overlong,

    /// <summary>A line that matters only in a header block: blank, indented, or a Reason, Warning, Content-Type or Message Body.</summary>
    Header,

    /// <summary>A line that matters anywhere: an ngrep header, a separator, or any line when every line is read.</summary>
    Line,

    /// <summary>A line that holds a candidate for a status or request line (<c>SIP/</c> that is no transport, or <c>Status: </c>).</summary>
    Candidate,
}
