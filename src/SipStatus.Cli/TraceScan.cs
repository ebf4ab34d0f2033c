using System;
using System.Buffers.Binary;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace SipStatus.Cli;

/// <summary>
/// The trace filter's cheap look at a chunk of its input, which needs nothing of what came before, so that chunks are
/// scanned on the machine's cores side by side: it lists the lines that may matter (<see cref="TraceEventKind"/>) and
/// counts the others. The line ends, and the marks of a candidate for a status or request line (<see cref="Marks"/>),
/// are found sixty-four bytes at a time, as bit masks: a line without a mark holds no candidate, and costs a few
/// comparisons of its first bytes.
/// </summary>
internal static class TraceScan
{
    /// <summary>
    /// Scans <paramref name="chunk"/>; with <paramref name="everyLine"/> (for tests), every line is listed, so that
    /// what the cheap look passes can be checked against reading every line.
    /// </summary>
    public static void Scan(TraceChunk chunk, bool everyLine)
    {
        ReadOnlySpan<byte> buffer = chunk.Buffer;
        var end = chunk.Lines;
        var start = 0;
        var line = 0;
        if (chunk.ContinuesOverlong && end > 0)
        {
            start = buffer[..end].IndexOf((byte)'\n') + 1;
            chunk.TryAdd(0, start, line++, TraceEventKind.Overlong);
        }

        var lines = buffer[..end];
        // The marks of the line in progress in the block before, and whether it had any in a block before that.
        var (marksBefore, marksEarlier) = (0UL, false);
        for (var i = start; i < end; i += 64)
        {
            var (newlines, marks) = i + 64 < buffer.Length ? Marks(buffer, i) : MarksOneByOne(buffer, i);
            if (end - i < 64)
            {
                var inside = (1UL << (end - i)) - 1;
                (newlines, marks) = (newlines & inside, marks & inside);
            }

            for (; newlines != 0; newlines &= newlines - 1)
            {
                var bit = BitOperations.TrailingZeroCount(newlines);
                var lineEnd = i + bit + 1;
                // The marks among the line's bytes in the block (2 << 63 is 0: the last bit gives them all).
                var through = (2UL << bit) - 1;
                var candidate = marksEarlier ? HasCandidate(lines[..lineEnd], start)
                    : ((marks & through) | marksBefore) != 0 && (EndsCandidate(lines, start, i, marks & through) || EndsCandidate(lines, start, i - 64, marksBefore));
                (marks, marksBefore, marksEarlier) = (marks & ~through, 0, false);
                TraceEventKind? kind = lineEnd - 1 - start > TraceFilter.MaxLineLength ? TraceEventKind.Overlong
                    : everyLine ? (HasCandidate(lines[..lineEnd], start) ? TraceEventKind.Candidate : TraceEventKind.Line)
                    : candidate ? TraceEventKind.Candidate : LookPastCandidates(lines, start, lineEnd);
                if (kind is { } listed && !chunk.TryAdd(start, lineEnd, line, listed))
                {
                    Dense(chunk, start, line);
                    return;
                }

                line++;
                start = lineEnd;
            }

            (marksBefore, marksEarlier) = (marks, marksEarlier || marksBefore != 0);
        }

        chunk.LineCount = line;
        if (chunk.HasLastLine)
        {
            if (!chunk.TryAdd(end, chunk.End, line, LookAtLast(buffer[..chunk.End], end)))
            {
                Dense(chunk, end, line);
            }
        }
    }

    /// <summary>
    /// The cheap look at one line, which starts at <paramref name="start"/> and ends with <paramref name="data"/>, its
    /// line end included (the scan gives each line the same look, <see cref="Scan"/>): why it may matter, or null for
    /// a line that the filter would do nothing with but count, as long as it is outside ngrep's views and a sipfrag
    /// body (where the filter reads every line). A line matters anywhere when it holds a candidate for a status or
    /// request line, or looks like an ngrep header or a separator; in a header block also when it is blank,
    /// indented, starts a Reason, Warning or sipfrag Content-Type header, or is tshark's <c>Message Body</c>
    /// (<see cref="QuietHeader"/>).
    /// </summary>
    public static TraceEventKind? Look(ReadOnlySpan<byte> data, int start) =>
        HasCandidate(data, start) ? TraceEventKind.Candidate : LookPastCandidates(data, start, data.Length);

    /// <summary>
    /// The look at the input's last line, without a line end, which starts at <paramref name="start"/> and ends with
    /// <paramref name="data"/>: it is always read, and holds a candidate or not.
    /// </summary>
    public static TraceEventKind LookAtLast(ReadOnlySpan<byte> data, int start) =>
        HasCandidate(data, start) ? TraceEventKind.Candidate : TraceEventKind.Line;

    /// <summary>
    /// Whether the line that starts at <paramref name="start"/> and ends with <paramref name="data"/> holds a
    /// candidate for a status or request line.
    /// </summary>
    private static bool HasCandidate(ReadOnlySpan<byte> data, int start) =>
        HasVersion(data, start, data.Length) || data[start..].IndexOf(Status) >= 0;

