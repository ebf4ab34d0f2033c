using System;
using System.Linq;
using System.Text;
using FluentAssertions;


namespace SipStatus.Tests;

/// <summary>The message a refused status line gives, after checking that TryParse refuses it too.</summary>
internal static class RefusedLines
{
    public static string CharError(ReadOnlySpan<char> text)
    {
        SipStatusLine.TryParse(text, out _).Should().BeFalse();
        try
        {
            SipStatusLine.Parse(text);
        }
        catch (FormatException e)
        {
            return e.Message;
        }

        throw new InvalidOperationException("Parse accepted what TryParse refused.");
    }

    public static string ByteError(ReadOnlySpan<byte> bytes)
    {
        SipStatusLine.TryParse(bytes, out _).Should().BeFalse();
        try
        {
            SipStatusLine.Parse(bytes);
        }
        catch (FormatException e)
        {
            return e.Message;
        }

        throw new InvalidOperationException("Parse accepted what TryParse refused.");
    }

    /// <summary>A status line of code 486 whose phrase is "B " and the bytes <paramref name="hex"/>.</summary>
    public static byte[] Line(string hex) => Encoding.ASCII.GetBytes("SIP/2.0 486 B ").Concat(Convert.FromHexString(hex)).ToArray();
}
