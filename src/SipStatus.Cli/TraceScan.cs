using System;
using System.Buffers.Binary;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace SipStatus.Cli;

/// <summary>
/// The trace filter's cheap look at a chunk of its input, which needs nothing of what came before, so that chunks are
/// scanned on the machine's cores side by side: it lists the lines that may matter (<see cref="TraceEventKind"/>) and
/// counts the others. The line ends, and the slashes that a candidate <c>SIP/</c> holds, are found sixty-four bytes at
/// a time, as masks, so a line that passes costs a few comparisons.
/// </summary>
internal static class TraceScan
{
    /// <summary>
    /// Scans <paramref name="chunk"/>; with <paramref name="everyLine"/> (for tests), every line is listed, so that
    /// what the cheap look passes can be checked against reading every line.
    /// </summary>
    public static void Scan(TraceChunk chunk, bool everyLine)
    {
        var buffer = chunk.Buffer;
        var end = chunk.Lines;
        var status = new StatusFinder();
        var start = 0;
        var line = 0;
        if (chunk.ContinuesOverlong && end > 0)
        {
            start = buffer.AsSpan(0, end).IndexOf((byte)'\n') + 1;
            chunk.TryAdd(0, start, line++, TraceEventKind.Overlong);
        }

        var newline = Vector128.Create((byte)'\n');
        var slash = Vector128.Create((byte)'/');
        // The slashes of the block before i.
        ulong previous = 0;
        for (var i = start; i < end; i += 64)
        {
            ulong newlines = 0, slashes = 0;
            if (end - i >= 64)
            {
                for (var part = 0; part < 64; part += 16)
                {
                    var bytes = Vector128.Create(buffer, i + part);
                    newlines |= (ulong)Vector128.Equals(bytes, newline).ExtractMostSignificantBits() << part;
                    slashes |= (ulong)Vector128.Equals(bytes, slash).ExtractMostSignificantBits() << part;
                }
            }
            else
            {
                for (var j = end - i - 1; j >= 0; j--)
                {
                    newlines = (newlines << 1) | (buffer[i + j] == '\n' ? 1UL : 0);
                    slashes = (slashes << 1) | (buffer[i + j] == '/' ? 1UL : 0);
                }
            }

            for (; newlines != 0; newlines &= newlines - 1)
            {
                var bit = BitOperations.TrailingZeroCount(newlines);
                var lineEnd = i + bit + 1;
                TraceEventKind? kind = lineEnd - 1 - start > TraceFilter.MaxLineLength ? TraceEventKind.Overlong
                    : everyLine ? (HasCandidate(buffer.AsSpan(0, end), start, lineEnd, ref status) ? TraceEventKind.Candidate : TraceEventKind.Line)
                    : Look(buffer.AsSpan(0, end), start, lineEnd, new Slashes(i, slashes & ((1UL << bit) - 1), previous), ref status);
                if (kind is { } listed && !chunk.TryAdd(start, lineEnd, line, listed))
                {
                    Dense(chunk, start, line);
                    return;
                }

                line++;
                start = lineEnd;
            }

            previous = slashes;
        }

        chunk.LineCount = line;
        if (chunk.HasLastLine)
        {
            if (!chunk.TryAdd(end, chunk.End, line, LookAtLast(buffer.AsSpan(0, chunk.End), end)))
            {
                Dense(chunk, end, line);
            }
        }
    }

    /// <summary>
    /// The cheap look (<see cref="Look(ReadOnlySpan{byte}, int, int, Slashes, ref StatusFinder)"/>) at one line, which
    /// starts at <paramref name="start"/> and ends with <paramref name="data"/>, its line end included.
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
    private static bool HasCandidate(ReadOnlySpan<byte> data, int start)
    {
        var status = new StatusFinder();
        return HasCandidate(data, start, data.Length, ref status);
    }

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

    /// <summary>
    /// Whether the line from <paramref name="start"/> to <paramref name="end"/> in <paramref name="data"/> holds a
    /// candidate for a status or request line: <c>SIP/</c> or <c>sip/</c> that is no transport
    /// (<see cref="IsTransport"/>), or <c>Status: </c>.
    /// </summary>
    private static bool HasCandidate(ReadOnlySpan<byte> data, int start, int end, ref StatusFinder status) =>
        HasVersion(data, start, end) || status.Next(data, start) < end;

