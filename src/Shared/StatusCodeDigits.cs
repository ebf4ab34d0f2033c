namespace SipStatus;

/// <summary>
/// The one reading of a status code's three digits (RFC 3261 section 25.1: <c>Status-Code = 3DIGIT</c>, and section
/// 7.2: the six classes 1xx to 6xx), shared by the library's parsers (the status line, the codes of the API, the
/// three-digit warn-code of RFC 3261 section 20.43) and the generator, which reads the codes of its tables by the same rule.
/// </summary>
internal static class StatusCodeDigits
{
    /// <summary>The lowest status code, 100.</summary>
    public const int Min = 100;

    /// <summary>The highest status code, 699.</summary>
    public const int Max = 699;

    /// <summary>The number three code units spell when each is an ASCII digit ('0' to '9'); -1 when one is not.</summary>
    public static int Value(int hundreds, int tens, int units)
    {
        hundreds -= '0';
        tens -= '0';
        units -= '0';
        return (uint)hundreds <= 9 && (uint)tens <= 9 && (uint)units <= 9 ? (hundreds * 100) + (tens * 10) + units : -1;
    }

    /// <summary>Whether <paramref name="value"/> is a status code's value, 100-699.</summary>
    public static bool IsInRange(int value) => value is >= Min and <= Max;
}
