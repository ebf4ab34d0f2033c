using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;

namespace SipStatus.Cli;

/// <summary>
/// The trace filter: reads a SIP trace (sngrep, tshark, sipp, PBX logs) and writes every line back as it came, byte
/// for byte, with each status line, Reason header and Warning header it finds annotated with its meaning. It works on bytes, never holds more than one
/// bounded line in memory, and flushes before it waits for input, so it can sit at the end of <c>tail -f</c>.
/// </summary>
internal sealed class TraceFilter
{
    /// <summary>The longest line looked at; longer lines pass through unread, in pieces of this size.</summary>
    public const int MaxLineLength = 64 * 1024;

    private const string Reason = "Reason";
    private const string Warning = "Warning";

    private static readonly byte[] s_statusPrefix = "Status: "u8.ToArray();

    /// <summary>The version and space put before a tshark summary's code and phrase to read them as a status line.</summary>
    private static readonly byte[] s_version = "SIP/2.0 "u8.ToArray();

    private readonly CliHost _host;
    private readonly OutputSettings _settings;
    private readonly bool _onlyResponses;
    private readonly byte[] _buffer = new byte[MaxLineLength];
    private readonly Stream _output;
    private long _lineNumber;
    private bool _inHeaders;

    /// <summary>Creates the filter.</summary>
    public TraceFilter(CliHost host, OutputSettings settings, bool onlyResponses)
    {
        _host = host;
        _settings = settings;
        _onlyResponses = onlyResponses || settings.Json;
        _output = new BufferedStream(host.Output, MaxLineLength);
    }

    /// <summary>Reads the input to its end.</summary>
    /// <returns>The exit code.</returns>
    public int Run()
    {
        _host.Out.Flush();
        int start = 0, end = 0;
        var overlong = false;
        while (true)
        {
            var newline = Array.IndexOf(_buffer, (byte)'\n', start, end - start);
            if (newline >= 0)
            {
                Line(new ReadOnlySpan<byte>(_buffer, start, newline + 1 - start), overlong);
                overlong = false;
                start = newline + 1;
                continue;
            }

            if (start == 0 && end == _buffer.Length)
            {
                // No line end in a full buffer: pass the piece through and skip to the end of the line.
                if (!_onlyResponses)
                {
                    _output.Write(_buffer, 0, end);
                }

                overlong = true;
                end = 0;
            }
            else if (start > 0)
            {
                Buffer.BlockCopy(_buffer, start, _buffer, 0, end - start);
                end -= start;
                start = 0;
            }

            _output.Flush();
            int read;
            try
            {
                read = _host.Input.Read(_buffer, end, _buffer.Length - end);
            }
            catch (IOException e)
            {
                _host.Error.WriteLine(_settings.Messages.ReadFailed(e.Message));
                return Program.InvalidInput;
            }

            if (read == 0)
            {
                if (end > 0)
                {
                    Line(new ReadOnlySpan<byte>(_buffer, 0, end), overlong);
                }

                _output.Flush();
                return Program.Success;
            }

            end += read;
        }
    }

    /// <summary>One line, with its line end if it has one.</summary>
    private void Line(ReadOnlySpan<byte> line, bool tailOfOverlong)
    {
        _lineNumber++;
        var content = line;
        if (content.Length > 0 && content[^1] == '\n')
        {
            content = content[..^1];
            if (content.Length > 0 && content[^1] == '\r')
            {
                content = content[..^1];
            }
        }

        if (tailOfOverlong)
        {
            Pass(line);
            return;
        }

        if (!TryFind(content, out var found, out var versionWritten))
        {
            // Reason and Warning lines count only in a header block: from a request or status line to the blank
            // line before the body, so that a body that quotes them is left alone.
            if (_inHeaders && TryHeaderValue(content, out var header, out var value))
            {
                Header(line, content, header, value);
                return;
            }

            var trimmed = content.Trim(" \t"u8);
            _inHeaders = trimmed.Length > 0 && (_inHeaders || IsRequestLine(trimmed));
            Pass(line);
            return;
        }

        _inHeaders = true;

        var status = StatusReport.Of(found.Code, _host.Texts, _settings.Language);
        if (_settings.Json)
        {
            var text = Encoding.UTF8.GetString(content);
            JsonOutput.Write(_host, new TraceResponse("response", _lineNumber, text, Inputs.LineReport(found, versionWritten), status));
            _host.Out.Flush();
            return;
        }

        _output.Write(content);
        var annotation = Encoding.UTF8.GetBytes(Annotation(status));
        _output.Write(annotation);
        _output.Write(line[content.Length..]);
    }

