using System;
#if NETSTANDARD2_0
using System.Buffers;
#endif
using System.Text;

namespace SipStatus.Parsing;

/// <summary>
/// Strict UTF-8 validation (RFC 3629) of a reason phrase, which also refuses control characters; and UTF-8 decoding
/// and encoding over spans on every target.
/// </summary>
internal static class Utf8Text
{
    /// <summary>The text of well-formed UTF-8 <paramref name="utf8"/>.</summary>
    public static string Decode(ReadOnlySpan<byte> utf8)
    {
#if NETSTANDARD2_0
        // netstandard2.0's Encoding reads arrays (or pointers) only: decode from a pooled copy.
        var buffer = ArrayPool<byte>.Shared.Rent(utf8.Length);
        utf8.CopyTo(buffer);
        var text = Encoding.UTF8.GetString(buffer, 0, utf8.Length);
        ArrayPool<byte>.Shared.Return(buffer);
        return text;
#else
        return Encoding.UTF8.GetString(utf8);
#endif
    }

    /// <summary>
    /// Writes <paramref name="text"/> as UTF-8 to <paramref name="destination"/>; false, with nothing counted, when it
    /// does not fit.
    /// </summary>
    public static bool TryEncode(string text, Span<byte> destination, out int bytesWritten)
    {
        var length = Encoding.UTF8.GetByteCount(text);
        if (length > destination.Length)
        {
            bytesWritten = 0;
            return false;
        }

#if NETSTANDARD2_0
        // netstandard2.0's Encoding writes arrays (or pointers) only: encode into a pooled buffer and copy.
        var buffer = ArrayPool<byte>.Shared.Rent(length);
        bytesWritten = Encoding.UTF8.GetBytes(text, 0, text.Length, buffer, 0);
        buffer.AsSpan(0, bytesWritten).CopyTo(destination);
        ArrayPool<byte>.Shared.Return(buffer);
#else
        bytesWritten = Encoding.UTF8.GetBytes(text.AsSpan(), destination);
#endif
        return true;
    }

    /// <summary>
    /// The offset of the first byte that is not valid UTF-8 or starts a control character other than HTAB
    /// (C0, DEL or C1), or -1 when there is none.
    /// </summary>
    public static int FindInvalid(ReadOnlySpan<byte> text, out SipStatusLineErrorKind error)
    {
        var length = text.Length;
        var i = 0;
        while (i < length)
        {
            int b = text[i];
            if (b < 0x80)
            {
                if ((b < 0x20 && b != '\t') || b == 0x7F)
                {
                    error = SipStatusLineErrorKind.ControlCharacter;
                    return i;
                }

                i++;
                continue;
            }

            // The range of the second byte, and how many continuation bytes follow it.
            int low = 0x80, high = 0xBF, trailing;
            switch (b)
            {
                case >= 0xC2 and <= 0xDF:
                    trailing = 0;
                    break;
                case 0xE0:
                    low = 0xA0;
                    trailing = 1;
                    break;
                case 0xED:
                    high = 0x9F; // no UTF-16 surrogates
                    trailing = 1;
                    break;
                case >= 0xE1 and <= 0xEF:
                    trailing = 1;
                    break;
                case 0xF0:
                    low = 0x90;
                    trailing = 2;
                    break;
                case >= 0xF1 and <= 0xF3:
                    trailing = 2;
                    break;
                case 0xF4:
                    high = 0x8F; // nothing above U+10FFFF
                    trailing = 2;
                    break;
                default:
                    error = SipStatusLineErrorKind.InvalidUtf8;
                    return i;
            }

            if (i + 1 >= length || text[i + 1] < low || text[i + 1] > high)
            {
                error = SipStatusLineErrorKind.InvalidUtf8;
                return i;
            }

            if (b == 0xC2 && text[i + 1] <= 0x9F)
            {
                error = SipStatusLineErrorKind.ControlCharacter; // U+0080-U+009F, the C1 controls
                return i;
            }

            for (var k = 2; k < 2 + trailing; k++)
            {
                if (i + k >= length || (text[i + k] & 0xC0) != 0x80)
                {
                    error = SipStatusLineErrorKind.InvalidUtf8;
                    return i;
                }
            }

            i += 2 + trailing;
        }

        error = default;
        return -1;
    }
}

/// <summary>Validation of a reason phrase given as UTF-16.</summary>
internal static class Utf16Text
{
    /// <summary>
    /// The offset of the first control character other than HTAB, or of an unpaired surrogate, or -1 when there is none.
    /// </summary>
    public static int FindInvalid(ReadOnlySpan<char> text, out SipStatusLineErrorKind error)
    {
        var length = text.Length;
        for (var i = 0; i < length; i++)
        {
            var c = text[i];
            if (c < 0x20 ? c != '\t' : c is >= (char)0x7F and <= (char)0x9F)
            {
                error = SipStatusLineErrorKind.ControlCharacter;
                return i;
            }

            if (char.IsSurrogate(c))
            {
                if (char.IsHighSurrogate(c) && i + 1 < length && char.IsLowSurrogate(text[i + 1]))
                {
                    i++;
                    continue;
                }

                error = SipStatusLineErrorKind.UnpairedSurrogate;
                return i;
            }
        }

        error = default;
        return -1;
    }
}
