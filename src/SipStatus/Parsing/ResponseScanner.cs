using System;
using System.Collections.Generic;
using System.Runtime.InteropServices;

namespace SipStatus.Parsing;

/// <summary>The header fields a diagnosis keeps, collected by <see cref="ResponseScanner"/>.</summary>
internal struct ResponseHeaders
{
    public IReadOnlyList<SipReason>? Reasons;
    public List<SipReason>? MoreReasons;
    public IReadOnlyList<SipWarning>? Warnings;
    public List<SipWarning>? MoreWarnings;
    public bool RetryAfterSeen;
    public TimeSpan? RetryAfter;
    public string? Server;
    public string? UserAgent;
    public List<SipResponseProblem>? Problems;

    public void AddProblem(string header, int position, string description) =>
        (Problems ??= []).Add(new SipResponseProblem(header, position, description));
}

/// <summary>
/// Reads the header block of a SIP response (RFC 3261 section 7.3), once, from the line after the status line to the
/// first empty line (or the end of the input): each field is found with a vectorised search for its line end, a folded
/// continuation (a line that starts with SP or HTAB, section 7.3.1) belongs to the field before it, and only the fields
/// a diagnosis keeps (Reason, Warning, Retry-After, Server, User-Agent, names in any case; none of them has a compact
/// form in RFC 3261 section 7.3.3 or RFC 3326) are turned into strings. Every other field is skipped without a
/// string or a copy.
/// </summary>
internal static class ResponseScanner
{
    public const string Reason = "Reason";
    public const string Warning = "Warning";
    public const string RetryAfter = "Retry-After";
    private const string Server = "Server";
    private const string UserAgent = "User-Agent";

    /// <summary>Reads the fields of <paramref name="input"/> after its first line.</summary>
    public static ResponseHeaders Scan<T>(ReadOnlySpan<T> input)
        where T : unmanaged
    {
        var headers = default(ResponseHeaders);
        var lineStart = NextLine(input, 0);
        while (lineStart < input.Length)
        {
            var first = StatusLineScanner.At(input, lineStart);
            if (first == '\n' || (first == '\r' && lineStart + 1 < input.Length && StatusLineScanner.At(input, lineStart + 1) == '\n'))
            {
                break; // the empty line that ends the header block: the body is not read
            }

            var fieldEnd = FieldEnd(input, lineStart);
            if (first is 'r' or 'R' or 'w' or 'W' or 's' or 'S' or 'u' or 'U')
            {
                ReadField(input, lineStart, fieldEnd, ref headers);
            }

            lineStart = NextLine(input, fieldEnd);
        }

        return headers;
    }

    /// <summary>The offset just past the LF at or after <paramref name="from"/>, or the input's length.</summary>
    private static int NextLine<T>(ReadOnlySpan<T> input, int from)
        where T : unmanaged
    {
        var lf = IndexOfLineFeed(input.Slice(from));
        return lf < 0 ? input.Length : from + lf + 1;
    }

    /// <summary>The offset of the LF that ends the field starting at <paramref name="start"/> (after its folded lines), or the input's length.</summary>
    private static int FieldEnd<T>(ReadOnlySpan<T> input, int start)
        where T : unmanaged
    {
        var position = start;
        while (true)
        {
            var lf = IndexOfLineFeed(input.Slice(position));
            if (lf < 0)
            {
                return input.Length;
            }

            position += lf;
            if (position + 1 < input.Length && StatusLineScanner.At(input, position + 1) is ' ' or '\t')
            {
                position++;
                continue;
            }

            return position;
        }
    }

    private static int IndexOfLineFeed<T>(ReadOnlySpan<T> text)
        where T : unmanaged =>
        typeof(T) == typeof(byte) ? MemoryMarshal.Cast<T, byte>(text).IndexOf((byte)'\n') : MemoryMarshal.Cast<T, char>(text).IndexOf('\n');