    /// <summary>A line with nothing to say about: written back as it came, unless only the findings are wanted.</summary>
    private void Pass(ReadOnlySpan<byte> line)
    {
        if (!_onlyResponses)
        {
            _output.Write(line);
        }
    }

    /// <summary>A Reason or Warning header line: annotated when the library reads its value, else passed on.</summary>
    private void Header(ReadOnlySpan<byte> line, ReadOnlySpan<byte> content, string header, ReadOnlySpan<byte> value)
    {
        var text = Encoding.UTF8.GetString(value);
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
            Pass(line);
            return;
        }

        if (_settings.Json)
        {
            var kind = reasons is null ? "warning" : "reason";
            JsonOutput.Write(_host, new TraceHeader(kind, _lineNumber, Encoding.UTF8.GetString(content), reasons, warnings));
            _host.Out.Flush();
            return;
        }

        if (_onlyResponses)
        {
            return;
        }

        _output.Write(content);
        var note = reasons is null ? WarningsNote(warnings!) : ReasonsNote(reasons);
        _output.Write(Encoding.UTF8.GetBytes(note));
        _output.Write(line[content.Length..]);
    }

    /// <summary>The note on a Reason line: <c>  # Q.850 cause 17 (User busy): RFC 3398 gives 486 Busy Here</c>.</summary>
    private string ReasonsNote(IReadOnlyList<ReasonReport> reasons)
    {
        var messages = _settings.Messages;
        var text = new StringBuilder("  # ");
        int? first = null;
        foreach (var reason in reasons)
        {
            text.Append(text.Length > 4 ? "; " : string.Empty);
            first ??= reason.SipCode;
            if (reason.Protocol == SipReason.Q850Protocol)
            {
                text.Append(reason.Q850CauseName is { } name ? messages.Q850Note(reason.Cause, name, reason.SipCode is { } code ? SipStatusCatalog.Resolve(code) : null) : messages.NotACauseNote(reason.Cause));
            }
            else if (reason.SipCode is { } code)
            {
                text.Append("SIP ").Append(SipStatusCatalog.TryGet(code, out var info) ? info.ToString() : messages.Unregistered(code, SipStatusCatalog.Resolve(code)));
            }
            else
            {
                text.Append(messages.UnexplainedReasonNote(reason.Protocol, reason.Cause));
            }
        }

        return _settings.Color && first is { } painted ? Ansi.ColorOf((SipStatusClass)(painted / 100)) + text + Ansi.End : text.ToString();
    }

    /// <summary>The note on a Warning line: <c>  # 304 Media type not available; hint: …</c>.</summary>
    private string WarningsNote(IReadOnlyList<WarningReport> warnings)
    {
        var messages = _settings.Messages;
        var text = new StringBuilder("  # ");
        foreach (var warning in warnings)
        {
            text.Append(text.Length > 4 ? "; " : string.Empty);
            if (SipWarningCatalog.TryGet(warning.Code, out var info))
            {
                text.Append(info.Value.ToString(CultureInfo.InvariantCulture)).Append(' ').Append(info.WarnText)
                    .Append(" (").Append(messages.HintNote(info.GetHint(_settings.Language), null)).Append(')');
            }
            else
            {
                text.Append(messages.UnregisteredWarningNote(warning.Code));
            }
        }

        return text.ToString();
    }

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
            if (rest.Length > name.Length && StartsWithIgnoringCase(rest, name))
            {
                var colon = name.Length;
                while (colon < rest.Length && rest[colon] is (byte)' ' or (byte)'\t')
                {
                    colon++;
                }

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

    /// <summary>Whether a line ends like a SIP request line, <c>INVITE sip:bob@example.com SIP/2.0</c> (RFC 3261 section 7.1).</summary>
    private static bool IsRequestLine(ReadOnlySpan<byte> line) =>
        line.Length > 8 && line[^8] == ' ' && StartsWithIgnoringCase(line[^7..], "SIP/2.0");

    private static bool StartsWithIgnoringCase(ReadOnlySpan<byte> text, string name)
    {
        for (var i = 0; i < name.Length; i++)
        {
            if ((text[i] | 0x20) != (name[i] | 0x20))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The note appended to a status line: <c>  # 486 Busy Here (4xx Request Failure); hint (nl): …</c>.</summary>
    private string Annotation(StatusReport status)
    {
        var messages = _settings.Messages;
        var effective = status.Effective;
        var text = new StringBuilder("  # ");
        text.Append(status.Registered ? status.Title : messages.Unregistered(status.Code, SipStatusCatalog.Resolve(status.Code)));
        text.Append(" (").Append(effective.Class).Append(' ').Append(effective.ClassName).Append(')');
        if (status.Deprecated && status.TreatAs is { } treatAs)
        {
            text.Append("; ").Append(messages.DeprecatedNote(treatAs));
        }

        if (status.Hint is { } hint)
        {
            text.Append("; ").Append(messages.HintNote(hint, TextOutput.OtherLanguage(status, _settings)));
        }

        return _settings.Color ? Ansi.ColorOf(effective.StatusClass) + text + Ansi.End : text.ToString();
    }

    /// <summary>
    /// Finds a status line in a line of a trace: <c>SIP/2.0 486 Busy Here</c> wherever it starts (at the start of the
    /// line, indented, or after a log prefix), or tshark's one-line summary <c>SIP 512 Status: 486 Busy Here</c>.
    /// A status line's phrase is given as on the wire: everything after the one space that follows the code, so
    /// <c>SIP/2.0 200  OK</c> has the phrase <c> OK</c> (RFC 3261 section 25.1 lets a Reason-Phrase begin with SP).
    /// Either way the library reads the line: a tshark summary is read as the status line <c>SIP/2.0 486 Busy Here</c>
    /// with no version written.
    /// </summary>
    internal static bool TryFind(ReadOnlySpan<byte> content, out SipStatusLine line, out bool versionWritten)
    {
        versionWritten = true;
        for (var i = IndexOfSip(content, 0); i >= 0; i = IndexOfSip(content, i + 1))
        {
            if (i + 3 < content.Length && content[i + 3] == '/' && (i == 0 || !IsWordByte(content[i - 1]))
                && SipStatusLine.TryParse(content[i..], out line))
            {
                return true;
            }
        }

        // tshark: "... SIP 512 Status: 486 Busy Here" (also SIP/SDP); the phrase ends at tshark's " |" separator.
        versionWritten = false;
        var status = content.IndexOf(s_statusPrefix);
        if (status > 0 && (content[..status].IndexOf(" SIP "u8) >= 0 || content[..status].IndexOf(" SIP/"u8) >= 0))
        {
            var rest = content[(status + s_statusPrefix.Length)..];
            if (rest.Length >= 3 && SipStatusCatalog.TryParseCode(rest[..3], out _) && (rest.Length == 3 || rest[3] == ' '))
            {
                var words = rest.Length > 4 ? rest[4..] : [];
                var bar = words.IndexOf(" |"u8);
                var phrase = (bar >= 0 ? words[..bar] : words).TrimEnd((byte)' ');
                var wire = new byte[s_version.Length + 4 + phrase.Length];
                s_version.CopyTo(wire, 0);
                rest[..3].CopyTo(wire.AsSpan(s_version.Length));
                wire[s_version.Length + 3] = (byte)' ';
                phrase.CopyTo(wire.AsSpan(s_version.Length + 4));
                return SipStatusLine.TryParse(wire, out line);
            }
        }

        line = default;
        return false;
    }

    private static int IndexOfSip(ReadOnlySpan<byte> content, int from)
    {
        for (var i = from; i + 2 < content.Length; i++)
        {
            if ((content[i] | 0x20) == 's' && (content[i + 1] | 0x20) == 'i' && (content[i + 2] | 0x20) == 'p')
            {
                return i;
            }
        }

        return -1;
    }

    private static bool IsWordByte(byte b) => (b | 0x20) is >= (byte)'a' and <= (byte)'z' || b is >= (byte)'0' and <= (byte)'9';
}
