using System;
using FluentAssertions;
using Xunit;

namespace SipStatus.Tests;

/// <summary>The phrase's encoding: every class of UTF-8 sequence in the byte overloads, surrogate pairs in the char overloads.</summary>
public class StatusLineUtf8Tests
{
    [Theory]
    [InlineData("C2A0", "\u00a0")]
    [InlineData("DFBF", "\u07ff")]
    [InlineData("E0A080", "\u0800")]
    [InlineData("E1BFBF", "\u1fff")]
    [InlineData("E282AC", "€")]
    [InlineData("ED9FBF", "\ud7ff")]
    [InlineData("EE8080", "\ue000")]
    [InlineData("EFBFBD", "\ufffd")]
    [InlineData("F0909080", "\ud801\udc00")]
    [InlineData("F09F939E", "📞")]
    [InlineData("F1808080", "\ud8c0\udc00")]
    [InlineData("F3BFBFBF", "\udbbf\udfff")]
    [InlineData("F48FBFBF", "\udbff\udfff")]
    public void Every_class_of_valid_UTF_8_sequence_is_accepted_and_decoded(string hex, string decoded)
    {
        var line = SipStatusLine.Parse(RefusedLines.Line(hex + "21"));
        line.ReasonPhrase.Should().Be("B " + decoded + "!");
    }

    [Theory]
    [InlineData("C285", "control character", 14)]    // U+0085, a C1 control
    [InlineData("C29F", "control character", 14)]    // U+009F, the last C1 control
    [InlineData("E0C080", "not valid UTF-8", 14)]    // second byte above its range
    [InlineData("E28241", "not valid UTF-8", 14)]    // bad third byte
    [InlineData("E2C2AC", "not valid UTF-8", 14)]    // second byte not a continuation
    [InlineData("F09F93", "not valid UTF-8", 14)]    // truncated four-byte sequence
    [InlineData("F09F4141", "not valid UTF-8", 14)]  // bad third byte of four
    [InlineData("F09F9341", "not valid UTF-8", 14)]  // bad fourth byte
    [InlineData("F5808080", "not valid UTF-8", 14)]  // no such lead byte
    [InlineData("C1BF", "not valid UTF-8", 14)]      // overlong two-byte
    [InlineData("F08F8080", "not valid UTF-8", 14)]  // overlong four-byte
    [InlineData("E282AC80", "not valid UTF-8", 17)]  // a stray continuation after a valid '€'
    [InlineData("F09F939E80", "not valid UTF-8", 18)] // a stray continuation after a valid four-byte character
    public void Invalid_or_control_UTF_8_is_refused_at_its_first_byte(string hex, string reason, int position)
    {
        RefusedLines.ByteError(RefusedLines.Line(hex)).Should().Contain(reason).And.Contain($"(position {position},");
    }

    [Fact]
    public void Surrogates_must_pair_in_the_char_overloads()
    {
        RefusedLines.CharError("SIP/2.0 486 B \udc00\udc00").Should().Contain("unpaired surrogate").And.Contain("(position 14,");
        RefusedLines.CharError("SIP/2.0 486 B \ud83d\udcde\ud83dx").Should().Contain("(position 16,");
        var phone = "SIP/2.0 486 B \ud83d\udcde";
        SipStatusLine.Parse(phone).ReasonPhrase.Should().Be("B 📞");
        RefusedLines.CharError(phone.AsSpan(0, phone.Length - 1)).Should().Contain("unpaired surrogate");
        RefusedLines.CharError("SIP/2.0 486 B \u009fx").Should().Contain("control character");
        SipStatusLine.Parse("SIP/2.0 486 B \u00a0x").ReasonPhrase.Should().Be("B \u00a0x");
    }
}
