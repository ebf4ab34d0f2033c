#if NET8_0_OR_GREATER
using System;
using System.Diagnostics.CodeAnalysis;

namespace SipStatus;

public readonly partial struct SipStatusLine : ISpanFormattable, IUtf8SpanFormattable, ISpanParsable<SipStatusLine>, IUtf8SpanParsable<SipStatusLine>
{
    /// <summary>Parses a status line from characters.</summary>
    /// <param name="text">The line, with or without its line end, or the start of a whole message.</param>
    /// <returns>The status line.</returns>
    /// <exception cref="FormatException">The text is not a status line; the message says what is wrong and where.</exception>
    public static SipStatusLine Parse(ReadOnlySpan<char> text)
    {
        unsafe
        {
            fixed (char* chars = text)
            {
                return ParseOrThrow(chars, text.Length);
            }
        }
    }

    /// <summary>Parses a status line from characters; never throws.</summary>
    /// <param name="text">The line, with or without its line end, or the start of a whole message.</param>
    /// <param name="line">The status line when the text is one; otherwise <c>default</c>.</param>
    /// <returns>Whether the text is a status line.</returns>
    public static bool TryParse(ReadOnlySpan<char> text, out SipStatusLine line)
    {
        unsafe
        {
            fixed (char* chars = text)
            {
                return TryParse(chars, text.Length, out line);
            }
        }
    }

    /// <summary>Parses a status line from UTF-8 bytes, as read off the wire.</summary>
    /// <param name="utf8">The line, with or without its line end, or the start of a whole message.</param>
    /// <returns>The status line.</returns>
    /// <exception cref="FormatException">The bytes are not a status line (including invalid UTF-8).</exception>
    public static SipStatusLine Parse(ReadOnlySpan<byte> utf8)
    {
        unsafe
        {
            fixed (byte* bytes = utf8)
            {
                return ParseOrThrow(bytes, utf8.Length);
            }
        }
    }

    /// <summary>Parses a status line from UTF-8 bytes, as read off the wire; never throws.</summary>
    /// <param name="utf8">The line, with or without its line end, or the start of a whole message.</param>
    /// <param name="line">The status line when the bytes are one; otherwise <c>default</c>.</param>
    /// <returns>Whether the bytes are a status line.</returns>
    public static bool TryParse(ReadOnlySpan<byte> utf8, out SipStatusLine line)
    {
        unsafe
        {
            fixed (byte* bytes = utf8)
            {
                return TryParse(bytes, utf8.Length, out line);
            }
        }
    }

    /// <summary>Writes the line as sent (no line end), as <see cref="ToString()"/> does, into <paramref name="destination"/>.</summary>
    /// <param name="destination">Where to write.</param>
    /// <param name="charsWritten">How many characters were written.</param>
    /// <param name="format">Null or empty.</param>
    /// <param name="provider">Ignored.</param>
    /// <returns>False when <paramref name="destination"/> is too small.</returns>
    /// <exception cref="FormatException"><paramref name="format"/> is not empty.</exception>
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format = default, IFormatProvider? provider = null)
    {
        CheckFormat(format.Length, format.ToString());
        return destination.TryWrite(System.Globalization.CultureInfo.InvariantCulture, $"{Version} {Code} {ReasonPhrase}", out charsWritten);
    }

    /// <summary>Writes the line as sent (no line end), as <see cref="ToString()"/> does, as UTF-8 into <paramref name="utf8Destination"/>.</summary>
    /// <param name="utf8Destination">Where to write.</param>
    /// <param name="bytesWritten">How many bytes were written.</param>
    /// <param name="format">Null or empty.</param>
    /// <param name="provider">Ignored.</param>
    /// <returns>False when <paramref name="utf8Destination"/> is too small.</returns>
    /// <exception cref="FormatException"><paramref name="format"/> is not empty.</exception>
    public bool TryFormat(Span<byte> utf8Destination, out int bytesWritten, ReadOnlySpan<char> format = default, IFormatProvider? provider = null)
    {
        CheckFormat(format.Length, format.ToString());
        return System.Text.Unicode.Utf8.TryWrite(utf8Destination, System.Globalization.CultureInfo.InvariantCulture, $"{Version} {Code} {ReasonPhrase}", out bytesWritten);
    }

    static SipStatusLine IParsable<SipStatusLine>.Parse(string s, IFormatProvider? provider) => Parse(s);

    static bool IParsable<SipStatusLine>.TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out SipStatusLine result) =>
        TryParse(s, out result);

    static SipStatusLine ISpanParsable<SipStatusLine>.Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => Parse(s);

    static bool ISpanParsable<SipStatusLine>.TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out SipStatusLine result) =>
        TryParse(s, out result);

    static SipStatusLine IUtf8SpanParsable<SipStatusLine>.Parse(ReadOnlySpan<byte> utf8Text, IFormatProvider? provider) => Parse(utf8Text);

    static bool IUtf8SpanParsable<SipStatusLine>.TryParse(ReadOnlySpan<byte> utf8Text, IFormatProvider? provider, out SipStatusLine result) =>
        TryParse(utf8Text, out result);
}
#endif
