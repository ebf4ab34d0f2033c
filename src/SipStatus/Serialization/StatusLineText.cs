using System;
using System.Globalization;
using SipStatus.Parsing;

namespace SipStatus.Serialization;

/// <summary>
/// A <see cref="SipStatusLine"/> as a value (a JSON string, a configuration setting): the line alone, exactly as
/// <see cref="SipStatusLine.ToString()"/> writes it. <see cref="SipStatusLine.Parse(string)"/> also reads a line with
/// its line end or the start of a whole message; a value with a line break is refused here instead, so that nothing
/// after the line is dropped without a word.
/// </summary>
internal static class StatusLineText
{
    /// <summary>Parses the line alone.</summary>
    /// <exception cref="FormatException">The text holds a line break, or is not a status line.</exception>
    public static SipStatusLine Parse(string text)
    {
        var lineEnd = text.AsSpan().IndexOfAny('\r', '\n');
        return lineEnd < 0 ? SipStatusLine.Parse(text) : throw LineBreak(lineEnd, Excerpts.Of(text, lineEnd));
    }

    /// <summary>Parses the line alone from UTF-8, as <see cref="Parse(string)"/> does.</summary>
    /// <exception cref="FormatException">The bytes hold a line break, or are not a status line.</exception>
    public static SipStatusLine Parse(ReadOnlySpan<byte> utf8) =>
        utf8.IndexOfAny((byte)'\r', (byte)'\n') < 0 ? SipStatusLine.Parse(utf8) : Parse(Utf8Text.Decode(utf8));

    /// <summary>The text of a line; a <c>default</c> instance, which is not a status line, has none.</summary>
    /// <exception cref="InvalidOperationException"><paramref name="line"/> is a <c>default</c> instance.</exception>
    public static string Format(SipStatusLine line) =>
        line.Code != 0 ? line.ToString() : throw new InvalidOperationException("This SipStatusLine is a default instance, not a parsed or created status line: it has no text to write.");

    private static FormatException LineBreak(int position, string near) =>
        new($"Invalid SIP status line: a status line as a value is the line alone, without a line break (position {position.ToString(CultureInfo.InvariantCulture)}, near \"{near}\").");
}
