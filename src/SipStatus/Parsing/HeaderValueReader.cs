using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Diagnostics.CodeAnalysis;
using System.Text;

namespace SipStatus.Parsing;

/// <summary>
/// What the readers of comma-separated header values (Reason, Warning) share: the text and a position in it, RFC 3261
/// section 25.1's SWS (with folded lines), token, quoted-string and IPv6 reference, the comma list around the values,
/// and the error (a problem and its position) that becomes the <see cref="FormatException"/>. Never throws: on a
/// problem it returns false or null and keeps the position and a description for <see cref="Error"/>.
/// </summary>
/// <typeparam name="T">The value one header value (between commas) reads as.</typeparam>
internal abstract class HeaderValueReader<T>
{
    private readonly string _header;
    private readonly string _valueName;
    private int _errorPosition;
    private string _problem = string.Empty;

    /// <summary>Creates a reader of <paramref name="text"/>.</summary>
    /// <param name="text">The header value.</param>
    /// <param name="header">The header's name as messages give it, for example <c>Reason</c>.</param>
    /// <param name="valueName">One value as messages name it, for example <c>reason</c>.</param>
    protected HeaderValueReader(string text, string header, string valueName)
    {
        Text = text;
        _header = header;
        _valueName = valueName;
    }

    /// <summary>The header value.</summary>
    protected string Text { get; }

    /// <summary>The position of the next character to read.</summary>
    protected int Position { get; set; }

    /// <summary>Whether the whole text has been read.</summary>
    protected bool AtEnd => Position == Text.Length;

    /// <summary>The exception for the problem the reader stopped at.</summary>
    public FormatException Error() =>
        new(FormattableString.Invariant($"Not a valid {_header} header value: {_problem} at position {_errorPosition} (near \"{Excerpts.Of(Text, _errorPosition)}\")."));

    /// <summary>Reads one value, with white space around it, and nothing else.</summary>
    public bool TryReadSingle([MaybeNullWhen(false)] out T value)
    {
        SkipWhiteSpace();
        if (!TryReadValue(out value))
        {
            return false;
        }

        SkipWhiteSpace();
        if (!AtEnd)
        {
            value = default;
            return Fail($"the value lists more than one {_valueName} (use ParseAll)");
        }

        return true;
    }

    /// <summary>Reads one value, or throws the error.</summary>
    public T ReadSingle() => TryReadSingle(out var value) ? value : throw Error();

    /// <summary>Reads one or more values separated by commas, or returns null.</summary>
    public IReadOnlyList<T>? TryReadAll()
    {
        var values = new List<T>();
        SkipWhiteSpace();
        while (true)
        {
            if (!TryReadValue(out var value))
            {
                return null;
            }

            values.Add(value);
            SkipWhiteSpace();
            if (AtEnd)
            {
                return new ReadOnlyCollection<T>(values);
            }

            Position++; // TryReadValue stops only at the end or at a comma.
            SkipWhiteSpace();
        }
    }

    /// <summary>Reads one or more values separated by commas, or throws the error.</summary>
    public IReadOnlyList<T> ReadAll() => TryReadAll() ?? throw Error();

    /// <summary>
    /// Reads one value at the current position, which must stop at the end of the text or at a comma (or fail).
    /// </summary>
    protected abstract bool TryReadValue([MaybeNullWhen(false)] out T value);

    /// <summary>A token at the current position, or null (without an error) where there is none.</summary>
    protected string? ReadToken()
    {
        var start = Position;
        return SkipToken() ? Text.Substring(start, Position - start) : null;
    }

    /// <summary>Skips a token at the current position; false (without an error) where there is none.</summary>
    protected bool SkipToken()
    {
        var start = Position;
        while (!AtEnd && HeaderText.IsTokenChar(Text[Position]))
        {
            Position++;
        }

        return Position > start;
    }

    /// <summary>An IPv6 reference in brackets at the current '['.</summary>
    protected bool SkipIPv6Reference()
    {
        var close = Text.IndexOf(']', Position);
        if (close < 0 || close == Position + 1 || !IsIPv6(Position + 1, close))
        {
            return Fail("expected an IPv6 reference in brackets");
        }

        Position = close + 1;
        return true;
    }

    /// <summary>A quoted-string at the current '"': qdtext, LWS (a folded line reads as its white space) and quoted-pairs.</summary>
    protected string? ReadQuotedString()
    {
        var start = Position;
        Position++;
        var builder = new StringBuilder();
        while (!AtEnd)
        {
            var c = Text[Position];
            if (c == '"')
            {
                Position++;
                return builder.ToString();
            }

            if (c == '\\')
            {
                if (Position + 1 == Text.Length || Text[Position + 1] is '\r' or '\n' || Text[Position + 1] > '\x7f')
                {
                    return Fail<string>("a backslash in a quoted string must escape an ASCII character");
                }

                builder.Append(Text[Position + 1]);
                Position += 2;
                continue;
            }

            if (c is '\r' or '\n')
            {
                var fold = LineFoldLength(Position);
                if (fold == 0)
                {
                    return Fail<string>("a line break in a quoted string must be followed by white space");
                }

                Position += fold;
                continue;
            }

            if (HeaderText.NeedsEscape(c))
            {
                return Fail<string>("a quoted string may not hold a control character");
            }

            builder.Append(c);
            Position++;
        }

        return Fail<string>("the quoted string is not closed", start);
    }

    /// <summary>SWS: spaces and tabs, and line breaks (CRLF or LF) that fold onto a line starting with white space.</summary>
    protected void SkipWhiteSpace()
    {
        while (!AtEnd)
        {
            var c = Text[Position];
            if (c is ' ' or '\t')
            {
                Position++;
            }
            else if (LineFoldLength(Position) is var fold and > 0)
            {
                Position += fold;
            }
            else
            {
                return;
            }
        }
    }

    /// <summary>Keeps <paramref name="problem"/> at <paramref name="at"/> (the current position by default) for <see cref="Error"/>.</summary>
    /// <returns>False.</returns>
    protected bool Fail(string problem, int? at = null)
    {
        _problem = problem;
        _errorPosition = at ?? Position;
        return false;
    }

    /// <summary>Keeps <paramref name="problem"/> as <see cref="Fail(string, int?)"/> does.</summary>
    /// <returns>Null.</returns>
    protected TResult? Fail<TResult>(string problem, int? at = null)
        where TResult : class
    {
        Fail(problem, at);
        return null;
    }

    private bool IsIPv6(int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (!(Text[i] is (>= '0' and <= '9') or (>= 'a' and <= 'f') or (>= 'A' and <= 'F') or ':' or '.'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The length of a line break at <paramref name="at"/> that is followed by white space, or 0.</summary>
    private int LineFoldLength(int at)
    {
        var length = at + 1 < Text.Length && Text[at] == '\r' && Text[at + 1] == '\n' ? 2 : at < Text.Length && Text[at] == '\n' ? 1 : 0;
        return length > 0 && at + length < Text.Length && Text[at + length] is ' ' or '\t' ? length : 0;
    }
}
