using System;
using SipStatus.Parsing;

namespace SipStatus;

public static partial class SipStatusCatalog
{
    /// <summary>
    /// Reads a status code written as in a status line: exactly three ASCII digits from 100 to 699, nothing before or
    /// after them (no sign, no space, no other script's digits such as <c>٤٨٦</c>). It is the status-line parser's own
    /// reading of the code, so a code this accepts is one <see cref="SipStatusLine.Parse(string)"/> accepts. Never
    /// throws; allocation-free.
    /// </summary>
    /// <param name="text">The text, for example <c>486</c>.</param>
    /// <param name="code">The code when the text is one (registered or not: <c>431</c> is read); otherwise 0.</param>
    /// <returns>Whether the text is a status code.</returns>
    public static bool TryParseCode(ReadOnlySpan<char> text, out int code) => TryParseCodeUnits(text, out code);

    /// <inheritdoc cref="TryParseCode(ReadOnlySpan{char}, out int)"/>
    /// <param name="text">The text, for example <c>486</c>; null is no code.</param>
    /// <param name="code">The code when the text is one (registered or not: <c>431</c> is read); otherwise 0.</param>
    public static bool TryParseCode(string? text, out int code) => TryParseCodeUnits(text.AsSpan(), out code);

    /// <summary>
    /// Reads a status code from UTF-8 (or ASCII) bytes, under the rule of
    /// <see cref="TryParseCode(ReadOnlySpan{char}, out int)"/>: exactly three ASCII digits from 100 to 699. Never
    /// throws; allocation-free.
    /// </summary>
    /// <param name="utf8">The bytes, for example <c>"486"u8</c>.</param>
    /// <param name="code">The code when the bytes are one; otherwise 0.</param>
    /// <returns>Whether the bytes are a status code.</returns>
    public static bool TryParseCode(ReadOnlySpan<byte> utf8, out int code) => TryParseCodeUnits(utf8, out code);

    private static bool TryParseCodeUnits<T>(ReadOnlySpan<T> text, out int code)
        where T : unmanaged
    {
        var value = StatusLineScanner.ThreeDigits(text);
        code = StatusLineScanner.IsCodeInRange(value) ? value : 0;
        return code != 0;
    }
}
