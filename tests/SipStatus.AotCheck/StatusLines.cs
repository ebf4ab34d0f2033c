using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using static SipStatus.AotCheck.Transcript;

namespace SipStatus.AotCheck;

/// <summary>SipStatusLine: parsed from a string, a span of characters, a byte array and a span of UTF-8; made, formatted, compared.</summary>
internal static class StatusLines
{
    private static readonly string[] s_lines =
    [
        "SIP/2.0 200 OK", "SIP/2.0 486 busy here", "SIP/2.0 480 Temporarily not available", "SIP/2.0 199 ",
        "SIP/2.0 431 Who Knows", "SIP/2.0 699 Custom Global", "SIP/3.14 100 Trying", "SIP/2.0 404 Niet gevonden (\u00e9\u00e8)",
        "SIP/2.0 503 Service Unavailable\tnow", "SIP/2.0 302  Moved Temporarily ", "SIP/2.0 200 OK \U0001F600",
    ];

    private static readonly string[] s_refused = ["", "SIP/2.0 4x6 Busy", "SIP/2.0 486", "SIP/2.0 486 Busy\r\nHere", "HTTP/1.1 200 OK"];

    public static void Write(Transcript transcript)
    {
        var lines = SipStatusCatalog.All.Select(info => $"SIP/2.0 {info.Value} {info.ReasonPhrase}").Concat(s_lines);
        foreach (var text in lines)
        {
            WriteLine(transcript, text);
        }

        foreach (var info in SipStatusCatalog.All)
        {
            var made = SipStatusLine.Create(info.Code);
            transcript.Line("create", $"{info.Value}: {Show(made.ToString())}, canonical {made.IsCanonicalReasonPhrase}, equals parsed {made == SipStatusLine.Parse(made.ToString())}");
        }

        transcript.Line("create", $"431: {Try(() => SipStatusLine.Create((SipStatusCode)431))}");
        transcript.Line("create", $"700: {Try(() => SipStatusLine.Create((SipStatusCode)700))}");

        var constructed = new (int Code, string? Phrase, string? Version)[]
        {
            (486, "Busy Here", "SIP/2.0"), (486, "Besetzt", "SIP/2.0"), (486, "", "SIP/2.0"), (599, " spaced ", "SIP/2.1"),
            (486, "Busy\r\nHere", "SIP/2.0"), (486, "Busy Here", "SIP/2"), (486, "Busy Here", "sip/2.0"), (700, "Too High", "SIP/2.0"),
            (99, "Too Low", "SIP/2.0"), (486, null, "SIP/2.0"), (486, "Busy Here", null),
        };
        foreach (var (code, phrase, version) in constructed)
        {
            transcript.Line("construct", $"{code} {Show(phrase)} {Show(version)}: {Try(() => new SipStatusLine(code, phrase!, version!))}");
        }

        // The generic parsing interfaces, whose members SipStatusLine implements explicitly: reachable only through a
        // type parameter constrained on them, as generic code (a parser of any IParsable<T>) calls them.
        foreach (var text in lines.Concat(s_refused))
        {
            transcript.Line("generic " + Show(text), ThroughInterfaces<SipStatusLine>(text));
        }

        transcript.Line("generic null", $"IParsable.TryParse {TryParseThrough<SipStatusLine>(null)}, IParsable.Parse {Try(() => ParseThrough<SipStatusLine>(null!))}");

        transcript.Line("construct", $"486 with the default version: {new SipStatusLine(486, "Busy Here")}");
        var empty = default(SipStatusLine);
        var made486 = new SipStatusLine();
        transcript.Line("default", $"Code {empty.Code}, Version {Show(empty.Version)}, ReasonPhrase {Show(empty.ReasonPhrase)}, Class {empty.Class}, Status {empty.Status}, Info {Show(empty.Info)}, canonical {Try(() => empty.IsCanonicalReasonPhrase)}");
        transcript.Line("default", $"ToString {Show(empty.ToString())}, equals new() {empty.Equals(made486)}, == {empty == made486}, hash equal {empty.GetHashCode() == made486.GetHashCode()}");
        transcript.Line("const", $"DefaultVersion {Show(SipStatusLine.DefaultVersion)}");
    }