    private static void ReadField<T>(ReadOnlySpan<T> input, int start, int end, ref ResponseHeaders headers)
        where T : unmanaged
    {
        // field-name, then HCOLON = *( SP / HTAB ) ":" SWS.
        var position = start;
        while (position < end && StatusLineScanner.At(input, position) is not (':' or ' ' or '\t' or '\r' or '\n'))
        {
            position++;
        }

        var name = input.Slice(start, position - start);
        while (position < end && StatusLineScanner.At(input, position) is ' ' or '\t')
        {
            position++;
        }

        if (position >= end || StatusLineScanner.At(input, position) != ':')
        {
            return; // not a header field: nothing to keep
        }

        var valueStart = position + 1;
        if (IsName(name, Reason))
        {
            var value = Trim(input, valueStart, end);
            if (HeaderFastPath.Reason(value) is { } reason)
            {
                Append(ref headers.Reasons, ref headers.MoreReasons, [reason]);
            }
            else
            {
                // Not one of the common shapes: the general reader, on the value unfolded once.
                var text = Value(input, valueStart, end);
                if (SipReason.TryParseAll(text, out var reasons))
                {
                    Append(ref headers.Reasons, ref headers.MoreReasons, reasons);
                }
                else
                {
                    headers.AddProblem(Reason, start, ReasonProblem(text));
                }
            }
        }
        else if (IsName(name, Warning))
        {
            var value = Trim(input, valueStart, end);
            if (HeaderFastPath.Warning(value, out var warning))
            {
                Append(ref headers.Warnings, ref headers.MoreWarnings, [warning]);
            }
            else
            {
                // Not one of the common shapes: the general reader, on the value unfolded once.
                var text = Value(input, valueStart, end);
                if (SipWarning.TryParseAll(text, out var warnings))
                {
                    Append(ref headers.Warnings, ref headers.MoreWarnings, warnings);
                }
                else
                {
                    headers.AddProblem(Warning, start, WarningProblem(text));
                }
            }
        }
        else if (IsName(name, RetryAfter))
        {
            if (!headers.RetryAfterSeen)
            {
                headers.RetryAfterSeen = true;
                if (RetryAfterReader.Read(input.Slice(valueStart, end - valueStart), out var seconds, out var offset, out var problem))
                {
                    headers.RetryAfter = TimeSpan.FromSeconds(seconds);
                }
                else
                {
                    headers.AddProblem(RetryAfter, valueStart + offset, problem);
                }
            }
        }
        else if (IsName(name, Server))
        {
            headers.Server ??= Value(input, valueStart, end);
        }
        else if (IsName(name, UserAgent))
        {
            headers.UserAgent ??= Value(input, valueStart, end);
        }
    }

    private static void Append<TItem>(ref IReadOnlyList<TItem>? first, ref List<TItem>? more, IReadOnlyList<TItem> items)
    {
        if (first is null)
        {
            first = items;
            return;
        }

        if (more is null)
        {
            more = [.. first];
            first = more;
        }

        more.AddRange(items);
    }

    /// <summary>What <see cref="SipReason.ParseAll"/> says is wrong with <paramref name="value"/>, and where in it.</summary>
    private static string ReasonProblem(string value)
    {
        try
        {
            SipReason.ParseAll(value);
            return "Not a valid Reason header value.";
        }
        catch (FormatException exception)
        {
            return exception.Message;
        }
    }

    /// <summary>What <see cref="SipWarning.ParseAll"/> says is wrong with <paramref name="value"/>, and where in it.</summary>
    private static string WarningProblem(string value)
    {
        try
        {
            SipWarning.ParseAll(value);
            return "Not a valid Warning header value.";
        }
        catch (FormatException exception)
        {
            return exception.Message;
        }
    }

    /// <summary>The units from <paramref name="start"/> to <paramref name="end"/> without the white space around them.</summary>
    private static ReadOnlySpan<T> Trim<T>(ReadOnlySpan<T> input, int start, int end)
        where T : unmanaged
    {
        while (start < end && IsWhiteSpace(StatusLineScanner.At(input, start)))
        {
            start++;
        }

        while (end > start && IsWhiteSpace(StatusLineScanner.At(input, end - 1)))
        {
            end--;
        }

        return input.Slice(start, end - start);
    }

    /// <summary>
    /// The value from <paramref name="start"/> to <paramref name="end"/> as a string: white space around it trimmed,
    /// and each line break of a folded line read with the white space after it as one SP (RFC 3261 section 7.3.1).
    /// </summary>
    private static string Value<T>(ReadOnlySpan<T> input, int start, int end)
        where T : unmanaged
    {
        var slice = Trim(input, start, end);
        var text = typeof(T) == typeof(byte) ? Utf8Text.Decode(MemoryMarshal.Cast<T, byte>(slice)) : MemoryMarshal.Cast<T, char>(slice).ToString();
        return IndexOfLineFeed(slice) < 0 ? text : Unfold(text);
    }

    private static string Unfold(string text)
    {
        var builder = new System.Text.StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '\r' or '\n')
            {
                while (i + 1 < text.Length && text[i + 1] is ' ' or '\t' or '\r' or '\n')
                {
                    i++;
                }

                builder.Append(' ');
                continue;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    private static bool IsWhiteSpace(int unit) => unit is ' ' or '\t' or '\r' or '\n';

    /// <summary>Whether <paramref name="name"/> spells <paramref name="expected"/> in any case (ASCII).</summary>
    internal static bool IsName<T>(ReadOnlySpan<T> name, string expected)
        where T : unmanaged
    {
        if (name.Length != expected.Length)
        {
            return false;
        }

        for (var i = 0; i < expected.Length; i++)
        {
            var unit = StatusLineScanner.At(name, i);
            var wanted = expected[i];
            if (unit != wanted && !(wanted is >= 'A' and <= 'Z' or >= 'a' and <= 'z' && (unit | 0x20) == (wanted | 0x20)))
            {
                return false;
            }
        }

        return true;
    }

}
