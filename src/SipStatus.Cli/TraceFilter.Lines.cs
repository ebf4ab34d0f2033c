using System;
using System.Numerics;
using System.Runtime.Intrinsics;

namespace SipStatus.Cli;

/// <summary>
/// How the trace filter goes through its input: the line ends found sixteen bytes at a time, and the cheap look that
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

    /// <summary>
    /// Goes through the complete lines from <paramref name="start"/> to <paramref name="end"/>: each line that a cheap
    /// look (<see cref="Quiet"/>) cannot pass is read (<see cref="Line"/>). The line ends are found sixteen bytes at a
    /// time, as a mask of newlines, so a line that passes costs a few comparisons. Returns where the incomplete last
    /// line starts.
    /// </summary>
    private int Lines(int start, int end, ref bool overlong)
    {
        var newline = Vector128.Create((byte)'\n');
        var i = start;
        while (i < end)
        {
            uint mask;
            if (end - i >= Vector128<byte>.Count)
            {
                mask = Vector128.Equals(Vector128.Create(_buffer, i), newline).ExtractMostSignificantBits();
            }
            else
            {
                mask = 0;
                for (var j = end - i - 1; j >= 0; j--)
                {
                    mask = (mask << 1) | (_buffer[i + j] == '\n' ? 1u : 0u);
                }
            }

            for (; mask != 0; mask &= mask - 1)
            {
                var lineEnd = i + BitOperations.TrailingZeroCount(mask) + 1;
                if (overlong || lineEnd - 1 - start > MaxLineLength)
                {
                    // The end of a line too long to look at: it passes as it came.
                    _lineNumber++;
                    overlong = false;
                }
                else if (!_readEveryLine && Quiet(start, lineEnd))
                {
                    _lineNumber++;
                }
                else
                {
                    Line(start, lineEnd);
                }

                start = lineEnd;
            }

            i += Vector128<byte>.Count;
        }

        return start;
    }

    /// <summary>The first candidate for a status or request line at or after <paramref name="from"/>.</summary>
    private int NextCandidate(int from)
    {
        var data = Data;
        return Math.Min(_upper.Next(data, from), Math.Min(_lower.Next(data, from), _status.Next(data, from)));
    }

    /// <summary>
    /// Whether the candidate at <paramref name="at"/> is a version followed by a slash, <c>SIP/2.0/UDP</c>: a
    /// SIP-Version (RFC 3261 section 25.1: <c>"SIP" "/" 1*DIGIT "." 1*DIGIT</c>) that a status line follows with a
    /// space, and a request line with its end.
    /// </summary>
    private bool IsTransport(int at)
    {
        var data = Data;
        if (at + 3 >= data.Length || data[at + 3] != '/')
        {
            return false;
        }

        var i = at + 4;
        var digits = data[i..].IndexOfAnyExceptInRange((byte)'0', (byte)'9');
        if (digits <= 0 || i + digits >= data.Length || data[i + digits] != '.')
        {
            return false;
        }

        i += digits + 1;
        digits = data[i..].IndexOfAnyExceptInRange((byte)'0', (byte)'9');
        return digits > 0 && data[i + digits] == '/';
    }

    /// <summary>
    /// Whether <see cref="Line"/> would do nothing with the line from <paramref name="start"/> to
    /// <paramref name="end"/> (its line end included) but count it: the cheap look that most lines of a trace get.
    /// Outside ngrep's views and a sipfrag body, a line matters when it holds a candidate for a status or request
    /// line (<c>SIP/</c>, <c>sip/</c>, <c>Status: </c>), looks like an ngrep header or a separator, or, in a header
    /// block, when it is blank, indented, starts a Reason, Warning or sipfrag Content-Type header, or is tshark's
    /// <c>Message Body</c>.
    /// </summary>
    private bool Quiet(int start, int end)
    {
        if (_candidate < start)
        {
            _candidate = NextCandidate(start);
        }

        // A Via header's SIP/2.0/UDP is no status line and ends no request line: the next candidate then.
        while (_candidate < end && IsTransport(_candidate))
        {
            _candidate = NextCandidate(_candidate + 1);
        }

        if (_candidate < end || _ngrep != NgrepView.None || _inSipfrag)
        {
            return false;
        }

        // The line ends in a newline, so a letter has a byte after it.
        var first = _buffer[start];
        if (first == '-' || (first is >= (byte)'A' and <= (byte)'Z' && _buffer[start + 1] == ' '))
        {
            return false;
        }

        if (!_inHeaders)
        {
            return true;
        }

        var contentEnd = end > start + 1 && _buffer[end - 2] == '\r' ? end - 2 : end - 1;
        return (first | 0x20) switch
        {
            'r' or 'w' => false,
            'm' => !_buffer.AsSpan(start, end - start).StartsWith("Message Body"u8),
            'c' => !TraceFormats.IsSipfragContentType(_buffer.AsSpan(start, contentEnd - start)),
            _ => first is not ((byte)'\r' or (byte)'\n' or (byte)' ' or (byte)'\t'),
        };
    }
}
