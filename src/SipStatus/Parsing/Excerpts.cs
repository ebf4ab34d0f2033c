using System;
using System.Globalization;
using System.Text;

namespace SipStatus.Parsing;

/// <summary>Error messages that say what is wrong and where, quoting only a short, escaped excerpt of the input.</summary>
internal static class Excerpts
{
    private const int Before = 8;
    private const int Width = 24;

    /// <summary>The FormatException for a refused status line.</summary>
    public static FormatException Failure<T>(LineFailure failure, ReadOnlySpan<T> text)
        where T : unmanaged
    {
        var what = failure.Error switch
        {
            LineError.Empty => "the input is empty; a status line starts with the SIP version",
            LineError.Version => "the SIP version must be 'SIP/' followed by digits, a dot and digits",
            LineError.MissingSeparator => $"a single space must follow the {failure.Part}",
            LineError.DoubledSeparator => $"only one space may follow the {failure.Part}",
            LineError.CodeDigits => "the status code must be exactly three ASCII digits",
            LineError.CodeRange => "the status code must be from 100 to 699",
            LineError.ControlCharacter => "the reason phrase holds a control character; only HTAB is allowed",
            LineError.InvalidUtf8 => "the reason phrase is not valid UTF-8",
            _ => "the reason phrase holds an unpaired surrogate",
        };
        return new FormatException(
            $"Invalid SIP status line: {what} (position {failure.Position.ToString(CultureInfo.InvariantCulture)}, near \"{Around(text, failure.Position)}\").");
    }

    /// <summary>A short, printable excerpt of a string.</summary>
    public static string Of(string text) => Around(text.AsSpan(), 0);

    /// <summary>Up to <see cref="Width"/> units around <paramref name="position"/>, control and non-ASCII bytes escaped.</summary>
    private static string Around<T>(ReadOnlySpan<T> text, int position)
        where T : unmanaged
    {
        var length = text.Length;
        var start = Math.Max(0, Math.Min(position, length) - Before);
        var end = Math.Min(length, start + Width);
        var sb = new StringBuilder();
        if (start > 0)
        {
            sb.Append('…');
        }

        for (var i = start; i < end; i++)
        {
            var unit = StatusLineScanner.At(text, i);
            if (unit < 0x20 || unit == 0x7F || (typeof(T) == typeof(byte) && unit >= 0x80) || (unit >= 0x80 && unit <= 0x9F))
            {
                sb.Append(typeof(T) == typeof(byte) ? "\\x" : "\\u").Append(unit.ToString(typeof(T) == typeof(byte) ? "X2" : "X4", CultureInfo.InvariantCulture));
            }
            else if (unit == '"' || unit == '\\')
            {
                sb.Append('\\').Append((char)unit);
            }
            else
            {
                sb.Append((char)unit);
            }
        }

        if (end < length)
        {
            sb.Append('…');
        }

        return sb.ToString();
    }
}
