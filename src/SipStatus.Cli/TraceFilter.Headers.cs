using System;
using System.Collections.Generic;
using System.Linq;
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

        // The note (or the JSON after the line's text) depends only on the header and its value, which repeat in a
        // trace: made once each, and empty for a value the library does not read.
        var key = header + ":" + Encoding.UTF8.GetString(value);
        if (!_headerNotes.TryGetValue(key, out var known))
        {
            if (_headerNotes.Count >= 4096)
            {
                _headerNotes.Clear();
            }

            known = HeaderNote(header, key[(header.Length + 1)..]);
            _headerNotes[key] = known;
        }

        if (known.Length == 0)
        {
            return;
        }

        if (_json is not null)
        {
            _json.Header(_output, header == Reason ? "reason" : "warning", _lineNumber, _buffer.AsSpan(start, contentEnd - start), known);
        }
        else
        {
            Note(start, contentEnd, end, known);
        }
    }

    /// <summary>The note on a Reason or Warning header with this value, or its JSON after the text; empty when the library does not read it.</summary>
    private byte[] HeaderNote(string header, string text)
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
            return _json.HeaderTail(new TraceHeader(reasons is null ? "warning" : "reason", 0, string.Empty, reasons, warnings));
        }

        return Encoding.UTF8.GetBytes(reasons is null ? _notes.Warnings(warnings!) : _notes.Reasons(reasons));
    }

    /// <summary>
    /// Where the next occurrence of a byte pattern is in the buffer, searched for once (vectorized) and kept, so that
    /// each line costs a comparison until the line that holds it.
    /// </summary>
    private struct Finder(byte[] pattern)
    {
        private int _next = -1;
        private int _searchedTo;

        /// <summary>Where the pattern next occurs in <paramref name="data"/> at or after <paramref name="start"/>; <see cref="int.MaxValue"/> if it does not.</summary>
        public int Next(ReadOnlySpan<byte> data, int start)
        {
            if (_next < start)
            {
                var from = Math.Max(start, _searchedTo);
                var found = from < data.Length ? data[from..].IndexOf(pattern) : -1;
                if (found < 0)
                {
                    _next = -1;
                    _searchedTo = Math.Max(from, data.Length - pattern.Length + 1);
                    return int.MaxValue;
                }

                _next = from + found;
            }

            return _next;
        }

        /// <summary>The buffer's contents moved <paramref name="by"/> bytes towards its start.</summary>
        public void Shift(int by)
        {
            _next = _next >= by ? _next - by : -1;
            _searchedTo = Math.Max(0, _searchedTo - by);
        }
    }
}
