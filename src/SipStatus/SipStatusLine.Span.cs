using System;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.InteropServices;
using SipStatus.Parsing;

namespace SipStatus;

// The span overloads exist on every target (netstandard2.0 has spans through System.Memory); only the interfaces that
// newer runtimes define are declared behind NET8_0_OR_GREATER.
public readonly partial struct SipStatusLine
#if NET8_0_OR_GREATER
    : ISpanFormattable, IUtf8SpanFormattable, ISpanParsable<SipStatusLine>, IUtf8SpanParsable<SipStatusLine>
#endif
{
    /// <summary>Parses a status line from characters.</summary>
    /// <param name="text">The line, with or without its line end, or the start of a whole message.</param>
    /// <returns>The status line.</returns>
    /// <exception cref="FormatException">The text is not a status line; the message says what is wrong and where.</exception>
    public static SipStatusLine Parse(ReadOnlySpan<char> text) => ParseOrThrow(text);

    /// <summary>Parses a status line from characters; never throws.</summary>
    /// <param name="text">The line, with or without its line end, or the start of a whole message.</param>
    /// <param name="line">The status line when the text is one; otherwise <c>default</c>.</param>
    /// <returns>Whether the text is a status line.</returns>
    public static bool TryParse(ReadOnlySpan<char> text, out SipStatusLine line) => TryParseUnits(text, out line, out LineFailure _);

    /// <summary>Parses a status line from characters, saying why not when they are none; never throws.</summary>
    /// <param name="text">The line, with or without its line end, or the start of a whole message.</param>
    /// <param name="line">The status line when the text is one; otherwise <c>default</c>.</param>
    /// <param name="error">
    /// Null when the text is a status line; otherwise what is wrong and where, with the message
    /// <see cref="Parse(ReadOnlySpan{char})"/> would throw.
    /// </param>
    /// <returns>Whether the text is a status line.</returns>
    public static bool TryParse(ReadOnlySpan<char> text, out SipStatusLine line, [NotNullWhen(false)] out SipStatusLineError? error) =>
        TryParseUnits(text, out line, out error);

    /// <summary>Parses a status line from UTF-8 bytes, as read off the wire.</summary>
    /// <param name="utf8">The line, with or without its line end, or the start of a whole message.</param>
    /// <returns>The status line.</returns>
    /// <exception cref="FormatException">The bytes are not a status line (including invalid UTF-8).</exception>
    public static SipStatusLine Parse(ReadOnlySpan<byte> utf8) => ParseOrThrow(utf8);

    /// <summary>Parses a status line from UTF-8 bytes, as read off the wire; never throws.</summary>
    /// <param name="utf8">The line, with or without its line end, or the start of a whole message.</param>
    /// <param name="line">The status line when the bytes are one; otherwise <c>default</c>.</param>
    /// <returns>Whether the bytes are a status line.</returns>
    public static bool TryParse(ReadOnlySpan<byte> utf8, out SipStatusLine line) => TryParseUnits(utf8, out line, out LineFailure _);

    /// <summary>Parses a status line from UTF-8 bytes, as read off the wire, saying why not when they are none; never throws.</summary>
    /// <param name="utf8">The line, with or without its line end, or the start of a whole message.</param>
    /// <param name="line">The status line when the bytes are one; otherwise <c>default</c>.</param>
    /// <param name="error">
    /// Null when the bytes are a status line; otherwise what is wrong and where (the position in bytes), with the
    /// message <see cref="Parse(ReadOnlySpan{byte})"/> would throw.
    /// </param>
    /// <returns>Whether the bytes are a status line.</returns>
    public static bool TryParse(ReadOnlySpan<byte> utf8, out SipStatusLine line, [NotNullWhen(false)] out SipStatusLineError? error) =>
        TryParseUnits(utf8, out line, out error);

    /// <summary>Writes the line as sent (no line end), as <see cref="ToString()"/> does, into <paramref name="destination"/>.</summary>
    /// <param name="destination">Where to write.</param>
    /// <param name="charsWritten">How many characters were written.</param>
    /// <param name="format">Empty, or <c>G</c> (or <c>g</c>), the general format.</param>
    /// <param name="provider">Ignored.</param>
    /// <returns>False when <paramref name="destination"/> is too small.</returns>
    /// <exception cref="FormatException"><paramref name="format"/> is neither empty nor <c>G</c>.</exception>
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format = default, IFormatProvider? provider = null)
    {
        CheckFormat(format);
        var version = Version;
        var phrase = ReasonPhrase;
        var codeEnd = version.Length + 1 + Digits(Code);
        var length = codeEnd + 1 + phrase.Length;
        if (length > destination.Length)
        {
            charsWritten = 0;
            return false;
        }

        version.AsSpan().CopyTo(destination);
        WriteCode(destination, version.Length, codeEnd);
        phrase.AsSpan().CopyTo(destination.Slice(codeEnd + 1));
        charsWritten = length;
        return true;
    }

    /// <summary>Writes the line as sent (no line end), as <see cref="ToString()"/> does, as UTF-8 into <paramref name="utf8Destination"/>.</summary>
    /// <param name="utf8Destination">Where to write.</param>
    /// <param name="bytesWritten">How many bytes were written.</param>
    /// <param name="format">Empty, or <c>G</c> (or <c>g</c>), the general format.</param>
    /// <param name="provider">Ignored.</param>
    /// <returns>False when <paramref name="utf8Destination"/> is too small.</returns>
    /// <exception cref="FormatException"><paramref name="format"/> is neither empty nor <c>G</c>.</exception>
    public bool TryFormat(Span<byte> utf8Destination, out int bytesWritten, ReadOnlySpan<char> format = default, IFormatProvider? provider = null)
    {
        CheckFormat(format);

        // The version and the code are ASCII (the parser and the constructor accept nothing else there): one byte a
        // character. The phrase may be any text.
        var version = Version;
        var codeEnd = version.Length + 1 + Digits(Code);
        if (codeEnd + 1 > utf8Destination.Length
            || !Utf8Text.TryEncode(ReasonPhrase, utf8Destination.Slice(codeEnd + 1), out var phraseBytes))
        {
            bytesWritten = 0;
            return false;
        }

        for (var i = 0; i < version.Length; i++)
        {
            Put(utf8Destination, i, version[i]);
        }

        WriteCode(utf8Destination, version.Length, codeEnd);
        bytesWritten = codeEnd + 1 + phraseBytes;
        return true;
    }

