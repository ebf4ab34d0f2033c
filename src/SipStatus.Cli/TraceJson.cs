using System;
using System.Buffers;
using System.Buffers.Text;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace SipStatus.Cli;

/// <summary>
/// The trace filter's JSON Lines, written as <see cref="JsonOutput"/> would write a <see cref="TraceResponse"/> or
/// <see cref="TraceHeader"/>, byte for byte, but fast: the parts that depend only on the status line (its report and
/// its code's) are serialized once and kept, and the filter keeps a line's JSON from its text on for lines that repeat,
/// so such a line costs its number. Only this class and
/// <see cref="JsonOutput"/> name System.Text.Json, and its methods are not inlined, so text output never loads it.
/// </summary>
internal sealed class TraceJson
{
    /// <summary>The most status lines whose serialized reports are kept; past it the cache starts again.</summary>
    private const int CacheLimit = 4096;

    private readonly CliHost _host;
    private readonly SipLanguage _language;
    private readonly byte[] _newLine;
    private readonly JavaScriptEncoder _encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
    private readonly ArrayBufferWriter<byte> _scratch = new(1024);
    private readonly Dictionary<(string? Version, int Code, string Phrase, bool Utf8), byte[]> _lines = [];
    private readonly byte[]?[] _statuses = new byte[1000][];
    private Utf8JsonWriter? _writer;

    /// <summary>Creates the writer for a host's language and line end.</summary>
    public TraceJson(CliHost host, SipLanguage language)
    {
        _host = host;
        _language = language;
        _newLine = Encoding.UTF8.GetBytes(host.Out.NewLine);
    }

    /// <summary>
    /// Writes one status line found in the trace, <c>{"kind":"response","line":…,"text":</c> and then
    /// <paramref name="fromText"/>, the rest from <see cref="ResponseFromText"/>.
    /// </summary>
    public void Response(TraceOutput output, string kind, long lineNumber, byte[] fromText)
    {
        WriteStart(output, kind == "sipfrag" ? "sipfrag"u8 : "response"u8, lineNumber);
        output.Write(fromText);
        output.Write(_newLine);
    }

    /// <summary>A status line's JSON from its text on: the text, the status line's report, its code's report and the closing brace.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public byte[] ResponseFromText(ReadOnlySpan<byte> text, FoundStatus found)
    {
        var line = found.Line;
        var version = found.VersionWritten ? line.Version : null;
        var key = (version, line.Code, line.ReasonPhrase, found.PhraseUtf8);
        if (!_lines.TryGetValue(key, out var lineJson))
        {
            if (_lines.Count >= CacheLimit)
            {
                _lines.Clear();
            }

            var report = Inputs.LineReport(line, found.VersionWritten) with { ReasonPhraseUtf8 = found.PhraseUtf8 ? null : false };
            lineJson = Serialize(w => JsonSerializer.Serialize(w, report, CliJsonContext.Default.StatusLineReport));
            _lines[key] = lineJson;
        }

        var statusJson = _statuses[line.Code] ??=
            Serialize(w => JsonSerializer.Serialize(w, StatusReport.Of(line.Code, _host.Texts, _language), CliJsonContext.Default.StatusReport));

        return [.. Escaped(text), .. ",\"statusLine\":"u8, .. lineJson, .. ",\"status\":"u8, .. statusJson, .. "}"u8];
    }

    /// <summary>
    /// Writes one Reason or Warning header line, <c>{"kind":"reason","line":…,"text":</c> and then
    /// <paramref name="fromText"/>, the rest of the <see cref="TraceHeader"/> from <see cref="HeaderFromText"/>.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public void Header(TraceOutput output, ReadOnlySpan<byte> kind, long lineNumber, byte[] fromText)
    {
        WriteStart(output, kind, lineNumber);
        output.Write(fromText);
        output.Write(_newLine);
    }

    /// <summary>The start every line of the trace filter's JSON has: <c>{"kind":…,"line":…,"text":</c>.</summary>
    private static void WriteStart(TraceOutput output, ReadOnlySpan<byte> kind, long lineNumber)
    {
        output.Write("{\"kind\":\""u8);
        output.Write(kind);
        output.Write("\",\"line\":"u8);
        Span<byte> number = stackalloc byte[20];
        Utf8Formatter.TryFormat(lineNumber, number, out var digits);
        output.Write(number[..digits]);
        output.Write(",\"text\":"u8);
    }

    /// <summary>
    /// A header line's JSON from its text on (the text, its values' reports and the closing brace), made once for
    /// each line: the header given has number 0 and no text, which its serialized JSON must start with.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public byte[] HeaderFromText(ReadOnlySpan<byte> text, TraceHeader header)
    {
        var json = Serialize(w => JsonSerializer.Serialize(w, header with { Line = 0, Text = string.Empty }, CliJsonContext.Default.TraceHeader));
        var head = Encoding.UTF8.GetBytes("{\"kind\":\"" + header.Kind + "\",\"line\":0,\"text\":\"\"");
        if (!json.AsSpan().StartsWith(head))
        {
            throw new InvalidOperationException("A trace header's JSON does not start with its kind, line and text.");
        }

        return [.. Escaped(text), .. json.AsSpan(head.Length)];
    }

    /// <summary>A JSON string of the text as the serializer writes it (bytes that are not UTF-8 as U+FFFD).</summary>
    private byte[] Escaped(ReadOnlySpan<byte> text)
    {
        if (_encoder.FindFirstCharacterToEncodeUtf8(text) < 0 && Utf8.IsValid(text))
        {
            return [.. "\""u8, .. text, .. "\""u8];
        }

        var value = Encoding.UTF8.GetString(text);
        return Serialize(w => w.WriteStringValue(value));
    }

    private byte[] Serialize(Action<Utf8JsonWriter> write)
    {
        _scratch.ResetWrittenCount();
        if (_writer is null)
        {
            _writer = new Utf8JsonWriter(_scratch, new JsonWriterOptions { Indented = false, Encoder = _encoder });
        }
        else
        {
            _writer.Reset(_scratch);
        }

        write(_writer);
        _writer.Flush();
        return _scratch.WrittenSpan.ToArray();
    }
}
