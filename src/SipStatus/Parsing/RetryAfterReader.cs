using System;

namespace SipStatus.Parsing;

/// <summary>
/// Reads a Retry-After header value (RFC 3261 section 25.1): <c>delta-seconds [ comment ] *( SEMI retry-param )</c>,
/// with <c>retry-param = ("duration" EQUAL delta-seconds) / generic-param</c> and <c>comment = LPAREN *(ctext /
/// quoted-pair / comment) RPAREN</c>, for example <c>120 (I'm in a meeting)</c> or <c>18000;duration=3600</c> (section
/// 20.33). Linear white space, folded lines included, is accepted around the parts. Allocates nothing but a refusal's
/// description.
/// </summary>
internal static class RetryAfterReader
{
    /// <summary>The most seconds a <see cref="TimeSpan"/> holds, whole.</summary>
    private const long MaxSeconds = 922_337_203_685;

    /// <summary>
    /// Reads <paramref name="value"/>; on a refusal, <paramref name="offset"/> is where in it the problem is and
    /// <paramref name="problem"/> what it is.
    /// </summary>
    public static bool Read<T>(ReadOnlySpan<T> value, out long seconds, out int offset, out string problem)
        where T : unmanaged
    {
        seconds = 0;
        problem = string.Empty;
        var position = SkipWhiteSpace(value, 0);
        var digitsStart = position;
        while (position < value.Length && StatusLineScanner.At(value, position) is >= '0' and <= '9' and var digit)
        {
            seconds = Math.Min((seconds * 10) + (digit - '0'), MaxSeconds + 1);
            position++;
        }

        if (position == digitsStart)
        {
            return Refuse(digitsStart, "Not a valid Retry-After header value: delta-seconds (one or more digits) expected", out offset, out problem);
        }

        if (seconds > MaxSeconds)
        {
            return Refuse(digitsStart, "Not a valid Retry-After header value: the number of seconds is too large for a TimeSpan", out offset, out problem);
        }

        position = SkipWhiteSpace(value, position);
        if (position < value.Length && StatusLineScanner.At(value, position) == '(')
        {
            var commentStart = position;
            position = SkipComment(value, position);
            if (position < 0)
            {
                return Refuse(commentStart, "Not a valid Retry-After header value: the comment is not closed", out offset, out problem);
            }

            position = SkipWhiteSpace(value, position);
        }

        while (position < value.Length)
        {
            if (StatusLineScanner.At(value, position) != ';')
            {
                return Refuse(position, "Not a valid Retry-After header value: a ';' and a parameter, or the end of the value, expected", out offset, out problem);
            }

            var parameterStart = position;
            position = SkipWhiteSpace(value, position + 1);
            var nameStart = position;
            position = SkipWhile(value, position, IsTokenUnit);
            if (position == nameStart)
            {
                return Refuse(parameterStart, "Not a valid Retry-After header value: a parameter name expected after ';'", out offset, out problem);
            }

            position = SkipWhiteSpace(value, position);
            if (position < value.Length && StatusLineScanner.At(value, position) == '=')
            {
                position = SkipWhiteSpace(value, position + 1);
                var valueStart = position;
                position = position < value.Length && StatusLineScanner.At(value, position) == '"'
                    ? SkipQuoted(value, position)
                    : SkipWhile(value, position, unit => IsTokenUnit(unit) || unit is ':' or '[' or ']');
                if (position <= valueStart)
                {
                    return Refuse(valueStart, "Not a valid Retry-After header value: a parameter value expected after '='", out offset, out problem);
                }

                position = SkipWhiteSpace(value, position);
            }
        }

        offset = 0;
        return true;
    }

    private static bool Refuse(int at, string description, out int offset, out string problem)
    {
        offset = at;
        problem = description + " at position " + at.ToString(System.Globalization.CultureInfo.InvariantCulture) + " of the value.";
        return false;
    }

    private static int SkipWhiteSpace<T>(ReadOnlySpan<T> value, int position)
        where T : unmanaged =>
        SkipWhile(value, position, unit => unit is ' ' or '\t' or '\r' or '\n');

    private static int SkipWhile<T>(ReadOnlySpan<T> value, int position, Func<int, bool> accept)
        where T : unmanaged
    {
        while (position < value.Length && accept(StatusLineScanner.At(value, position)))
        {
            position++;
        }

        return position;
    }

    /// <summary>The offset just past the comment that opens at <paramref name="position"/> (nested comments and quoted-pairs read), or -1 when it is not closed.</summary>
    private static int SkipComment<T>(ReadOnlySpan<T> value, int position)
        where T : unmanaged
    {
        var depth = 0;
        for (; position < value.Length; position++)
        {
            switch (StatusLineScanner.At(value, position))
            {
                case '(':
                    depth++;
                    break;
                case ')':
                    if (--depth == 0)
                    {
                        return position + 1;
                    }

                    break;
                case '\\':
                    position++;
                    break;
            }
        }

        return -1;
    }

    /// <summary>The offset just past the quoted string that opens at <paramref name="position"/>, or <paramref name="position"/> when it is not closed.</summary>
    private static int SkipQuoted<T>(ReadOnlySpan<T> value, int position)
        where T : unmanaged
    {
        for (var i = position + 1; i < value.Length; i++)
        {
            switch (StatusLineScanner.At(value, i))
            {
                case '"':
                    return i + 1;
                case '\\':
                    i++;
                    break;
            }
        }

        return position;
    }

    /// <summary>RFC 3261 token characters: alphanum / "-" / "." / "!" / "%" / "*" / "_" / "+" / "`" / "'" / "~".</summary>
    private static bool IsTokenUnit(int unit) =>
        unit is >= 'a' and <= 'z' or >= 'A' and <= 'Z' or >= '0' and <= '9' or '-' or '.' or '!' or '%' or '*' or '_' or '+' or '`' or '\'' or '~';
}
