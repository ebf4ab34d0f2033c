using System;

namespace SipStatus.Cli;

/// <summary>
/// What the trace filter reads in a line that holds a candidate for a status or request line, kept by the line's
/// bytes: such lines repeat in a trace (every <c>SIP/2.0 200 OK</c>, a dialog's request lines), and a line read once
/// costs a hash and a comparison after that, its JSON included.
/// </summary>
internal sealed partial class TraceFilter
{
    private readonly TraceLineCache<CandidateLine> _candidates = new();

    /// <summary>
    /// What the line with <paramref name="content"/> holds, read from its <paramref name="text"/> (the content less
    /// the final <c>.</c> of ngrep's byline view when <paramref name="stripped"/>).
    /// </summary>
    private CandidateLine Candidate(ReadOnlySpan<byte> content, ReadOnlySpan<byte> text, bool stripped)
    {
        if (_candidates.TryGet(content, stripped, out var key, out var known))
        {
            return known;
        }

        var found = default(FoundStatus);
        TraceFind? row = TraceFormats.TryTsharkRow(text, out var rowKind, out found) ? rowKind : null;
        var plain = row is null && TraceFormats.TryPlain(text, out found);
        var request = (row ?? TraceFind.None) == TraceFind.None && !plain && TraceFormats.IsRequestLine(text.TrimEnd(" \t"u8));
        var line = new CandidateLine(row, plain, found, request);
        // A tshark row holds its frame number and time, so it does not repeat.
        if (row is null)
        {
            _candidates.Add(key, content, stripped, line);
        }

        return line;
    }

    /// <summary>
    /// A line read for a status or request line: a tshark summary row (<see cref="Row"/>: what it holds), or else a
    /// status line found in it as plain SIP text (<see cref="Plain"/>), or a request line (<see cref="Request"/>).
    /// </summary>
    private sealed class CandidateLine(TraceFind? row, bool plain, FoundStatus found, bool request)
    {
        public TraceFind? Row { get; } = row;

        public bool Plain { get; } = plain;

        public FoundStatus Found { get; } = found;

        public bool Request { get; } = request;

        /// <summary>The line's JSON from its text on (<see cref="TraceJson.ResponseFromText"/>), once it has been written.</summary>
        public byte[]? Json { get; set; }
    }
}
