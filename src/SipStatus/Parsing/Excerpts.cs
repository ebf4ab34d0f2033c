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

    /// <summary>A short, printable excerpt of a string around <paramref name="position"/>.</summary>
    public static string Of(string text, int position) => Around(text.AsSpan(), position);

    /// <summary>
    /// Up to <see cref="Width"/> units around <paramref name="position"/>, safe to log and to show in a terminal: C0
    /// and C1 controls, DEL, the bidi and invisible format characters (U+200B-U+200F, U+202A-U+202E, U+2066-U+2069,
    /// U+FEFF), the line and paragraph separators and lone surrogates escaped as <c>\uXXXX</c> (in UTF-8 input every
    /// non-ASCII byte as <c>\xXX</c>), <c>"</c> and <c>\</c> escaped with a backslash, and the window never splitting
    /// a surrogate pair.
    /// </summary>
    private static string Around<T>(ReadOnlySpan<T> text, int position)
        where T : unmanaged
    {
        var bytes = typeof(T) == typeof(byte);
        var length = text.Length;
        var start = Math.Max(0, Math.Min(position, length) - Before);
        var end = Math.Min(length, start + Width);
        if (!bytes && start > 0 && char.IsLowSurrogate((char)StatusLineScanner.At(text, start)) && char.IsHighSurrogate((char)StatusLineScanner.At(text, start - 1)))
        {
            start--;
        }

        if (!bytes && end < length && char.IsLowSurrogate((char)StatusLineScanner.At(text, end)) && char.IsHighSurrogate((char)StatusLineScanner.At(text, end - 1)))
        {
            end++;
        }

        var sb = new StringBuilder(Width + 8);
        if (start > 0)
        {
            sb.Append('…');
        }

        for (var i = start; i < end; i++)
        {
            var unit = StatusLineScanner.At(text, i);
            if (bytes ? unit < 0x20 || unit >= 0x7F : IsUnsafe(unit))
            {
                sb.Append(bytes ? "\\x" : "\\u").Append(unit.ToString(bytes ? "X2" : "X4", CultureInfo.InvariantCulture));
            }
            else if (!bytes && char.IsHighSurrogate((char)unit))
            {
                var low = i + 1 < end ? StatusLineScanner.At(text, i + 1) : 0;
                if (char.IsLowSurrogate((char)low))
                {
                    sb.Append((char)unit).Append((char)low);
                    i++;
                }
                else
                {
                    sb.Append("\\u").Append(unit.ToString("X4", CultureInfo.InvariantCulture));
                }
            }
            else if (!bytes && char.IsLowSurrogate((char)unit))
            {
                sb.Append("\\u").Append(unit.ToString("X4", CultureInfo.InvariantCulture));
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

    /// <summary>Whether a UTF-16 unit could hide, reorder or break what a log or a terminal shows.</summary>
    private static bool IsUnsafe(int unit) =>
        unit < 0x20 || (unit >= 0x7F && unit <= 0x9F)
            || (unit >= 0x200B && unit <= 0x200F) || (unit >= 0x2028 && unit <= 0x202E)
            || (unit >= 0x2066 && unit <= 0x2069) || unit == 0xFEFF;
}
