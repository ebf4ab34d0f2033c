using System;
using System.Linq;
using System.Text;
using FluentAssertions;
using Xunit;

namespace SipStatus.Tests;

/// <summary>
/// Edges of the parser: input that ends exactly at a boundary (a slice of a longer buffer, so that reading one unit
/// too far would see a plausible character), every UTF-8 sequence class, and the exact wording of error messages.
/// </summary>
public class StatusLineEdgeTests
{
    private const string Full = "SIP/2.0 486 Busy Here";

    private static string CharError(ReadOnlySpan<char> text)
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

    private static string ByteError(ReadOnlySpan<byte> bytes)
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

    private static byte[] Line(string hex) => Encoding.ASCII.GetBytes("SIP/2.0 486 B ").Concat(Convert.FromHexString(hex)).ToArray();

    [Theory]
    [InlineData(3, "the SIP version must be", 3)]      // "SIP"
    [InlineData(5, "the SIP version must be", 5)]      // "SIP/2"
    [InlineData(7, "a single space must follow the SIP version", 7)] // "SIP/2.0"
    [InlineData(8, "exactly three ASCII digits", 8)]   // "SIP/2.0 "
    [InlineData(10, "exactly three ASCII digits", 10)] // "SIP/2.0 48"
    [InlineData(11, "a single space must follow the status code", 11)] // "SIP/2.0 486"
    public void A_slice_that_ends_early_is_judged_by_its_own_end(int length, string reason, int position)
    {
        var message = CharError(Full.AsSpan(0, length));
        message.Should().Contain(reason).And.Contain($"(position {position},");
        ByteError(Encoding.ASCII.GetBytes(Full).AsSpan(0, length)).Should().Be(message);
    }

    [Fact]
    public void A_slice_ending_after_the_separator_has_an_empty_phrase_even_if_a_space_follows_in_memory()
    {
        var line = SipStatusLine.Parse("SIP/2.0 486  Busy".AsSpan(0, 12));
        line.ReasonPhrase.Should().BeEmpty();
        SipStatusLine.Parse("SIP/2.0 486  Busy".AsSpan(0, 13)).ReasonPhrase.Should().Be(" ");
        SipStatusLine.Parse("SIP/2.0 486  Busy"u8[..13]).ReasonPhrase.Should().Be(" ");
        CharError("SIP/2.0  486".AsSpan(0, 8)).Should().Contain("exactly three ASCII digits").And.Contain("(position 8,");
    }

    [Fact]
    public void A_line_end_at_the_very_start_of_a_slice_is_an_empty_line()
    {
        CharError("\r\nSIP/2.0 200 OK".AsSpan(1)).Should().Contain("the input is empty");
        ByteError("\r\nSIP/2.0 200 OK"u8[1..]).Should().Contain("the input is empty");
    }

    [Theory]
    [InlineData("XIP/2.0 200 OK", 0)]
    [InlineData("SXP/2.0 200 OK", 1)]
    [InlineData("SIX/2.0 200 OK", 2)]
    [InlineData("SIP\\2.0 200 OK", 3)]
    [InlineData("SIP\u000f2.0 200 OK", 3)]
    public void Each_letter_of_SIP_and_the_slash_is_checked(string text, int position)
    {
        CharError(text).Should().Contain("the SIP version must be 'SIP/'").And.Contain($"(position {position},");
    }

