using System;

namespace SipStatus.Parsing;

/// <summary>
/// The shapes nearly every Reason and Warning value on the wire takes, read straight from the input without the
/// header value as a string: <c>Q.850;cause=17;text="User busy"</c> and <c>399 pbx.example.com "Callee is on another
/// call"</c>. Each accepts a strict subset of its grammar (no white space but the warning's two single spaces, no
/// folding, no quoted-pairs, printable ASCII text, one value, a Reason's parameters as written here in this order, a
/// warn-agent of token characters only, which RFC 3261 section 25.1 makes a valid pseudonym or host name), for which
/// the result is the one <see cref="SipReason.ParseAll"/> and <see cref="SipWarning.ParseAll"/> give; any other value
/// is left to them.
/// </summary>
internal static class HeaderFastPath
{
    /// <summary>Reads <c>protocol;cause=digits[;text="qdtext"]</c>, the whole of <paramref name="value"/>; null when it is anything else.</summary>
    public static SipReason? Reason<T>(ReadOnlySpan<T> value)
        where T : unmanaged
    {
        var position = Token(value, 0);
        if (position == 0 || !Literal(value, position, ";cause="))
        {
            return null;
        }

        var protocolEnd = position;
        position += ";cause=".Length;
        var digitsStart = position;
        var cause = 0;
        while (position < value.Length && position - digitsStart < 9 && StatusLineScanner.At(value, position) is >= '0' and <= '9' and var digit)
        {
            cause = (cause * 10) + (digit - '0');
            position++;
        }

        if (position == digitsStart)
        {
            return null;
        }

        string? text = null;
        if (position < value.Length)
        {
            if (!Literal(value, position, ";text=") || !Quoted(value, position + ";text=".Length, out var textStart, out var textEnd) || textEnd + 1 != value.Length)
            {
                return null;
            }

            text = Ascii(value.Slice(textStart, textEnd - textStart));
        }

        var protocol = value.Slice(0, protocolEnd);
        var name = ResponseScanner.IsName(protocol, SipReason.SipProtocol) ? SipReason.SipProtocol
            : ResponseScanner.IsName(protocol, SipReason.Q850Protocol) ? SipReason.Q850Protocol
            : Ascii(protocol);
        return new SipReason(name, cause, text);
    }

    /// <summary>Reads <c>DDD agent "qdtext"</c>, the whole of <paramref name="value"/>, with single spaces; false when it is anything else.</summary>
    public static bool Warning<T>(ReadOnlySpan<T> value, out SipWarning warning)
        where T : unmanaged
    {
        warning = default;
        if (value.Length < 8 || StatusLineScanner.At(value, 3) != ' ')
        {
            return false;
        }

        var code = StatusLineScanner.ThreeDigits(value.Slice(0, 3));
        var agentEnd = Token(value, 4);
        if (code < 0 || agentEnd == 4 || agentEnd >= value.Length || StatusLineScanner.At(value, agentEnd) != ' '
            || !Quoted(value, agentEnd + 1, out var textStart, out var textEnd) || textEnd + 1 != value.Length)
        {
            return false;
        }

        warning = new SipWarning(code, Ascii(value.Slice(4, agentEnd - 4)), Ascii(value.Slice(textStart, textEnd - textStart)));
        return true;
    }

    /// <summary>The end of the run of token characters from <paramref name="start"/>.</summary>
    private static int Token<T>(ReadOnlySpan<T> value, int start)
        where T : unmanaged
    {
        var position = start;
        while (position < value.Length && IsTokenUnit(StatusLineScanner.At(value, position)))
        {
            position++;
        }

        return position;
    }

    /// <summary>A quoted string at <paramref name="start"/> of printable ASCII without backslashes: where its text starts and its closing quote is.</summary>
    private static bool Quoted<T>(ReadOnlySpan<T> value, int start, out int textStart, out int textEnd)
        where T : unmanaged
    {
        textStart = start + 1;
        textEnd = -1;
        if (start >= value.Length || StatusLineScanner.At(value, start) != '"')
        {
            return false;
        }

        for (var i = textStart; i < value.Length; i++)
        {
            var unit = StatusLineScanner.At(value, i);
            if (unit == '"')
            {
                textEnd = i;
                return true;
            }

            if (unit is < 0x20 or > 0x7E or '\\')
            {
                return false;
            }
        }

        return false;
    }

    private static bool Literal<T>(ReadOnlySpan<T> value, int start, string literal)
        where T : unmanaged =>
        value.Length - start >= literal.Length && StatusLineScanner.EqualsAscii(value.Slice(start, literal.Length), literal);

    /// <summary>Printable ASCII units as a string.</summary>
    private static string Ascii<T>(ReadOnlySpan<T> text)
        where T : unmanaged =>
        typeof(T) == typeof(byte)
            ? Utf8Text.Decode(System.Runtime.InteropServices.MemoryMarshal.Cast<T, byte>(text))
            : System.Runtime.InteropServices.MemoryMarshal.Cast<T, char>(text).ToString();

    /// <summary>RFC 3261 token characters: alphanum / "-" / "." / "!" / "%" / "*" / "_" / "+" / "`" / "'" / "~".</summary>
    private static bool IsTokenUnit(int unit) =>
        unit is >= 'a' and <= 'z' or >= 'A' and <= 'Z' or >= '0' and <= '9' or '-' or '.' or '!' or '%' or '*' or '_' or '+' or '`' or '\'' or '~';
}
