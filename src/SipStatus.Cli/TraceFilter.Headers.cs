using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Text;

namespace SipStatus.Cli;

/// <summary>The header lines the trace filter reads, and the cheap look that decides which lines it reads closely.</summary>
internal sealed partial class TraceFilter
{
    private const string Reason = "Reason";
    private const string Warning = "Warning";

    /// <summary>
    /// The value of a Reason or Warning header line (RFC 3261 section 7.3.1: the name, white space, a colon), the
    /// name at the start of the line or indented (tshark -V indents headers); false for any other line.
    /// </summary>
    internal static bool TryHeaderValue(ReadOnlySpan<byte> content, out string header, out ReadOnlySpan<byte> value)
    {
        header = string.Empty;
        value = default;
        var start = 0;
        while (start < content.Length && content[start] is (byte)' ' or (byte)'\t')
        {
            start++;
        }

        var rest = content[start..];
        foreach (var name in (ReadOnlySpan<string>)[Reason, Warning])
        {
            if (rest.Length > name.Length && TraceFormats.StartsWithIgnoringCase(rest, name))
            {
                var colon = TraceFormats.SkipSpaces(rest, name.Length);
                if (colon < rest.Length && rest[colon] == ':')
                {
                    header = name;
                    value = rest[(colon + 1)..].Trim(" \t"u8);
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>A Reason or Warning header line: annotated (or its JSON line) when the library reads its value, else passed on.</summary>
    private void HeaderLine(int start, int contentEnd, int end, string header, ReadOnlySpan<byte> value)
    {
        if (_json is null && _onlyResponses)
        {
            return;
        }

        // The note (or the JSON from the line's text on) depends only on the line, and header lines repeat in a
        // trace: made once for each, kept by the line's bytes, and empty for a value the library does not read.
        var line = _buffer.AsSpan(start, contentEnd - start);
        var hash = new HashCode();
        hash.AddBytes(line);
        var key = hash.ToHashCode();
        if (!_headerNotes.TryGetValue(key, out var known) || !line.SequenceEqual(known.Line))
        {
            if (_headerNotes.Count >= 4096)
            {
                _headerNotes.Clear();
            }

            known = (line.ToArray(), HeaderNote(header, Encoding.UTF8.GetString(value), line));
            _headerNotes[key] = known;
        }

        if (known.Note.Length == 0)
        {
            return;
        }

        if (_json is not null)
        {
            _json.Header(_output, header == Reason ? "reason"u8 : "warning"u8, _lineNumber, known.Note);
        }
        else
        {
            Note(start, contentEnd, end, known.Note);
        }
    }

    /// <summary>
    /// The note on a Reason or Warning header with this value, or the JSON of the <paramref name="line"/> from its
    /// text on; empty when the library does not read it.
    /// </summary>
    private byte[] HeaderNote(string header, string text, ReadOnlySpan<byte> line)
    {
        IReadOnlyList<ReasonReport>? reasons = null;
        IReadOnlyList<WarningReport>? warnings = null;
        if (header == Reason && SipReason.TryParseAll(text, out var parsedReasons))
        {
            reasons = parsedReasons.Select(r => ReasonReport.Of(r, _settings.Language)).ToList();
        }
        else if (header == Warning && SipWarning.TryParseAll(text, out var parsedWarnings))
        {
            warnings = parsedWarnings.Select(w => WarningReport.Of(w, _settings.Language)).ToList();
        }
        else
        {
            return [];
        }

        if (_json is not null)
        {
            return _json.HeaderFromText(line, new TraceHeader(reasons is null ? "warning" : "reason", 0, string.Empty, reasons, warnings));
        }

        return Encoding.UTF8.GetBytes(reasons is null ? _notes.Warnings(warnings!) : _notes.Reasons(reasons));
    }

    /// <summary>
    /// Where the next occurrence of a byte pattern is in the buffer, searched for once (vectorized) and kept, so that
    /// each line costs a comparison until the line that holds it, and none at all while the data holds no more. The
    /// search looks for a part of the pattern, its <c>anchor</c>, and compares the rest. .NET finds a pattern by its
    /// first and last byte at their distance, so the anchor is the part whose ends seldom stand that far apart in a
    /// trace: <c>Status</c> (an <c>S</c> and an <c>s</c> five bytes on) rather than <c>Status: </c> (an <c>S</c> and
    /// a space seven bytes on, which is everywhere).
    /// </summary>
    private struct Finder(byte[] pattern, Range anchor)
    {
        /// <summary>Where the pattern occurs next, or <see cref="int.MaxValue"/>: nowhere in the first <see cref="_searched"/> bytes.</summary>
        private int _next = -1;

        /// <summary>Where the next search starts: no occurrence starts before it that is not <see cref="_next"/>.</summary>
        private int _searchedTo;

        /// <summary>The length of the data when the pattern was not found.</summary>
        private int _searched;

        /// <summary>Where the pattern next occurs in <paramref name="data"/> at or after <paramref name="start"/>; <see cref="int.MaxValue"/> if it does not.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public int Next(ReadOnlySpan<byte> data, int start) =>
            _next >= start && (_next != int.MaxValue || _searched == data.Length) ? _next : Search(data, start);

        /// <summary>The buffer's contents moved <paramref name="by"/> bytes towards its start.</summary>
        public void Shift(int by)
        {
            _next = _next == int.MaxValue ? _next : _next >= by ? _next - by : -1;
            _searched -= by;
            _searchedTo = Math.Max(0, _searchedTo - by);
        }

        private int Search(ReadOnlySpan<byte> data, int start)
        {
            var (offset, length) = anchor.GetOffsetAndLength(pattern.Length);
            var from = Math.Max(start, _searchedTo);
            while (from + pattern.Length <= data.Length)
            {
                var found = data[(from + offset)..].IndexOf(pattern.AsSpan(offset, length));
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
            _searched = data.Length;
            _searchedTo = Math.Max(from, data.Length - pattern.Length + 1);
            return int.MaxValue;
        }
    }
}