    /// <summary>
    /// The chunk has listed as many lines as it may: the lines from <paramref name="start"/> on, the
    /// <paramref name="line"/>th and after, are left to be read, and only counted.
    /// </summary>
    private static void Dense(TraceChunk chunk, int start, int line)
    {
        chunk.DenseFrom = start;
        chunk.DenseLine = line;
        chunk.LineCount = line + chunk.Buffer.AsSpan(start, chunk.Lines - start).Count((byte)'\n');
    }

    /// <summary>The cheap look at a line without a candidate, from <paramref name="start"/> to <paramref name="end"/> (its line end included).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static TraceEventKind? LookPastCandidates(ReadOnlySpan<byte> data, int start, int end)
    {
        // The line ends in a newline, so a letter has a byte after it.
        var first = data[start];
        if (first == '-' || ((uint)(first - 'A') < 26 && data[start + 1] == ' '))
        {
            return TraceEventKind.Line;
        }

        return QuietHeader(data, start, end, first) ? null : TraceEventKind.Header;
    }

    /// <summary>
    /// The line ends among the sixty-four bytes at <paramref name="at"/>, and the marks of a candidate: where a
    /// <c>p</c> or <c>P</c> is followed by a slash (as in <c>SIP/</c> and <c>sip/</c>) or an <c>S</c> by a <c>t</c> (as
    /// in <c>Status: </c>). A line without a mark holds no candidate; a line with one is looked at closer
    /// (<see cref="EndsCandidate"/>). Reads a byte past the block. Not inlined: in a call of its own, the vectors keep
    /// to registers, which the scan's loop has too few of to spare.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    internal static (ulong Newlines, ulong Marks) Marks(ReadOnlySpan<byte> buffer, int at)
    {
        // The loads below are unchecked: the sixty-five bytes they read must be there.
        if (at < 0 || buffer.Length - at < 65)
        {
            throw new ArgumentOutOfRangeException(nameof(at));
        }

        var (newlines0, marks0) = MarksOf16(buffer, at, 0);
        var (newlines1, marks1) = MarksOf16(buffer, at, 16);
        var (newlines2, marks2) = MarksOf16(buffer, at, 32);
        var (newlines3, marks3) = MarksOf16(buffer, at, 48);
        return (newlines0 | newlines1 | newlines2 | newlines3, marks0 | marks1 | marks2 | marks3);
    }

    /// <summary><see cref="Marks"/> of the sixteen bytes at <paramref name="part"/> of the block, as its bits.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static (ulong Newlines, ulong Marks) MarksOf16(ReadOnlySpan<byte> buffer, int at, int part)
    {
        var bytes = Vector128.LoadUnsafe(ref MemoryMarshal.GetReference(buffer), (nuint)(at + part));
        var next = Vector128.LoadUnsafe(ref MemoryMarshal.GetReference(buffer), (nuint)(at + part + 1));
        var newlines = Vector128.Equals(bytes, Vector128.Create((byte)'\n'));
        var version = Vector128.Equals(bytes | Vector128.Create((byte)0x20), Vector128.Create((byte)'p')) & Vector128.Equals(next, Vector128.Create((byte)'/'));
        var status = Vector128.Equals(bytes, Vector128.Create((byte)'S')) & Vector128.Equals(next, Vector128.Create((byte)'t'));
        return ((ulong)newlines.ExtractMostSignificantBits() << part, (ulong)(version | status).ExtractMostSignificantBits() << part);
    }

    /// <summary><see cref="Marks"/> a byte at a time, at the end of the buffer.</summary>
    internal static (ulong Newlines, ulong Marks) MarksOneByOne(ReadOnlySpan<byte> buffer, int at)
    {
        ulong newlines = 0, marks = 0;
        for (var j = 0; j < 64 && at + j < buffer.Length; j++)
        {
            var (current, next) = (buffer[at + j], at + j + 1 < buffer.Length ? buffer[at + j + 1] : 0);
            newlines |= current == '\n' ? 1UL << j : 0;
            marks |= ((current | 0x20) == 'p' && next == '/') || (current == 'S' && next == 't') ? 1UL << j : 0;
        }

        return (newlines, marks);
    }