#if NET8_0_OR_GREATER
    static SipStatusLine IParsable<SipStatusLine>.Parse(string s, IFormatProvider? provider) => Parse(s);

    static bool IParsable<SipStatusLine>.TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out SipStatusLine result) =>
        TryParse(s, out result);

    static SipStatusLine ISpanParsable<SipStatusLine>.Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => Parse(s);

    static bool ISpanParsable<SipStatusLine>.TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out SipStatusLine result) =>
        TryParse(s, out result);

    static SipStatusLine IUtf8SpanParsable<SipStatusLine>.Parse(ReadOnlySpan<byte> utf8Text, IFormatProvider? provider) => Parse(utf8Text);

    static bool IUtf8SpanParsable<SipStatusLine>.TryParse(ReadOnlySpan<byte> utf8Text, IFormatProvider? provider, out SipStatusLine result) =>
        TryParse(utf8Text, out result);
#endif

    /// <summary>How many decimal digits <paramref name="code"/> has (0 for a <c>default</c> line, otherwise 100-699).</summary>
    private static int Digits(int code)
    {
        var digits = 1;
        for (var rest = code / 10; rest != 0; rest /= 10)
        {
            digits++;
        }

        return digits;
    }

    /// <summary>
    /// Writes a space at <paramref name="start"/>, the code's digits after it and a space at <paramref name="end"/>,
    /// where the digits stop; ASCII, as UTF-16 or UTF-8 units.
    /// </summary>
    private void WriteCode<T>(Span<T> destination, int start, int end)
        where T : unmanaged
    {
        Put(destination, start, ' ');
        var rest = Code;
        for (var i = end - 1; i > start; i--)
        {
            Put(destination, i, (char)('0' + (rest % 10)));
            rest /= 10;
        }

        Put(destination, end, ' ');
    }

    /// <summary>Writes the ASCII character <paramref name="c"/> as one unit; the type test is a JIT-time constant.</summary>
    private static void Put<T>(Span<T> destination, int index, char c)
        where T : unmanaged
    {
        if (typeof(T) == typeof(byte))
        {
            MemoryMarshal.Cast<T, byte>(destination)[index] = (byte)c;
        }
        else
        {
            MemoryMarshal.Cast<T, char>(destination)[index] = c;
        }
    }
}
