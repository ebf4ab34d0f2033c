using System;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;

namespace SipStatus.Parsing;

/// <summary>
/// Reads an RFC 3261 section 25.1 Status-Line, <c>SIP-Version SP Status-Code SP Reason-Phrase</c>, from UTF-16
/// (<c>char</c>) or UTF-8 (<c>byte</c>) text: one implementation over <see cref="ReadOnlySpan{T}"/> for both,
/// specialised by the JIT for each unit type (the <c>typeof(T)</c> tests are JIT-time constants). Every read goes
/// through a span, so a wrong bound throws instead of reading past the input. The scan stops at the first line end
/// (LF or CRLF); it is linear in the input and allocates nothing.
/// </summary>
/// <remarks>
/// Only the two separators are fixed: exactly one SP after the version and one after the code. The phrase is everything
/// after the second, as the grammar lets it start with SP or HTAB (<c>SIP/2.0 200  OK</c> is 200 with the phrase
/// <c> OK</c>). Where this departs from the literal ABNF, it does so on purpose (README, "Status lines"): any printable
/// character is accepted in the phrase (<c>"</c>, <c>%</c> without two hex digits, ...), C1 controls and ill-formed
/// UTF-8 are refused, a bare LF or the end of the input also ends the line, and the code must be 100-699.
/// </remarks>
internal static class StatusLineScanner
{
    private const SipStatusLinePart VersionPart = SipStatusLinePart.Version;
    private const SipStatusLinePart CodePart = SipStatusLinePart.Code;
    private const SipStatusLinePart PhrasePart = SipStatusLinePart.ReasonPhrase;

    /// <summary>The shortest canonical line, <c>SIP/2.0 200 OK</c>.</summary>
    private const int ShortestCanonicalLine = 14;

    /// <summary>
    /// The canonical line of each registered code (<c>SIP/2.0 486 Busy Here</c>, as text and as UTF-8), indexed by
    /// the code; empty elsewhere.
    /// </summary>
    private static readonly CanonicalLine[] s_canonical = CreateCanonicalLines();

    /// <summary>
    /// The common case, recognised in one comparison: the input starts with the canonical line of a registered code
    /// (<c>SIP/2.0</c>, a space, the code, a space, exactly its registry phrase) and the line ends there - at the end
    /// of the input, LF or CRLF. Such a line is what <see cref="Scan"/> accepts with the registry phrase; for any
    /// other input this returns null and the caller scans in full, so it decides nothing the full scan would decide
    /// differently.
    /// </summary>
    public static SipStatusInfo? ScanCanonical<T>(ReadOnlySpan<T> text)
        where T : unmanaged
    {
        var length = text.Length;
        if (length < ShortestCanonicalLine)
        {
            return null;
        }

        // Whatever the three units are, this picks at most one candidate line, and comparing the whole line with it
        // checks them (and everything else) at once.
        var code = (At(text, 8) * 100) + (At(text, 9) * 10) + At(text, 10) - ('0' * 111);
        var canonical = s_canonical;
        if ((uint)code >= (uint)canonical.Length)
        {
            return null;
        }

        int end;
        if (typeof(T) == typeof(byte))
        {
            var utf8 = canonical[code].Utf8;
            end = utf8.Length;
            if (end == 0 || end > length || !MemoryMarshal.Cast<T, byte>(text).Slice(0, end).SequenceEqual(utf8))
            {
                return null;
            }
        }
        else
        {
            var chars = canonical[code].Text;
            end = chars.Length;
            if (end == 0 || end > length || !MemoryMarshal.Cast<T, char>(text).Slice(0, end).SequenceEqual(chars.AsSpan()))
            {
                return null;
            }
        }

        // The phrase must end the line: nothing after it, LF, or CRLF.
        var info = canonical[code].Info;
        if (end == length)
        {
            return info;
        }

        var next = At(text, end);
        return next == '\n' || (next == '\r' && end + 1 < length && At(text, end + 1) == '\n') ? info : null;
    }