    /// <summary>
    /// Whether one of the marks (<see cref="Marks"/>) given as <paramref name="bits"/> of the bytes at
    /// <paramref name="block"/> is where a candidate ends (the <c>P</c> of a <c>SIP/</c> or <c>sip/</c> that is no
    /// transport) or starts (<c>Status: </c>), in the line that starts at <paramref name="start"/> and ends with
    /// <paramref name="data"/>.
    /// </summary>
    private static bool EndsCandidate(ReadOnlySpan<byte> data, int start, int block, ulong bits)
    {
        for (; bits != 0; bits &= bits - 1)
        {
            var at = block + BitOperations.TrailingZeroCount(bits);
            if (data[at] == 'S')
            {
                if (data[at..].StartsWith(Status))
                {
                    return true;
                }
            }
            else if (at - 2 >= start && ((data[at - 2] == 'S' && data[at - 1] == 'I' && data[at] == 'P') || (data[at - 2] == 's' && data[at - 1] == 'i' && data[at] == 'p'))
                && !IsTransport(data, at - 2))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The candidate in a tshark summary row (<see cref="TraceFormats.TryTsharkRow"/>), which <see cref="Marks"/> marks by its <c>St</c>.</summary>
    private static ReadOnlySpan<byte> Status => "Status: "u8;

    /// <summary>Whether the line from <paramref name="start"/> to <paramref name="end"/> holds <c>SIP/</c> or <c>sip/</c> that is no transport.</summary>
    private static bool HasVersion(ReadOnlySpan<byte> data, int start, int end)
    {
        for (var at = start + 3; at < end; at++)
        {
            var found = data[at..end].IndexOf((byte)'/');
            if (found < 0)
            {
                return false;
            }

            at += found;
            var sip = data.Slice(at - 3, 3);
            if ((sip.SequenceEqual("SIP"u8) || sip.SequenceEqual("sip"u8)) && !IsTransport(data, at - 3))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the candidate at <paramref name="at"/> is a version followed by a slash, <c>SIP/2.0/UDP</c>: a
    /// SIP-Version (RFC 3261 section 25.1: <c>"SIP" "/" 1*DIGIT "." 1*DIGIT</c>) that a status line follows with a
    /// space, and a request line with its end.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsTransport(ReadOnlySpan<byte> data, int at) =>
        // Most are a Via header's SIP/2.0/: the five bytes after the letters compared at once, the rest digit by digit.
        (at + sizeof(ulong) <= data.Length && (BinaryPrimitives.ReadUInt64LittleEndian(data[at..]) & ~0xFF_FFFFUL) == s_versionTwoSlash)
        || IsTransportDigitByDigit(data, at);

    /// <summary><see cref="IsTransport"/> for any version, read digit by digit.</summary>
    private static bool IsTransportDigitByDigit(ReadOnlySpan<byte> data, int at)
    {
        var i = at + 3;
        if (i >= data.Length || data[i] != '/')
        {
            return false;
        }

        i = Digits(data, i + 1);
        if (i < 0 || data[i] != '.')
        {
            return false;
        }

        i = Digits(data, i + 1);
        return i >= 0 && data[i] == '/';
    }

    /// <summary>Where the digits from <paramref name="from"/> end, when there is at least one and a byte after them; else -1.</summary>
    private static int Digits(ReadOnlySpan<byte> data, int from)
    {
        var i = from;
        while (i < data.Length && (uint)(data[i] - '0') <= 9)
        {
            i++;
        }

        return i > from && i < data.Length ? i : -1;
    }

    /// <summary>
    /// The cheap look at a line in a header block that starts with <paramref name="first"/>: it matters when it is
    /// blank or indented, or starts a Reason, Warning or sipfrag Content-Type header (or its compact form <c>c</c>),
    /// or is tshark's <c>Message Body</c>. The first bytes are compared eight at a time, in lower case (which changes
    /// a few other bytes too: a line that only looks like one of these names then gets the close look).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool QuietHeader(ReadOnlySpan<byte> buffer, int start, int end, byte first)
    {
        if (first is (byte)'\r' or (byte)'\n' or (byte)' ' or (byte)'\t')
        {
            return false;
        }

        if (end - start < 12)
        {
            var contentEnd = buffer[end - 2] == '\r' ? end - 2 : end - 1;
            return (first | 0x20) switch
            {
                'r' or 'w' => false,
                'm' => !buffer[start..end].StartsWith("Message Body"u8),
                'c' => !TraceFormats.IsSipfragContentType(buffer[start..contentEnd]),
                _ => true,
            };
        }

        var head = BinaryPrimitives.ReadUInt64LittleEndian(buffer[start..]) | LowerCase;
        return (first | 0x20) switch
        {
            'r' => (head & 0xFFFF_FFFF_FFFF) != s_reason,
            'w' => (head & 0xFF_FFFF_FFFF_FFFF) != s_warning,
            'm' => head != s_messageSpace,
            'c' => buffer[start + 1] is not ((byte)' ' or (byte)'\t' or (byte)':')
                && (head != s_content || (BinaryPrimitives.ReadUInt32LittleEndian(buffer[(start + 8)..]) | 0x2020_2020u) != s_type),
            _ => true,
        };
    }

    private const ulong LowerCase = 0x2020_2020_2020_2020;
    /// <summary><c>/2.0/</c> after three letters: <c>SIP/2.0/</c> less its first three bytes.</summary>
    private static readonly ulong s_versionTwoSlash = BinaryPrimitives.ReadUInt64LittleEndian("SIP/2.0/"u8) & ~0xFF_FFFFUL;
    private static readonly ulong s_reason = BinaryPrimitives.ReadUInt64LittleEndian("reason\0\0"u8);
    private static readonly ulong s_warning = BinaryPrimitives.ReadUInt64LittleEndian("warning\0"u8);
    private static readonly ulong s_messageSpace = BinaryPrimitives.ReadUInt64LittleEndian("message "u8);
    private static readonly ulong s_content = BinaryPrimitives.ReadUInt64LittleEndian("content-"u8);
    private static readonly uint s_type = BinaryPrimitives.ReadUInt32LittleEndian("type"u8);
}
