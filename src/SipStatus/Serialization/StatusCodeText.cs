using System;
using System.Globalization;

namespace SipStatus.Serialization;

/// <summary>
/// A <see cref="SipStatusCode"/> as text: exactly three ASCII digits from 100 to 699 (RFC 3261 section 25.1,
/// <c>Status-Code = 3DIGIT</c>, with the range every SIP status code lies in). Registered or not: 499 is a status code.
/// </summary>
internal static class StatusCodeText
{
    /// <summary>Reads three ASCII digits from 100 to 699, nothing before or after them.</summary>
    public static bool TryParse(ReadOnlySpan<char> text, out SipStatusCode code)
    {
        var parsed = SipStatusCatalog.TryParseCode(text, out var value);
        code = (SipStatusCode)value;
        return parsed;
    }

    /// <summary>Reads the code as <see cref="TryParse"/> does, or throws the <see cref="FormatException"/> of <see cref="NotACode"/>.</summary>
    public static SipStatusCode Parse(string text) => TryParse(text.AsSpan(), out var code) ? code : throw new FormatException(NotACode(text));

    /// <summary>Whether a number is a status code: 100-699.</summary>
    public static bool IsInRange(long value) => value is >= SipStatusCatalog.MinCode and <= SipStatusCatalog.MaxCode;

    /// <summary>The three digits of a code in range; <see cref="OutOfRange"/> for any other value.</summary>
    public static string Format(SipStatusCode code) =>
        IsInRange((int)code) ? ((int)code).ToString(CultureInfo.InvariantCulture) : throw OutOfRange(code);

    /// <summary>Writes the three digits of a code in range (the caller checks the range) as UTF-8.</summary>
    public static void WriteDigits(int value, Span<byte> destination)
    {
        destination[0] = (byte)('0' + (value / 100));
        destination[1] = (byte)('0' + (value / 10 % 10));
        destination[2] = (byte)('0' + (value % 10));
    }

    /// <summary>The message for text that is not a status code, quoting only a short, escaped excerpt of it.</summary>
    public static string NotACode(string text) =>
        $"'{Excerpts.Of(text)}' is not a SIP status code: a status code is written as three digits from {Range}, for example 486.";

    /// <summary>The exception for writing a value outside 100-699: it would not read back.</summary>
    public static ArgumentOutOfRangeException OutOfRange(SipStatusCode code) =>
        SipStatusCatalog.OutOfRange((int)code, nameof(code));

    private static string Range => FormattableString.Invariant($"{SipStatusCatalog.MinCode} to {SipStatusCatalog.MaxCode}");
}