    /// <summary>
    /// The cheap look at the line from <paramref name="start"/> to <paramref name="end"/> (its line end included) of
    /// the whole lines in <paramref name="data"/>, its <paramref name="slashes"/> as the masks found them:
    /// why it may matter, or null for a line that the filter would do nothing with but count, as long as it is
    /// outside ngrep's views and a sipfrag body (where the filter reads every line). A line matters anywhere when it
    /// holds a candidate for a status or request line (a line without a slash holds no <c>SIP/</c>), or looks like
    /// an ngrep header or a separator; in a header block also when it is blank, indented, starts a Reason, Warning or
    /// sipfrag Content-Type header, or is tshark's <c>Message Body</c> (<see cref="QuietHeader"/>).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static TraceEventKind? Look(ReadOnlySpan<byte> data, int start, int end, Slashes slashes, ref StatusFinder status) =>
        HasVersion(data, start, slashes) || status.Next(data, start) < end ? TraceEventKind.Candidate : LookPastCandidates(data, start, end);

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
    /// Where the slashes are in the line being looked at, as the masks give them: the bits of the sixty-four bytes at
    /// <see cref="Block"/> before the line's end (<see cref="Bits"/>), and of the sixty-four before (<see cref="Previous"/>).
    /// </summary>
    private readonly record struct Slashes(int Block, ulong Bits, ulong Previous);

    /// <summary>
    /// Whether the line that starts at <paramref name="start"/> holds <c>SIP/</c> or <c>sip/</c> that is no transport,
    /// found from its <paramref name="slashes"/>; the slashes of a line that started more than one block before its
    /// end's are searched for.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool HasVersion(ReadOnlySpan<byte> data, int start, Slashes slashes)
    {
        if (slashes.Bits == 0 && (start >= slashes.Block || (start >= slashes.Block - 64 && slashes.Previous == 0)))
        {
            return false;
        }

        // The first place the slash of a SIP/ can be.
        var from = start + 3;
        var block = slashes.Block;
        var bits = from <= block ? slashes.Bits : from - block < 64 ? slashes.Bits & (~0UL << (from - block)) : 0;
        if (EndsVersion(data, block, bits))
        {
            return true;
        }

        if (from >= block)
        {
            return false;
        }

        return from >= block - 64 ? EndsVersion(data, block - 64, slashes.Previous & (~0UL << (from - block + 64))) : HasVersion(data, start, block);
    }

    /// <summary>Whether one of the slashes given as <paramref name="bits"/> of the bytes at <paramref name="block"/> ends a <c>SIP/</c> or <c>sip/</c> that is no transport.</summary>
    private static bool EndsVersion(ReadOnlySpan<byte> data, int block, ulong bits)
    {
        for (; bits != 0; bits &= bits - 1)
        {
            var at = block + BitOperations.TrailingZeroCount(bits) - 3;
            var s = data[at];
            if (((s == 'S' && data[at + 1] == 'I' && data[at + 2] == 'P') || (s == 's' && data[at + 1] == 'i' && data[at + 2] == 'p')) && !IsTransport(data, at))
            {
                return true;
            }
        }

        return false;
    }

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
    private static bool IsTransport(ReadOnlySpan<byte> data, int at)
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
    private static readonly ulong s_reason = BinaryPrimitives.ReadUInt64LittleEndian("reason\0\0"u8);
    private static readonly ulong s_warning = BinaryPrimitives.ReadUInt64LittleEndian("warning\0"u8);
    private static readonly ulong s_messageSpace = BinaryPrimitives.ReadUInt64LittleEndian("message "u8);
    private static readonly ulong s_content = BinaryPrimitives.ReadUInt64LittleEndian("content-"u8);
    private static readonly uint s_type = BinaryPrimitives.ReadUInt32LittleEndian("type"u8);

    /// <summary>
    /// Where the next <c>Status: </c> is in the data, searched for once (vectorized) and kept, so that each line costs a
    /// comparison until the line that holds it, and none at all while the data holds no more. The search is for
    /// <c>Status</c>, and the rest is compared: .NET finds a pattern by its first and last byte at their distance, and
    /// an <c>S</c> with an <c>s</c> five bytes on is rare in a trace, where an <c>S</c> with a space seven bytes on is
    /// everywhere. The data must be the same on every call.
    /// </summary>
    private struct StatusFinder()
    {
        /// <summary>Where <c>Status: </c> occurs next; -1 before the first search; <see cref="int.MaxValue"/> when no more.</summary>
        private int _next = -1;

        /// <summary>Where <c>Status: </c> next occurs in <paramref name="data"/> at or after <paramref name="start"/>; <see cref="int.MaxValue"/> if it does not.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public int Next(ReadOnlySpan<byte> data, int start) => _next >= start ? _next : Search(data, start);

        private int Search(ReadOnlySpan<byte> data, int start)
        {
            var pattern = "Status: "u8;
            var from = start;
            while (from + pattern.Length <= data.Length)
            {
                var found = data[from..].IndexOf("Status"u8);
                var at = from + found;
                if (found < 0 || at + pattern.Length > data.Length)
                {
                    break;
                }

                if (data.Slice(at, pattern.Length).SequenceEqual(pattern))
                {
                    _next = at;
                    return at;
                }

                from = at + 1;
            }

            _next = int.MaxValue;
            return int.MaxValue;
        }
    }
}
