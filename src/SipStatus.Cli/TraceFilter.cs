using System;
using System.Collections.Generic;
using System.IO;

namespace SipStatus.Cli;

/// <summary>
/// The trace filter: reads a SIP trace (sipp message logs, Kamailio and FreeSWITCH logs, sngrep's text export, ngrep,
/// tshark's summary, -V and -O sip) and writes every line back as it came, byte for byte, with each status line,
/// Reason header and Warning header it finds annotated with its meaning. It works on bytes in a bounded buffer, writes
/// the lines it passes through in large pieces, reads a line closely only where a cheap look says it may matter, and
/// flushes before it waits for input, so it can sit at the end of <c>tail -f</c>. The formats' rules are in
/// <see cref="TraceFormats"/>.
/// </summary>
internal sealed partial class TraceFilter
{
    /// <summary>The longest line looked at; longer lines pass through unread.</summary>
    public const int MaxLineLength = 64 * 1024;

    /// <summary>The input buffer: four of the longest lines.</summary>
    private const int BufferSize = 4 * MaxLineLength;

    private readonly CliHost _host;
    private readonly OutputSettings _settings;
    private readonly bool _onlyResponses;
    private readonly byte[] _buffer = new byte[BufferSize];
    private readonly TraceOutput _output;
    private readonly TraceNotes _notes;
    private readonly TraceJson? _json;
    /// <summary>What Reason and Warning header lines give (<see cref="HeaderLine"/>), by the hash of the line's bytes.</summary>
    private readonly Dictionary<int, (byte[] Line, byte[] Note)> _headerNotes = [];
    private Finder _status = new("Status: "u8.ToArray(), ..6);

    /// <summary>Where the input not yet written out starts, when the filter passes lines through.</summary>
    private int _passFrom;
    private long _lineNumber;

    /// <summary>The end of the input in the buffer.</summary>
    private int _end;

    /// <summary>In a header block: from a request or status line to the blank line before the body.</summary>
    private bool _inHeaders;

    /// <summary>The header block says Content-Type: message/sipfrag.</summary>
    private bool _blockIsSipfrag;

    /// <summary>In a message/sipfrag body, before its first line: a status line there is quoted, not a response.</summary>
    private bool _inSipfrag;
    private NgrepView _ngrep;

    /// <summary>Creates the filter.</summary>
    public TraceFilter(CliHost host, OutputSettings settings, bool onlyResponses)
    {
        _host = host;
        _settings = settings;
        _onlyResponses = onlyResponses || settings.Json;
        _output = new TraceOutput(host.Output);
        _notes = new TraceNotes(host, settings);
        _json = settings.Json ? new TraceJson(host, settings.Language) : null;
    }

    /// <summary>The input in the buffer.</summary>
    private ReadOnlySpan<byte> Data => _buffer.AsSpan(0, _end);

    /// <summary>ngrep's views of a packet, known from its header line.</summary>
    private enum NgrepView
    {
        /// <summary>No ngrep header seen (or the lines since are not ngrep's).</summary>
        None,

        /// <summary>After a header: the next line tells the view.</summary>
        Pending,

        /// <summary>-W byline: the packet's lines as lines, each CR shown as a final <c>.</c>.</summary>
        ByLine,

        /// <summary>The default view: the packet on lines of 70 characters indented by two spaces, CR and LF as <c>.</c>.</summary>
        Wrapped,

        /// <summary>-W single: the packet on its header's line.</summary>
        Single,
    }

    /// <summary>Reads the input to its end, and waits until the output is written.</summary>
    /// <returns>The exit code.</returns>
    public int Run()
    {
        try
        {
            return Filter();
        }
        finally
        {
            _output.Complete();
        }
    }