    /// <summary>Scans <paramref name="text"/> (<c>char</c> or <c>byte</c> units).</summary>
    public static LineFailure Scan<T>(ReadOnlySpan<T> text, out LineLayout layout)
        where T : unmanaged
    {
        layout = default;
        var end = LineEnd(text);
        if (end == 0)
        {
            return new LineFailure(SipStatusLineErrorKind.Empty, 0, VersionPart);
        }

        // SIP-Version = "SIP" "/" 1*DIGIT "." 1*DIGIT, "SIP" in any case (RFC 3261 section 7.1).
        if (end < 4 || (At(text, 0) | 0x20) != 's' || (At(text, 1) | 0x20) != 'i' || (At(text, 2) | 0x20) != 'p' || At(text, 3) != '/')
        {
            return new LineFailure(SipStatusLineErrorKind.InvalidVersion, FirstMismatch(text, end), VersionPart);
        }

        var i = Digits(text, 4, end);
        if (i == 4 || i >= end || At(text, i) != '.')
        {
            return new LineFailure(SipStatusLineErrorKind.InvalidVersion, i, VersionPart);
        }

        var minor = Digits(text, i + 1, end);
        if (minor == i + 1)
        {
            return new LineFailure(SipStatusLineErrorKind.InvalidVersion, minor, VersionPart);
        }

        if (minor >= end || At(text, minor) != ' ')
        {
            return minor >= end || IsControl(At(text, minor))
                ? new LineFailure(SipStatusLineErrorKind.MissingSeparator, minor, VersionPart)
                : new LineFailure(SipStatusLineErrorKind.InvalidVersion, minor, VersionPart);
        }

        layout.VersionLength = minor;

        // SP Status-Code: exactly three ASCII digits, 100-699. A second SP here is refused: the code must follow the one SP.
        var codeStart = minor + 1;
        if (codeStart < end && At(text, codeStart) == ' ')
        {
            return new LineFailure(SipStatusLineErrorKind.DoubledSeparator, codeStart, VersionPart);
        }

        // The code is read by the one routine behind SipStatusCatalog.TryParseCode; the run of digits only places the
        // error (at the fourth digit of 4294967301, at the x of 4x6).
        var codeEnd = Digits(text, codeStart, end);
        var code = ThreeDigits(text.Slice(codeStart, codeEnd - codeStart));
        if (code < 0)
        {
            return new LineFailure(SipStatusLineErrorKind.InvalidCode, codeEnd - codeStart > 3 ? codeStart + 3 : codeEnd, CodePart);
        }

        if (!IsCodeInRange(code))
        {
            return new LineFailure(SipStatusLineErrorKind.CodeOutOfRange, codeStart, CodePart);
        }

        layout.Code = code;

        // SP Reason-Phrase: the one SP is the separator; whatever follows it is the phrase, which may be empty and may
        // itself start with SP or HTAB (Reason-Phrase = *(... / SP / HTAB)): "SIP/2.0 200  OK" has the phrase " OK".
        // No control characters other than HTAB.
        if (codeEnd >= end || At(text, codeEnd) != ' ')
        {
            return new LineFailure(codeEnd >= end || IsControl(At(text, codeEnd)) ? SipStatusLineErrorKind.MissingSeparator : SipStatusLineErrorKind.InvalidCode, codeEnd, CodePart);
        }

        var phraseStart = codeEnd + 1;
        var phrase = text.Slice(phraseStart, end - phraseStart);
        var bad = typeof(T) == typeof(byte)
            ? Utf8Text.FindInvalid(MemoryMarshal.Cast<T, byte>(phrase), out var phraseError)
            : Utf16Text.FindInvalid(MemoryMarshal.Cast<T, char>(phrase), out phraseError);
        if (bad >= 0)
        {
            return new LineFailure(phraseError, phraseStart + bad, PhrasePart);
        }

        layout.PhraseStart = phraseStart;
        layout.PhraseLength = end - phraseStart;
        return default;
    }

