using System;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;

namespace SipStatus;

/// <summary>
/// The one excerpt routine: a short piece of an input, quoted in a message, that is safe to log and to show in a
/// terminal, whatever the input. Shared by the library (every exception message that quotes input) and the tool
/// (every message that shows an argument back), as source, so that both escape alike.
/// </summary>
internal static class Excerpts
{
    /// <summary>The units shown before the position an excerpt is about.</summary>
    private const int Before = 8;

    /// <summary>The units an excerpt shows unless told otherwise.</summary>
    public const int DefaultWidth = 24;

    /// <summary>A short, printable excerpt of a string, from its start.</summary>
    public static string Of(string text) => Around(text.AsSpan(), 0, DefaultWidth);

    /// <summary>A short, printable excerpt of a string around <paramref name="position"/>.</summary>
    public static string Of(string text, int position) => Around(text.AsSpan(), position, DefaultWidth);

    /// <summary>
    /// Up to <paramref name="width"/> units of <paramref name="text"/> (<c>char</c> or UTF-8 <c>byte</c>), starting
    /// at most eight units before <paramref name="position"/>, with <c>…</c> where text is left off at either end;
    /// safe to log and to show in a terminal: C0 and C1 controls, DEL, the bidi and invisible format characters
    /// (U+200B-U+200F, U+202A-U+202E, U+2066-U+2069, U+FEFF), the line and paragraph separators and lone surrogates
    /// escaped as <c>\uXXXX</c> (in UTF-8 input every non-ASCII byte as <c>\xXX</c>), <c>"</c> and <c>\</c> escaped
    /// with a backslash, and the window never splitting a surrogate pair. Numbers are written in the invariant culture.
    /// </summary>
    public static string Around<T>(ReadOnlySpan<T> text, int position, int width = DefaultWidth)
        where T : unmanaged
    {
        var bytes = typeof(T) == typeof(byte);
        var length = text.Length;
        var start = Math.Max(0, Math.Min(position, length) - Before);
        var end = Math.Min(length, start + width);
        if (!bytes && start > 0 && char.IsLowSurrogate((char)At(text, start)) && char.IsHighSurrogate((char)At(text, start - 1)))
        {
            start--;
        }

        if (!bytes && end < length && char.IsLowSurrogate((char)At(text, end)) && char.IsHighSurrogate((char)At(text, end - 1)))
        {
            end++;
        }

        var sb = new StringBuilder(width + 8);
        if (start > 0)
        {
            sb.Append('…');
        }

        for (var i = start; i < end; i++)
        {
            var unit = At(text, i);
            if (bytes ? unit < 0x20 || unit >= 0x7F : IsUnsafe(unit))
            {
                sb.Append(bytes ? "\\x" : "\\u").Append(unit.ToString(bytes ? "X2" : "X4", CultureInfo.InvariantCulture));
            }
            else if (!bytes && char.IsHighSurrogate((char)unit))
            {
                var low = i + 1 < end ? At(text, i + 1) : 0;
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

    /// <summary>The unit at <paramref name="index"/> as a number; the type test is a JIT-time constant.</summary>
    private static int At<T>(ReadOnlySpan<T> text, int index)
        where T : unmanaged =>
        typeof(T) == typeof(byte) ? MemoryMarshal.Cast<T, byte>(text)[index] : MemoryMarshal.Cast<T, char>(text)[index];

    /// <summary>Whether a UTF-16 unit could hide, reorder or break what a log or a terminal shows.</summary>
    private static bool IsUnsafe(int unit) =>
        unit < 0x20 || (unit >= 0x7F && unit <= 0x9F)
            || (unit >= 0x200B && unit <= 0x200F) || (unit >= 0x2028 && unit <= 0x202E)
            || (unit >= 0x2066 && unit <= 0x2069) || unit == 0xFEFF;
}
