using System;
using System.Buffers.Binary;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace SipStatus.Cli;

/// <summary>
/// How the trace filter goes through its input: the line ends found sixty-four bytes at a time, and the cheap look that
/// passes most lines by without reading them.
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

    /// <summary>Where the line starts that the cheap look found a version in (so that the close look need not search again); -1 if none.</summary>
    private int _versionLine = -1;

    /// <summary>
    /// Goes through the complete lines from <paramref name="start"/> to <paramref name="end"/>: each line that a cheap
    /// look (<see cref="Quiet"/>) cannot pass is read (<see cref="Line"/>). The line ends, and the slashes that a
    /// candidate <c>SIP/</c> holds, are found sixty-four bytes at a time, as masks, so a line that passes costs a few
    /// comparisons. Returns where the incomplete last line starts.
    /// </summary>
    private int Lines(int start, int end, ref bool overlong)
    {
        var newline = Vector128.Create((byte)'\n');
        var slash = Vector128.Create((byte)'/');
        // Whether the line that starts at start has a slash before i.
        var slashBefore = false;
        for (var i = start; i < end; i += 64)
        {
            ulong newlines = 0, slashes = 0;
            if (end - i >= 64)
            {
                for (var part = 0; part < 64; part += 16)
                {
                    var bytes = Vector128.Create(_buffer, i + part);
                    newlines |= (ulong)Vector128.Equals(bytes, newline).ExtractMostSignificantBits() << part;
                    slashes |= (ulong)Vector128.Equals(bytes, slash).ExtractMostSignificantBits() << part;
                }
            }
            else
            {
                for (var j = end - i - 1; j >= 0; j--)
                {
                    newlines = (newlines << 1) | (_buffer[i + j] == '\n' ? 1UL : 0);
                    slashes = (slashes << 1) | (_buffer[i + j] == '/' ? 1UL : 0);
                }
            }

            for (; newlines != 0; newlines &= newlines - 1)
            {
                var bit = BitOperations.TrailingZeroCount(newlines);
                var lineEnd = i + bit + 1;
                var before = (1UL << bit) - 1;
                var hasSlash = slashBefore || (slashes & before) != 0;
                slashes &= ~before;
                slashBefore = false;
                if (overlong || lineEnd - 1 - start > MaxLineLength)
                {
                    // The end of a line too long to look at: it passes as it came.
                    _lineNumber++;
                    overlong = false;
                }
                else if (!_readEveryLine && Quiet(start, lineEnd, hasSlash))
                {
                    _lineNumber++;
                }
                else
                {
                    Line(start, lineEnd);
                }

                start = lineEnd;
            }

            slashBefore |= slashes != 0;
        }

        return start;
    }

    /// <summary>
    /// Whether the line from <paramref name="start"/> to <paramref name="end"/> holds a candidate for a status or
    /// request line: <c>SIP/</c> or <c>sip/</c> that is no transport (<see cref="IsTransport"/>), or <c>Status: </c>.
    /// </summary>
    private bool HasCandidate(int start, int end) => _versionLine == start || HasVersion(start, end) || _status.Next(Data, start) < end;

    /// <summary>Whether the line from <paramref name="start"/> to <paramref name="end"/> holds <c>SIP/</c> or <c>sip/</c> that is no transport.</summary>
    private bool HasVersion(int start, int end)
    {
        for (var at = start + 3; at < end; at++)
        {
            var found = _buffer.AsSpan(at, end - at).IndexOf((byte)'/');
            if (found < 0)
            {
                return false;
            }

            at += found;
            var sip = _buffer.AsSpan(at - 3, 3);
            if ((sip.SequenceEqual("SIP"u8) || sip.SequenceEqual("sip"u8)) && !IsTransport(at - 3))
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
    private bool IsTransport(int at)
    {
        var data = Data;
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
    /// Whether <see cref="Line"/> would do nothing with the line from <paramref name="start"/> to
    /// <paramref name="end"/> (its line end included) but count it: the cheap look that most lines of a trace get.
    /// Outside ngrep's views and a sipfrag body, a line matters when it holds a candidate for a status or request
    /// line (<see cref="HasCandidate"/>; a line without a slash holds no <c>SIP/</c>), looks like an ngrep header or
    /// a separator, or, in a header block, when it is blank, indented, starts a Reason, Warning or sipfrag Content-Type
    /// header, or is tshark's <c>Message Body</c>.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool Quiet(int start, int end, bool hasSlash)
    {
        if (hasSlash && HasVersion(start, end))
        {
            _versionLine = start;
            return false;
        }

        if (_status.Next(Data, start) < end || _ngrep != NgrepView.None || _inSipfrag)
        {
            return false;
        }

        // The line ends in a newline, so a letter has a byte after it.
        var first = _buffer[start];
        if (first == '-' || ((uint)(first - 'A') < 26 && _buffer[start + 1] == ' '))
        {
            return false;
        }

        return !_inHeaders || QuietHeader(start, end, first);
    }

    /// <summary>
    /// The cheap look at a line in a header block that starts with <paramref name="first"/>: it matters when it is
    /// blank or indented, or starts a Reason, Warning or sipfrag Content-Type header (or its compact form <c>c</c>),
    /// or is tshark's <c>Message Body</c>. The first bytes are compared eight at a time, in lower case (which changes
    /// a few other bytes too: a line that only looks like one of these names then gets the close look).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool QuietHeader(int start, int end, byte first)
    {
        if (first is (byte)'\r' or (byte)'\n' or (byte)' ' or (byte)'\t')
        {
            return false;
        }

        if (end - start < 12)
        {
            var contentEnd = _buffer[end - 2] == '\r' ? end - 2 : end - 1;
            return (first | 0x20) switch
            {
                'r' or 'w' => false,
                'm' => !_buffer.AsSpan(start, end - start).StartsWith("Message Body"u8),
                'c' => !TraceFormats.IsSipfragContentType(_buffer.AsSpan(start, contentEnd - start)),
                _ => true,
            };
        }

        var head = BinaryPrimitives.ReadUInt64LittleEndian(_buffer.AsSpan(start, 8)) | LowerCase;
        return (first | 0x20) switch
        {
            'r' => (head & 0xFFFF_FFFF_FFFF) != s_reason,
            'w' => (head & 0xFF_FFFF_FFFF_FFFF) != s_warning,
            'm' => head != s_messageSpace,
            'c' => _buffer[start + 1] is not ((byte)' ' or (byte)'\t' or (byte)':')
                && (head != s_content || (BinaryPrimitives.ReadUInt32LittleEndian(_buffer.AsSpan(start + 8, 4)) | 0x2020_2020u) != s_type),
            _ => true,
        };
    }

    private const ulong LowerCase = 0x2020_2020_2020_2020;
    private static readonly ulong s_reason = BinaryPrimitives.ReadUInt64LittleEndian("reason\0\0"u8);
    private static readonly ulong s_warning = BinaryPrimitives.ReadUInt64LittleEndian("warning\0"u8);
    private static readonly ulong s_messageSpace = BinaryPrimitives.ReadUInt64LittleEndian("message "u8);
    private static readonly ulong s_content = BinaryPrimitives.ReadUInt64LittleEndian("content-"u8);
    private static readonly uint s_type = BinaryPrimitives.ReadUInt32LittleEndian("type"u8);
}
