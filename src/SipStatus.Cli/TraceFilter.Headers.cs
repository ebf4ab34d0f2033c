using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace SipStatus.Cli;

/// <summary>The header lines the trace filter reads: Reason and Warning, annotated.</summary>
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
        if (!_headerNotes.TryGet(line, false, out var key, out var note))
        {
            note = HeaderNote(header, Encoding.UTF8.GetString(value), line);
            _headerNotes.Add(key, line, false, note);
        }

        if (note.Length == 0)
        {
            return;
        }

        if (_json is not null)
        {
            _json.Header(_output, header == Reason ? "reason"u8 : "warning"u8, _lineNumber, note);
        }
        else
        {
            Note(start, contentEnd, end, note);
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
}
