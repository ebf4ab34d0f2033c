using System;
using System.Linq;
using System.Text;
using FluentAssertions;
using Xunit;

namespace SipStatus.Tests;

/// <summary>
/// <see cref="SipStatusLineError"/>: what is wrong with a refused line, in which part and at which position (in the
/// input's own units), and a message that is the one <see cref="SipStatusLine.Parse(string)"/> throws.
/// </summary>
public class StatusLineErrorTests
{
    /// <summary>Wire inputs, each with the error it must give: kind, part and position (the first unit that is wrong).</summary>
    public static TheoryData<string, SipStatusLineErrorKind, SipStatusLinePart, int> Refusals => new()
    {
        { "", SipStatusLineErrorKind.Empty, SipStatusLinePart.Version, 0 },
        { "\r\nSIP/2.0 200 OK", SipStatusLineErrorKind.Empty, SipStatusLinePart.Version, 0 },
        { "HTTP/1.1 200 OK", SipStatusLineErrorKind.InvalidVersion, SipStatusLinePart.Version, 0 },
        { "SIP 2.0 200 OK", SipStatusLineErrorKind.InvalidVersion, SipStatusLinePart.Version, 3 },
        { "SIP/2 200 OK", SipStatusLineErrorKind.InvalidVersion, SipStatusLinePart.Version, 5 },
        { "SIP/2. 200 OK", SipStatusLineErrorKind.InvalidVersion, SipStatusLinePart.Version, 6 },
        { "SIP/2.0x 200 OK", SipStatusLineErrorKind.InvalidVersion, SipStatusLinePart.Version, 7 },
        { "SIP/2.0", SipStatusLineErrorKind.MissingSeparator, SipStatusLinePart.Version, 7 },
        { "SIP/2.0\t200 OK", SipStatusLineErrorKind.MissingSeparator, SipStatusLinePart.Version, 7 },
        { "SIP/2.0  486 Busy Here", SipStatusLineErrorKind.DoubledSeparator, SipStatusLinePart.Version, 8 },
        { "SIP/2.0 4x6 Busy", SipStatusLineErrorKind.InvalidCode, SipStatusLinePart.Code, 9 },
        { "SIP/2.0 48 Busy", SipStatusLineErrorKind.InvalidCode, SipStatusLinePart.Code, 10 },
        { "SIP/2.0 4294967301 x", SipStatusLineErrorKind.InvalidCode, SipStatusLinePart.Code, 11 },
        { "SIP/2.0 486Busy Here", SipStatusLineErrorKind.InvalidCode, SipStatusLinePart.Code, 11 },
        { "SIP/2.0 099 x", SipStatusLineErrorKind.CodeOutOfRange, SipStatusLinePart.Code, 8 },
        { "SIP/2.0 700 x", SipStatusLineErrorKind.CodeOutOfRange, SipStatusLinePart.Code, 8 },
        { "SIP/2.0 486", SipStatusLineErrorKind.MissingSeparator, SipStatusLinePart.Code, 11 },
        { "SIP/2.0 486\r\n", SipStatusLineErrorKind.MissingSeparator, SipStatusLinePart.Code, 11 },
        { "SIP/2.0 486\tBusy Here", SipStatusLineErrorKind.MissingSeparator, SipStatusLinePart.Code, 11 },
        { "SIP/2.0 486 Busy\rHere", SipStatusLineErrorKind.ControlCharacter, SipStatusLinePart.ReasonPhrase, 16 },
        { "SIP/2.0 486 Busy Here\u007F", SipStatusLineErrorKind.ControlCharacter, SipStatusLinePart.ReasonPhrase, 21 },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public void Each_refusal_names_its_kind_part_and_position_through_every_overload(string text, SipStatusLineErrorKind kind, SipStatusLinePart part, int position)
    {
        var utf8 = Encoding.UTF8.GetBytes(text); // ASCII: the same positions in bytes
        var errors = new SipStatusLineError?[4];
        SipStatusLine.TryParse(text, out var line, out errors[0]).Should().BeFalse();
        line.Should().Be(default(SipStatusLine));
        SipStatusLine.TryParse(text.AsSpan(), out _, out errors[1]).Should().BeFalse();
        SipStatusLine.TryParse(utf8, out _, out errors[2]).Should().BeFalse();
        SipStatusLine.TryParse(utf8.AsSpan(), out _, out errors[3]).Should().BeFalse();
        foreach (var error in errors)
        {
            error.Should().NotBeNull();
            error!.Kind.Should().Be(kind);
            error.Part.Should().Be(part);
            error.Position.Should().Be(position);
        }
    }

    [Theory]
    [MemberData(nameof(Refusals))]
    public void Parse_throws_the_message_of_the_error(string text, SipStatusLineErrorKind kind, SipStatusLinePart part, int position)
    {
        _ = (kind, part, position);
        SipStatusLine.TryParse(text, out _, out var error).Should().BeFalse();
        error!.ToString().Should().Be(error.Message);
        error.Message.Should().StartWith("Invalid SIP status line: " + error.Description)
            .And.EndWith($" (position {position}, near \"{error.Excerpt}\").");

        FluentActions.Invoking(() => SipStatusLine.Parse(text)).Should().Throw<FormatException>().Which.Message.Should().Be(error.Message);
        FluentActions.Invoking(() => SipStatusLine.Parse(text.AsSpan())).Should().Throw<FormatException>().Which.Message.Should().Be(error.Message);
        var utf8 = Encoding.UTF8.GetBytes(text);
        SipStatusLine.TryParse(utf8, out _, out var byteError).Should().BeFalse();
        FluentActions.Invoking(() => SipStatusLine.Parse(utf8)).Should().Throw<FormatException>().Which.Message.Should().Be(byteError!.Message);
        FluentActions.Invoking(() => SipStatusLine.Parse(utf8.AsSpan())).Should().Throw<FormatException>().Which.Message.Should().Be(byteError.Message);
    }

    [Fact]
    public void The_message_says_what_is_wrong_where_and_quotes_an_escaped_excerpt()
    {
        SipStatusLine.TryParse("SIP/2.0 4294967301 better not break the receiver", out _, out var error).Should().BeFalse();
        error!.Message.Should().Be(
            "Invalid SIP status line: the status code must be exactly three ASCII digits (position 11, near \"…/2.0 4294967301 better n…\").");
        error.Description.Should().Be("the status code must be exactly three ASCII digits");
        error.Excerpt.Should().Be("…/2.0 4294967301 better n…", "eight characters before the position, 24 in all");

        SipStatusLine.TryParse("SIP/2.0 486 \"Busy\"\u202E\r", out _, out error).Should().BeFalse();
        error!.Kind.Should().Be(SipStatusLineErrorKind.ControlCharacter);
        error.Excerpt.Should().Be("… \\\"Busy\\\"\\u202E\\u000D");

        SipStatusLine.TryParse("SIP/2.0 486", out _, out error).Should().BeFalse();
        error!.Description.Should().Be("a single space must follow the status code");
        SipStatusLine.TryParse("SIP/2.0", out _, out error).Should().BeFalse();
        error!.Description.Should().Be("a single space must follow the SIP version");
        SipStatusLine.TryParse("SIP/2.0  486 Busy Here", out _, out error).Should().BeFalse();
        error!.Description.Should().Be("only one space may follow the SIP version");
    }

    [Fact]
    public void The_position_counts_the_inputs_own_units_characters_or_bytes()
    {
        // "é" is one character and two bytes: the CR after it is character 18 and byte 19.
        const string Text = "SIP/2.0 486 Occupé\r";
        SipStatusLine.TryParse(Text, out _, out var error).Should().BeFalse();
        error!.Position.Should().Be(18);
        SipStatusLine.TryParse(Encoding.UTF8.GetBytes(Text), out _, out error).Should().BeFalse();
        error!.Position.Should().Be(19);
        error.Kind.Should().Be(SipStatusLineErrorKind.ControlCharacter);
        error.Excerpt.Should().Be("… Occup\\xC3\\xA9\\x0D", "UTF-8 input is quoted byte by byte");
    }

    [Fact]
    public void Bad_UTF_8_and_unpaired_surrogates_are_refused_at_their_first_unit()
    {
        var truncated = Encoding.ASCII.GetBytes("SIP/2.0 486 Occup").Concat(new byte[] { 0xC3 }).ToArray();
        SipStatusLine.TryParse(truncated, out _, out var error).Should().BeFalse();
        (error!.Kind, error.Part, error.Position).Should().Be((SipStatusLineErrorKind.InvalidUtf8, SipStatusLinePart.ReasonPhrase, 17));
        error.Description.Should().Be("the reason phrase is not valid UTF-8");

        var c1 = Encoding.ASCII.GetBytes("SIP/2.0 486 Busy").Concat(new byte[] { 0xC2, 0x85 }).ToArray(); // U+0085, a C1 control
        SipStatusLine.TryParse(c1, out _, out error).Should().BeFalse();
        (error!.Kind, error.Position).Should().Be((SipStatusLineErrorKind.ControlCharacter, 16));

        SipStatusLine.TryParse("SIP/2.0 486 Bu" + '\uD800' + "sy", out _, out error).Should().BeFalse();
        (error!.Kind, error.Part, error.Position).Should().Be((SipStatusLineErrorKind.UnpairedSurrogate, SipStatusLinePart.ReasonPhrase, 14));
        error.Description.Should().Be("the reason phrase holds an unpaired surrogate");
        error.Excerpt.Should().Contain("\\uD800");
    }

    [Fact]
    public void Null_is_refused_as_an_empty_input()
    {
        SipStatusLine.TryParse((string?)null, out var line, out var error).Should().BeFalse();
        line.Should().Be(default(SipStatusLine));
        (error!.Kind, error.Part, error.Position, error.Excerpt).Should().Be((SipStatusLineErrorKind.Empty, SipStatusLinePart.Version, 0, string.Empty));
        error.Message.Should().Be("Invalid SIP status line: the input is empty; a status line starts with the SIP version (position 0, near \"\").");
        SipStatusLine.TryParse((byte[]?)null, out _, out error).Should().BeFalse();
        error!.Kind.Should().Be(SipStatusLineErrorKind.Empty);
    }

    [Theory]
    [InlineData("SIP/2.0 486 Busy Here")]
    [InlineData("SIP/2.0 486 Busy Here\r\nVia: SIP/2.0/UDP host\r\n")]
    [InlineData("sip/3.10 431 Something New")]
    [InlineData("SIP/2.0 200  OK")]
    public void A_status_line_gives_no_error_and_the_line_the_other_overloads_give(string text)
    {
        var utf8 = Encoding.UTF8.GetBytes(text);
        SipStatusLine.TryParse(text, out var line, out var error).Should().BeTrue();
        error.Should().BeNull();
        line.Should().Be(SipStatusLine.Parse(text));
        SipStatusLine.TryParse(text.AsSpan(), out line, out error).Should().BeTrue();
        (line, error).Should().Be((SipStatusLine.Parse(text), (SipStatusLineError?)null));
        SipStatusLine.TryParse(utf8, out line, out error).Should().BeTrue();
        (line, error).Should().Be((SipStatusLine.Parse(text), (SipStatusLineError?)null));
        SipStatusLine.TryParse(utf8.AsSpan(), out line, out error).Should().BeTrue();
        (line, error).Should().Be((SipStatusLine.Parse(text), (SipStatusLineError?)null));
    }

    [Theory]
    [InlineData("XIP/2.0 200 OK", 0)]
    [InlineData("SXP/2.0 200 OK", 1)]
    [InlineData("SIX/2.0 200 OK", 2)]
    [InlineData("SIP\\2.0 200 OK", 3)]
    [InlineData("SIP\u000f2.0 200 OK", 3)]
    public void Each_letter_of_SIP_and_the_slash_is_checked(string text, int position)
    {
        RefusedLines.CharError(text).Should().Contain("the SIP version must be 'SIP/'").And.Contain($"(position {position},");
    }

    [Theory]
    [InlineData("SIP/2.0a 200 OK", "the SIP version must be 'SIP/'", 7)]
    [InlineData("SIP/2.0\u0001486 x", "a single space must follow the SIP version", 7)]
    [InlineData("SIP/2.0 486\u0001Busy", "a single space must follow the status code", 11)]
    [InlineData("SIP/2.0 486\u007fBusy", "a single space must follow the status code", 11)]
    [InlineData("SIP/2.0 486 \u0001Busy", "control character", 12)]
    public void A_bad_token_and_a_bad_separator_are_told_apart(string text, string reason, int position)
    {
        RefusedLines.CharError(text).Should().Contain(reason).And.Contain($"(position {position},");
    }

    [Fact]
    public void Error_messages_quote_a_short_escaped_window_around_the_position()
    {
        RefusedLines.CharError("SIP/2.0 4294967301 better not break the receiver").Should().Be(
            "Invalid SIP status line: the status code must be exactly three ASCII digits (position 11, near \"…/2.0 4294967301 better n…\").");
        RefusedLines.CharError("SIP 2.0").Should().Be(
            "Invalid SIP status line: the SIP version must be 'SIP/' followed by digits, a dot and digits (position 3, near \"SIP 2.0\").");
        RefusedLines.CharError("SIP/2.0 486 \"Busy\"\\\u0001 é\u0085").Should().Be(
            "Invalid SIP status line: the reason phrase holds a control character; only HTAB is allowed (position 19, near \"… \\\"Busy\\\"\\\\\\u0001 é\\u0085\").");
        RefusedLines.ByteError(RefusedLines.Line("C3A980")).Should().Be(
            "Invalid SIP status line: the reason phrase is not valid UTF-8 (position 16, near \"…486 B \\xC3\\xA9\\x80\").");
        RefusedLines.ByteError("SIP/2.0 486 B\x1f x"u8).Should().Contain("near \"….0 486 B\\x1F x\"");
    }

    [Theory]
    [MemberData(nameof(Refusals))]
    public void Each_refusal_is_described_in_every_language_and_English_is_the_message_s(string text, SipStatusLineErrorKind kind, SipStatusLinePart part, int position)
    {
        SipStatusLine.TryParse(text, out _, out var error).Should().BeFalse();
        (error!.Kind, error.Part, error.Position).Should().Be((kind, part, position));
        error.GetDescription(SipLanguage.English).Should().Be(error.Description);
        error.Message.Should().Contain(error.Description);
        error.GetDescription(SipLanguage.Dutch).Should().NotBe(error.Description).And.NotBeEmpty();
    }

    [Fact]
    public void Dutch_names_the_part_whose_separator_is_wrong()
    {
        SipStatusLine.TryParse("SIP/2.0 486\tBusy", out _, out var error).Should().BeFalse();
        error!.GetDescription(SipLanguage.Dutch).Should().Be("na de statuscode moet precies één spatie staan");
        SipStatusLine.TryParse("SIP/2.0  486 Busy", out _, out error).Should().BeFalse();
        error!.GetDescription(SipLanguage.Dutch).Should().Be("na de SIP-versie mag maar één spatie staan");
    }
}
