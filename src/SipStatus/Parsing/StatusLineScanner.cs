namespace SipStatus.Parsing;

/// <summary>
/// Reads an RFC 3261 section 25.1 Status-Line, <c>SIP-Version SP Status-Code SP Reason-Phrase</c>, from UTF-16
/// (<c>char</c>) or UTF-8 (<c>byte</c>) text: one implementation for both, specialised by the JIT for each unit type.
/// The scan stops at the first line end (LF or CRLF); it is linear in the input and allocates nothing.
/// </summary>
internal static unsafe class StatusLineScanner
{
    private const string VersionPart = "SIP version";
    private const string CodePart = "status code";
    private const string PhrasePart = "reason phrase";

    /// <summary>Scans <paramref name="length"/> units at <paramref name="text"/> (<c>char</c> or <c>byte</c>).</summary>
    public static LineFailure Scan<T>(T* text, int length, out LineLayout layout)
        where T : unmanaged
    {
        layout = default;
        var end = LineEnd(text, length);
        if (end == 0)
        {
            return new LineFailure(LineError.Empty, 0, VersionPart);
        }

        // SIP-Version = "SIP" "/" 1*DIGIT "." 1*DIGIT, "SIP" in any case (RFC 3261 section 7.1).
        if (end < 4 || (At(text, 0) | 0x20) != 's' || (At(text, 1) | 0x20) != 'i' || (At(text, 2) | 0x20) != 'p' || At(text, 3) != '/')
        {
            return new LineFailure(LineError.Version, FirstMismatch(text, end), VersionPart);
        }

        var i = Digits(text, 4, end);
        if (i == 4 || i >= end || At(text, i) != '.')
        {
            return new LineFailure(LineError.Version, i, VersionPart);
        }

        var minor = Digits(text, i + 1, end);
        if (minor == i + 1)
        {
            return new LineFailure(LineError.Version, minor, VersionPart);
        }

        if (minor >= end || At(text, minor) != ' ')
        {
            return minor >= end || IsControl(At(text, minor))
                ? new LineFailure(LineError.MissingSeparator, minor, VersionPart)
                : new LineFailure(LineError.Version, minor, VersionPart);
        }

        layout.VersionLength = minor;

        // SP Status-Code: exactly three ASCII digits, 100-699.
        var codeStart = minor + 1;
        if (codeStart < end && At(text, codeStart) == ' ')
        {
            return new LineFailure(LineError.DoubledSeparator, codeStart, VersionPart);
        }

        var codeEnd = Digits(text, codeStart, end);
        if (codeEnd - codeStart != 3)
        {
            return new LineFailure(LineError.CodeDigits, codeEnd - codeStart > 3 ? codeStart + 3 : codeEnd, CodePart);
        }

        var code = ((At(text, codeStart) - '0') * 100) + ((At(text, codeStart + 1) - '0') * 10) + (At(text, codeStart + 2) - '0');
        if (code is < SipStatusCatalog.MinCode or > SipStatusCatalog.MaxCode)
        {
            return new LineFailure(LineError.CodeRange, codeStart, CodePart);
        }

        layout.Code = code;

        // SP Reason-Phrase: may be empty; no control characters other than HTAB.
        if (codeEnd >= end || At(text, codeEnd) != ' ')
        {
            return new LineFailure(codeEnd >= end || IsControl(At(text, codeEnd)) ? LineError.MissingSeparator : LineError.CodeDigits, codeEnd, CodePart);
        }

        var phraseStart = codeEnd + 1;
        if (phraseStart < end && At(text, phraseStart) == ' ')
        {
            return new LineFailure(LineError.DoubledSeparator, phraseStart, CodePart);
        }

        var bad = typeof(T) == typeof(byte)
            ? Utf8Text.FindInvalid((byte*)text + phraseStart, end - phraseStart, out var phraseError)
            : Utf16Text.FindInvalid((char*)text + phraseStart, end - phraseStart, out phraseError);
        if (bad >= 0)
        {
            return new LineFailure(phraseError, phraseStart + bad, PhrasePart);
        }

        layout.PhraseStart = phraseStart;
        layout.PhraseLength = end - phraseStart;
        return default;
    }

    /// <summary>The unit at <paramref name="index"/> as a number; the type test is a JIT-time constant.</summary>
    public static int At<T>(T* text, int index)
        where T : unmanaged =>
        typeof(T) == typeof(byte) ? ((byte*)text)[index] : ((char*)text)[index];

    /// <summary>Whether the units at <paramref name="text"/> spell the ASCII string <paramref name="ascii"/>.</summary>
    public static bool EqualsAscii<T>(T* text, int length, string ascii)
        where T : unmanaged
    {
        if (length != ascii.Length)
        {
            return false;
        }

        for (var i = 0; i < length; i++)
        {
            if (At(text, i) != ascii[i])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The length of the first line: up to the first LF, less a CR just before it.</summary>
    private static int LineEnd<T>(T* text, int length)
        where T : unmanaged
    {
        for (var i = 0; i < length; i++)
        {
            if (At(text, i) == '\n')
            {
                return i > 0 && At(text, i - 1) == '\r' ? i - 1 : i;
            }
        }

        return length;
    }

    private static int Digits<T>(T* text, int start, int end)
        where T : unmanaged
    {
        var i = start;
        while (i < end && (uint)(At(text, i) - '0') <= 9)
        {
            i++;
        }

        return i;
    }

    private static int FirstMismatch<T>(T* text, int end)
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
}