    [Theory]
    [InlineData("SIP/2.0a 200 OK", "the SIP version must be 'SIP/'", 7)]
    [InlineData("SIP/2.0\u0001486 x", "a single space must follow the SIP version", 7)]
    [InlineData("SIP/2.0 486\u0001Busy", "a single space must follow the status code", 11)]
    [InlineData("SIP/2.0 486\u007fBusy", "a single space must follow the status code", 11)]
    [InlineData("SIP/2.0 486 \u0001Busy", "control character", 12)]
    public void A_bad_token_and_a_bad_separator_are_told_apart(string text, string reason, int position)
    {
        CharError(text).Should().Contain(reason).And.Contain($"(position {position},");
    }

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
        var line = SipStatusLine.Parse(Line(hex + "21"));
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
        ByteError(Line(hex)).Should().Contain(reason).And.Contain($"(position {position},");
    }

    [Fact]
    public void A_multi_byte_character_cut_by_the_end_of_a_slice_is_refused()
    {
        var bytes = Line("C3A9");
        SipStatusLine.Parse(bytes).ReasonPhrase.Should().Be("B é");
        ByteError(bytes.AsSpan(0, bytes.Length - 1)).Should().Contain("not valid UTF-8");
        var euro = Line("E282AC");
        ByteError(euro.AsSpan(0, euro.Length - 1)).Should().Contain("not valid UTF-8");
    }

    [Fact]
    public void Surrogates_must_pair_in_the_char_overloads()
    {
        CharError("SIP/2.0 486 B \udc00\udc00").Should().Contain("unpaired surrogate").And.Contain("(position 14,");
        CharError("SIP/2.0 486 B \ud83d\udcde\ud83dx").Should().Contain("(position 16,");
        var phone = "SIP/2.0 486 B \ud83d\udcde";
        SipStatusLine.Parse(phone).ReasonPhrase.Should().Be("B 📞");
        CharError(phone.AsSpan(0, phone.Length - 1)).Should().Contain("unpaired surrogate");
        CharError("SIP/2.0 486 B \u009fx").Should().Contain("control character");
        SipStatusLine.Parse("SIP/2.0 486 B \u00a0x").ReasonPhrase.Should().Be("B \u00a0x");
    }

    [Fact]
    public void Error_messages_quote_a_short_escaped_window_around_the_position()
    {
        CharError("SIP/2.0 4294967301 better not break the receiver").Should().Be(
            "Invalid SIP status line: the status code must be exactly three ASCII digits (position 11, near \"…/2.0 4294967301 better n…\").");
        CharError("SIP 2.0").Should().Be(
            "Invalid SIP status line: the SIP version must be 'SIP/' followed by digits, a dot and digits (position 3, near \"SIP 2.0\").");
        CharError("SIP/2.0 486 \"Busy\"\\\u0001 é\u0085").Should().Be(
            "Invalid SIP status line: the reason phrase holds a control character; only HTAB is allowed (position 19, near \"… \\\"Busy\\\"\\\\\\u0001 é\\u0085\").");
        ByteError(Line("C3A980")).Should().Be(
            "Invalid SIP status line: the reason phrase is not valid UTF-8 (position 16, near \"…486 B \\xC3\\xA9\\x80\").");
        ByteError("SIP/2.0 486 B\x1f x"u8).Should().Contain("near \"….0 486 B\\x1F x\"");
    }

    [Fact]
    public void Formatting_refuses_any_format_but_the_general_one()
    {
        var line = SipStatusLine.Create(SipStatusCode.Ok);
        var chars = new char[32];
        var bytes = new byte[32];
        FluentActions.Invoking(() => line.TryFormat(chars, out _, "x")).Should().Throw<FormatException>().WithMessage("'x' is not a format of SipStatusLine*");
        FluentActions.Invoking(() => line.TryFormat(bytes, out _, "x")).Should().Throw<FormatException>().WithMessage("'x' is not a format of SipStatusLine*");
        line.TryFormat(chars, out var written, default, null).Should().BeTrue();
        written.Should().Be("SIP/2.0 200 OK".Length);
    }

    [Fact]
    public void The_constructor_names_the_bad_part_in_its_message()
    {
        FluentActions.Invoking(() => new SipStatusLine(486, "Busy\u0001"))
            .Should().Throw<ArgumentException>().WithMessage("'Busy\\u0001' is not a valid reason phrase*").And.ParamName.Should().Be("reasonPhrase");
        FluentActions.Invoking(() => new SipStatusLine(486, "Busy", "SIP/x"))
            .Should().Throw<ArgumentException>().WithMessage("'SIP/x' is not a valid SIP version (SIP/<digits>.<digits>)*").And.ParamName.Should().Be("version");
        FluentActions.Invoking(() => new SipStatusLine(486, "Busy", null!))
            .Should().Throw<ArgumentNullException>().WithParameterName("version");
    }

    [Fact]
    public void Lines_that_differ_only_in_code_or_phrase_hash_differently()
    {
        var hashes = Enumerable.Range(480, 10).Select(c => new SipStatusLine(c, "X").GetHashCode())
            .Concat(new[] { "A", "B", "C" }.Select(p => new SipStatusLine(486, p).GetHashCode()))
            .Concat(new[] { new SipStatusLine(486, "A", "SIP/3.0").GetHashCode() });
        hashes.Should().OnlyHaveUniqueItems();
    }
}