    /// <summary>Every Parse and TryParse of <see cref="IParsable{TSelf}"/>, <see cref="ISpanParsable{TSelf}"/> and <see cref="IUtf8SpanParsable{TSelf}"/> on a text.</summary>
    private static string ThroughInterfaces<T>(string text)
        where T : ISpanParsable<T>, IUtf8SpanParsable<T>
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        var parsedString = T.TryParse(text, CultureInfo.InvariantCulture, out var fromString);
        var parsedChars = T.TryParse(text.AsSpan(), null, out var fromChars);
        var parsedBytes = T.TryParse((ReadOnlySpan<byte>)bytes, null, out var fromBytes);
        return $"IParsable.Parse {Try(() => T.Parse(text, CultureInfo.InvariantCulture))}, ISpanParsable.Parse {Try(() => T.Parse(text.AsSpan(), null))}, " +
            $"IUtf8SpanParsable.Parse {Try(() => T.Parse((ReadOnlySpan<byte>)bytes, null))}; " +
            $"TryParse {parsedString} {Show(fromString)}, {parsedChars} {Show(fromChars)}, {parsedBytes} {Show(fromBytes)}";
    }

    private static bool TryParseThrough<T>(string? text)
        where T : IParsable<T> => T.TryParse(text, null, out _);

    private static T ParseThrough<T>(string text)
        where T : IParsable<T> => T.Parse(text, null);

    private static void WriteLine(Transcript transcript, string text)
    {
        var section = "line " + Show(text);
        var bytes = Encoding.UTF8.GetBytes(text);
        var line = SipStatusLine.Parse(text);
        transcript.Line(section, $"Version {Show(line.Version)}, Code {line.Code}, Status {line.Status}, ReasonPhrase {Show(line.ReasonPhrase)}, Class {line.Class}");
        transcript.Line(section, $"Info {Show(line.Info?.ToString())}, IsCanonicalReasonPhrase {line.IsCanonicalReasonPhrase}, ToString {Show(line.ToString())}");

        var parsed = new List<SipStatusLine>
        {
            SipStatusLine.Parse(text.AsSpan()),
            SipStatusLine.Parse(bytes),
            SipStatusLine.Parse(bytes.AsSpan()),
        };
        var tries = new List<bool>
        {
            SipStatusLine.TryParse(text, out var a), SipStatusLine.TryParse(text, out var b, out var errorB),
            SipStatusLine.TryParse(text.AsSpan(), out var c), SipStatusLine.TryParse(text.AsSpan(), out var d, out var errorD),
            SipStatusLine.TryParse(bytes, out var e), SipStatusLine.TryParse(bytes, out var f, out var errorF),
            SipStatusLine.TryParse((ReadOnlySpan<byte>)bytes, out var g), SipStatusLine.TryParse((ReadOnlySpan<byte>)bytes, out var h, out var errorH),
        };
        parsed.AddRange([a, b, c, d, e, f, g, h]);
        var same = parsed.All(other => other == line && other.Equals(line) && other.Equals((object)line) && !(other != line) && other.GetHashCode() == line.GetHashCode());
        transcript.Line(section, $"every overload: parsed {tries.All(ok => ok)}, no error {errorB is null && errorD is null && errorF is null && errorH is null}, equal {same}");

        var chars = new char[text.Length + 4];
        var wroteChars = line.TryFormat(chars, out var charsWritten);
        var wroteG = line.TryFormat(chars, out var charsWrittenG, "G", null);
        var tooSmall = line.TryFormat(chars.AsSpan(0, text.Length - 1), out var charsWrittenSmall);
        transcript.Line(section, $"TryFormat chars {wroteChars} {Show(new string(chars, 0, charsWritten))}, \"G\" {wroteG} {charsWrittenG}, one short {tooSmall} {charsWrittenSmall}");

        var utf8 = new byte[bytes.Length + 4];
        var wroteBytes = line.TryFormat(utf8, out var bytesWritten);
        var wroteBytesG = line.TryFormat(utf8, out var bytesWrittenG, "g", null);
        var bytesTooSmall = line.TryFormat(utf8.AsSpan(0, bytes.Length - 1), out var bytesWrittenSmall);
        transcript.Line(section, $"TryFormat UTF-8 {wroteBytes} {Show(Encoding.UTF8.GetString(utf8, 0, bytesWritten))} same bytes {utf8.AsSpan(0, bytesWritten).SequenceEqual(bytes)}, \"g\" {wroteBytesG} {bytesWrittenG}, one short {bytesTooSmall} {bytesWrittenSmall}");
        transcript.Line(section, $"ToString(null) {Show(line.ToString(null, null))}, \"G\" {Show(line.ToString("G", null))}, \"X\" {Try(() => line.ToString("X", null))}, TryFormat \"X\" {Try(() => line.TryFormat(chars, out _, "X", null))}, UTF-8 \"N\" {Try(() => line.TryFormat(utf8, out _, "N", null))}");
        transcript.Line(section, $"interpolated {line}, string.Format {string.Format(System.Globalization.CultureInfo.InvariantCulture, "{0:G}", line)}");
    }
}
