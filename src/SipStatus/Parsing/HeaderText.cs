using System.Text;

namespace SipStatus.Parsing;

/// <summary>The character rules of RFC 3261 section 25.1 that header values (Reason, Warning) share, read and written.</summary>
internal static class HeaderText
{
    /// <summary>RFC 3261 token characters: alphanum / "-" / "." / "!" / "%" / "*" / "_" / "+" / "`" / "'" / "~".</summary>
    public static bool IsTokenChar(char c) =>
        IsAlphanumeric(c) || c is '-' or '.' or '!' or '%' or '*' or '_' or '+' or '`' or '\'' or '~';

    /// <summary>Whether every character of <paramref name="text"/> is a token character (true for the empty text).</summary>
    public static bool IsToken(string text)
    {
        foreach (var c in text)
        {
            if (!IsTokenChar(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether <paramref name="c"/> is an ASCII letter or digit.</summary>
    public static bool IsAlphanumeric(char c) => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9');

    /// <summary>The characters a quoted string can carry only as a quoted-pair (RFC 3261 qdtext has no ASCII control but tab).</summary>
    public static bool NeedsEscape(char c) => (c < ' ' && c != '\t') || c == '\x7f';

    /// <summary>Whether <paramref name="text"/> holds a CR or LF, which a header cannot carry.</summary>
    public static bool HasLineBreak(string text) => text.IndexOf('\r') >= 0 || text.IndexOf('\n') >= 0;

    /// <summary>Appends <paramref name="text"/> as a quoted-string: quotes around it, a backslash before '"', '\' and controls.</summary>
    public static StringBuilder AppendQuoted(StringBuilder builder, string text)
    {
        builder.Append('"');
        foreach (var c in text)
        {
            if (c is '"' or '\\' || NeedsEscape(c))
            {
                builder.Append('\\');
            }

            builder.Append(c);
        }

        return builder.Append('"');
    }
}