    /// <summary>
    /// The unit at <paramref name="index"/> as a number; the type test is a JIT-time constant, and an index outside
    /// <paramref name="text"/> throws.
    /// </summary>
    public static int At<T>(ReadOnlySpan<T> text, int index)
        where T : unmanaged =>
        typeof(T) == typeof(byte) ? MemoryMarshal.Cast<T, byte>(text)[index] : MemoryMarshal.Cast<T, char>(text)[index];

    /// <summary>
    /// The number that <paramref name="text"/> spells when it is exactly three ASCII digits (0-999); otherwise -1.
    /// The one reading of a status code, for the scanner and for <see cref="SipStatusCatalog.TryParseCode(ReadOnlySpan{char}, out int)"/>.
    /// </summary>
    public static int ThreeDigits<T>(ReadOnlySpan<T> text)
        where T : unmanaged
    {
        if (text.Length != 3)
        {
            return -1;
        }

        return StatusCodeDigits.Value(At(text, 0), At(text, 1), At(text, 2));
    }

    /// <summary>Whether <paramref name="code"/> is a status code's value, 100-699 (RFC 3261 section 7.2: six classes).</summary>
    public static bool IsCodeInRange(int code) => StatusCodeDigits.IsInRange(code);

    /// <summary>Whether <paramref name="text"/> spells the ASCII string <paramref name="ascii"/>.</summary>
    public static bool EqualsAscii<T>(ReadOnlySpan<T> text, string ascii)
        where T : unmanaged
    {
        if (text.Length != ascii.Length)
        {
            return false;
        }

        for (var i = 0; i < text.Length; i++)
        {
            if (At(text, i) != ascii[i])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The length of the first line: up to the first LF, less a CR just before it.</summary>
    private static int LineEnd<T>(ReadOnlySpan<T> text)
        where T : unmanaged
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (At(text, i) == '\n')
            {
                return i > 0 && At(text, i - 1) == '\r' ? i - 1 : i;
            }
        }

        return text.Length;
    }

    private static int Digits<T>(ReadOnlySpan<T> text, int start, int end)
        where T : unmanaged
    {
        var i = start;
        while (i < end && (uint)(At(text, i) - '0') <= 9)
        {
            i++;
        }

        return i;
    }

    private static int FirstMismatch<T>(ReadOnlySpan<T> text, int end)
        where T : unmanaged
    {
        const string Prefix = "sip/";
        var i = 0;
        for (; i < Prefix.Length; i++)
        {
            if (i >= end || (i < 3 ? At(text, i) | 0x20 : At(text, i)) != Prefix[i])
            {
                break;
            }
        }

        return i;
    }

    /// <summary>
    /// A control character (HTAB included) where a separator belongs is a separator problem, not a bad token.
    /// </summary>
    private static bool IsControl(int unit) => unit < 0x20 || unit == 0x7F;

    private static CanonicalLine[] CreateCanonicalLines()
    {
        var lines = new CanonicalLine[SipStatusCatalog.MaxCode + 1];
        for (var code = 0; code < lines.Length; code++)
        {
            lines[code] = SipStatusCatalog.Lookup(code) is { } info
                ? new CanonicalLine(info, $"{SipStatusLine.DefaultVersion} {code.ToString(CultureInfo.InvariantCulture)} {info.ReasonPhrase}")
                : new CanonicalLine(null, string.Empty);
        }

        return lines;
    }

    /// <summary>The canonical line of one code; for a code the registry does not know, empty, with no row.</summary>
    private readonly struct CanonicalLine
    {
        public CanonicalLine(SipStatusInfo? info, string text)
        {
            Info = info;
            Text = text;
            Utf8 = Encoding.UTF8.GetBytes(text);
        }

        public SipStatusInfo? Info { get; }

        public string Text { get; }

        public byte[] Utf8 { get; }
    }
}