    private int Filter()
    {
        _host.Out.Flush();
        int start = 0, end = 0;
        var overlong = false;
        while (true)
        {
            start = Lines(start, end, ref overlong);
            if (overlong || end - start > MaxLineLength)
            {
                overlong = true;
                start = end;
            }

            Emit(start);
            _output.Flush();
            if (start > 0)
            {
                Buffer.BlockCopy(_buffer, start, _buffer, 0, end - start);
                _status.Shift(start);
                _versionLine = -1;
                end -= start;
                _end = end;
                start = 0;
                _passFrom = 0;
            }

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
                if (end > 0 && !overlong)
                {
                    Line(0, end);
                }

                Emit(end);
                _output.Flush();
                return Program.Success;
            }

            end += read;
            _end = end;
        }
    }

    /// <summary>Writes out the input not yet written, up to <paramref name="to"/>, when lines pass through.</summary>
    private void Emit(int to)
    {
        if (!_onlyResponses && to > _passFrom)
        {
            _output.Write(_buffer.AsSpan(_passFrom, to - _passFrom));
        }

        _passFrom = to;
    }

    /// <summary>One line, from <paramref name="start"/> to <paramref name="end"/> with its line end if it has one.</summary>
    private void Line(int start, int end)
    {
        _lineNumber++;
        var contentEnd = end;
        var carriageReturn = false;
        if (contentEnd > start && _buffer[contentEnd - 1] == '\n')
        {
            contentEnd--;
            if (contentEnd > start && _buffer[contentEnd - 1] == '\r')
            {
                contentEnd--;
                carriageReturn = true;
            }
        }

        var content = new ReadOnlySpan<byte>(_buffer, start, contentEnd - start);
        if (!Formats(content, start, end))
        {
            return;
        }

        // ngrep -W byline shows each CR as a final '.': the line's own text is without it.
        var text = _ngrep == NgrepView.ByLine && !carriageReturn && content.Length > 0 && content[^1] == '.' ? content[..^1] : content;
        // A candidate that starts in the line lies wholly in it: no pattern holds a CR or LF.
        if (HasCandidate(start, contentEnd))
        {
            var kind = Find(text, out var found);
            if (kind != TraceFind.None)
            {
                _inSipfrag = false;
                if (kind == TraceFind.Response)
                {
                    _inHeaders = true;
                    _blockIsSipfrag = false;
                }

                Annotate(kind, start, contentEnd, end, found);
                return;
            }

            if (TraceFormats.IsRequestLine(text.TrimEnd(" \t"u8)))
            {
                _inHeaders = true;
                _blockIsSipfrag = false;
                _inSipfrag = false;
                return;
            }
        }

        var indent = text.IndexOfAnyExcept((byte)' ', (byte)'\t');
        var rest = indent < 0 ? default : text[indent..];
        if (_inHeaders)
        {
            Header(rest, start, contentEnd, end);
        }
        else if (_inSipfrag && indent >= 0 && !rest.SequenceEqual("Sipfrag"u8))
        {
            // tshark -V shows the body as "Sipfrag" and then its lines; any other first line is no status line.
            _inSipfrag = false;
        }
    }

    /// <summary>
    /// Lines that mark a format: ngrep's packet headers (and the lines of its wrapped views) and the separators of
    /// sipp's and sofia-sip's logs. False when the line is dealt with.
    /// </summary>
    private bool Formats(ReadOnlySpan<byte> content, int start, int end)
    {
        if (content.Length > 1 && content[1] == ' ' && content[0] is >= (byte)'A' and <= (byte)'Z' && TraceFormats.TryNgrepHeader(content, out var payload))
        {
            _inHeaders = false;
            _inSipfrag = false;
            _ngrep = payload >= 0 ? NgrepView.Single : NgrepView.Pending;
            if (payload >= 0 && TraceFormats.TryNgrepPayload(content[payload..], out var found))
            {
                Annotate(TraceFind.Response, start, start + content.Length, end, found);
            }

            return false;
        }

        switch (_ngrep)
        {
            case NgrepView.Pending when content.StartsWith("  "u8):
                _ngrep = NgrepView.Wrapped;
                if (TraceFormats.TryNgrepPayload(content[2..], out var first))
                {
                    Annotate(TraceFind.Response, start, start + content.Length, end, first);
                }

                return false;
            case NgrepView.Pending:
                _ngrep = NgrepView.ByLine;
                break;
            case NgrepView.Wrapped or NgrepView.Single when content.Length == 0 || content.StartsWith("  "u8):
                return false;
            case NgrepView.Wrapped or NgrepView.Single:
                _ngrep = NgrepView.None;
                break;
        }

        if (content.Length >= 10 && content[0] == '-' && content[..10].IndexOfAnyExcept((byte)'-') < 0)
        {
            _inHeaders = false;
            _inSipfrag = false;
            _ngrep = NgrepView.None;
            return false;
        }

        return true;
    }

    /// <summary>What the line holds: a tshark summary row by its own rules, any other line as plain SIP text.</summary>
    private TraceFind Find(ReadOnlySpan<byte> text, out FoundStatus found)
    {
        if (TraceFormats.TryTsharkRow(text, out var kind, out found))
        {
            return kind;
        }

        return TraceFormats.TryPlain(text, out found) ? (_inSipfrag ? TraceFind.Sipfrag : TraceFind.Response) : TraceFind.None;
    }

    /// <summary>A line in a header block: its end, a Reason or Warning header to annotate, or a sipfrag Content-Type.</summary>
    private void Header(ReadOnlySpan<byte> rest, int start, int contentEnd, int end)
    {
        if (rest.Length == 0 || rest.SequenceEqual("Message Body"u8))
        {
            // The blank line before the body (tshark -V: its "Message Body").
            _inHeaders = false;
            _inSipfrag = _blockIsSipfrag;
            _blockIsSipfrag = false;
            return;
        }

        switch (rest[0] | 0x20)
        {
            case 'r' or 'w' when TryHeaderValue(rest, out var header, out var value):
                HeaderLine(start, contentEnd, end, header, value);
                break;
            case 'c' when TraceFormats.IsSipfragContentType(rest):
                _blockIsSipfrag = true;
                break;
        }
    }

    /// <summary>A status line found: annotated in place, or its JSON line.</summary>
    private void Annotate(TraceFind kind, int start, int contentEnd, int end, FoundStatus found)
    {
        if (_json is not null)
        {
            _json.Response(_output, kind == TraceFind.Sipfrag ? "sipfrag" : "response", _lineNumber, _buffer.AsSpan(start, contentEnd - start), found);
            return;
        }

        if (_onlyResponses && kind != TraceFind.Response)
        {
            return;
        }

        Note(start, contentEnd, end, _notes.Status(found.Line.Code, kind == TraceFind.Sipfrag));
    }

    /// <summary>Writes a line with a note after its text: two spaces (fewer where the line ends in spaces), the note, the line end.</summary>
    private void Note(int start, int contentEnd, int end, ReadOnlySpan<byte> note)
    {
        if (_onlyResponses)
        {
            _output.Write(_buffer.AsSpan(start, contentEnd - start));
        }
        else
        {
            Emit(contentEnd);
        }

        var trailing = 0;
        while (trailing < 2 && contentEnd - trailing > start && _buffer[contentEnd - trailing - 1] is (byte)' ' or (byte)'\t')
        {
            trailing++;
        }

        // A coloured note starts with its colour, which the spaces take too.
        var colour = note.Length > 0 && note[0] == 0x1B ? note.IndexOf((byte)'m') + 1 : 0;
        _output.Write(note[..colour]);
        _output.Write("  "u8[trailing..]);
        _output.Write(note[colour..]);
        if (_onlyResponses)
        {
            _output.Write(_buffer.AsSpan(contentEnd, end - contentEnd));
        }
    }
}
