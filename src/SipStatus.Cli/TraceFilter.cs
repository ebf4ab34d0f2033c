using System;
using System.IO;
using System.Runtime.CompilerServices;

namespace SipStatus.Cli;

/// <summary>
/// The trace filter: reads a SIP trace (sipp message logs, Kamailio and FreeSWITCH logs, sngrep's text export, ngrep,
/// tshark's summary, -V and -O sip) and writes every line back as it came, byte for byte, with each status line,
/// Reason header and Warning header it finds annotated with its meaning. The input comes in chunks of whole lines
/// (<see cref="TraceInput"/>), which a cheap look that needs no context (<see cref="TraceScan"/>) has gone through on
/// the machine's other cores, listing the few lines that may matter; the filter reads those closely, in order, keeps
/// what it learns from them (where a header block or an ngrep view starts and ends), passes the other lines through
/// in large pieces, and flushes before it waits for input, so it can sit at the end of <c>tail -f</c>. The formats'
/// rules are in <see cref="TraceFormats"/>.
/// </summary>
internal sealed partial class TraceFilter
{
    /// <summary>The longest line looked at; longer lines pass through unread.</summary>
    public const int MaxLineLength = 64 * 1024;

    private readonly CliHost _host;
    private readonly OutputSettings _settings;
    private readonly bool _onlyResponses;
    private readonly TraceOutput _output;
    private readonly TraceNotes _notes;
    private readonly TraceJson? _json;
    /// <summary>What Reason and Warning header lines give (<see cref="HeaderLine"/>), by the line's bytes.</summary>
    private readonly TraceLineCache<byte[]> _headerNotes = new();

    /// <summary>The bytes of the chunk being read closely.</summary>
    private ArraySegment<byte> _buffer;

    /// <summary>Where the input not yet written out starts in <see cref="_buffer"/>, when the filter passes lines through.</summary>
    private int _passFrom;
    private long _lineNumber;

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
        host.WidenOutput();
        _output = new TraceOutput(host.Output);
        _notes = new TraceNotes(host, settings);
        _json = settings.Json ? new TraceJson(host, settings.Language) : null;
    }

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

    /// <summary>Reads the input to its end, and writes out the output.</summary>
    /// <returns>The exit code.</returns>
    public int Run()
    {
        try
        {
            return Filter();
        }
        finally
        {
            _output.Flush();
        }
    }

    private int Filter()
    {
        _host.Out.Flush();
        using var input = new TraceInput(_host.Input, _readEveryLine);
        long lines = 0;
        while (true)
        {
            // What is gathered is written out before the filter waits for more input.
            var chunk = input.Next(wait: false);
            if (chunk is null)
            {
                _output.Flush();
                chunk = input.Next(wait: true)!;
            }

            if (chunk.Failure?.SourceException is IOException e)
            {
                _output.Flush();
                _host.Error.WriteLine(_settings.Messages.ReadFailed(e.Message));
                return Program.InvalidInput;
            }

            chunk.Failure?.Throw();

            _buffer = chunk.Buffer;
            _passFrom = 0;
            Walk(chunk, lines);
            Emit(chunk.End);
            lines += chunk.LineCount;
            var last = chunk.IsLast;
            input.Return(chunk);
            if (last)
            {
                _output.Flush();
                return Program.Success;
            }
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

    /// <summary>
    /// One line, from <paramref name="start"/> to <paramref name="end"/> with its line end if it has one, the
    /// <paramref name="lineNumber"/>th of the input; <paramref name="candidate"/> when the scan found a candidate for
    /// a status or request line in it.
    /// </summary>
    private void Line(int start, int end, long lineNumber, bool candidate)
    {
        _lineNumber = lineNumber;
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

        ReadOnlySpan<byte> content = _buffer.AsSpan(start, contentEnd - start);
        if (MayMarkFormat(content) && !Formats(content, start, end))
        {
            return;
        }

        // ngrep -W byline shows each CR as a final '.': the line's own text is without it.
        var stripped = _ngrep == NgrepView.ByLine && !carriageReturn && content.Length > 0 && content[^1] == '.';
        var text = stripped ? content[..^1] : content;
        if (candidate)
        {
            // A tshark summary row by its own rules, any other line as plain SIP text.
            var read = Candidate(content, text, stripped);
            var kind = read.Row ?? (read.Plain ? (_inSipfrag ? TraceFind.Sipfrag : TraceFind.Response) : TraceFind.None);
            if (kind != TraceFind.None)
            {
                _inSipfrag = false;
                if (kind == TraceFind.Response)
                {
                    _inHeaders = true;
                    _blockIsSipfrag = false;
                }

                Annotate(kind, start, contentEnd, end, read.Found, read);
                return;
            }

            if (read.Request)
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
    /// Whether the line with <paramref name="content"/> may be one that <see cref="Formats"/> deals with: in an ngrep
    /// view every line, else one that starts like an ngrep header (a capital and a space) or a separator (a dash).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool MayMarkFormat(ReadOnlySpan<byte> content) =>
        _ngrep != NgrepView.None || (content.Length > 1 && content[0] == '-') || TraceFormats.StartsLikeNgrepHeader(content);

    /// <summary>
    /// Lines that mark a format: ngrep's packet headers (and the lines of its wrapped views) and the separators of
    /// sipp's and sofia-sip's logs. False when the line is dealt with.
    /// </summary>
    private bool Formats(ReadOnlySpan<byte> content, int start, int end)
    {
        if (TraceFormats.TryNgrepHeader(content, out var payload))
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

    /// <summary>A status line found: annotated in place, or its JSON line (kept with the <paramref name="read"/> line, if any).</summary>
    private void Annotate(TraceFind kind, int start, int contentEnd, int end, FoundStatus found, CandidateLine? read = null)
    {
        if (_json is not null)
        {
            var content = _buffer.AsSpan(start, contentEnd - start);
            var json = read is null ? _json.ResponseFromText(content, found) : read.Json ??= _json.ResponseFromText(content, found);
            _json.Response(_output, kind == TraceFind.Sipfrag ? "sipfrag" : "response", _lineNumber, json);
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
