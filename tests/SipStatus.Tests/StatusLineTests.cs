using System;
using System.Linq;
using System.Text;
using FluentAssertions;
using Xunit;

namespace SipStatus.Tests;

/// <summary>The status-line parser: RFC 3261 section 25.1, with RFC 4475's torture cases.</summary>
public class StatusLineTests
{
    /// <summary>Parses through every overload (string, chars, UTF-8 bytes) and checks they agree; returns the result.</summary>
    internal static SipStatusLine ParseAll(string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        var fromString = SipStatusLine.Parse(text);
        SipStatusLine.Parse(text.AsSpan()).Should().Be(fromString);
        SipStatusLine.Parse(bytes).Should().Be(fromString);
        SipStatusLine.Parse(bytes.AsSpan()).Should().Be(fromString);
        SipStatusLine.TryParse(text, out var tried).Should().BeTrue();
        tried.Should().Be(fromString);
        SipStatusLine.TryParse(bytes.AsSpan(), out var triedBytes).Should().BeTrue();
        triedBytes.Should().Be(fromString);
        return fromString;
    }

    /// <summary>Refuses through every overload; returns the FormatException of the string overload.</summary>
    private static FormatException RefuseAll(string text) => RefuseAll(Encoding.UTF8.GetBytes(text), text);

    private static FormatException RefuseAll(byte[] bytes, string? text = null)
    {
        if (text is not null)
        {
            SipStatusLine.TryParse(text, out var line).Should().BeFalse();
            line.Should().Be(default(SipStatusLine));
            SipStatusLine.TryParse(text.AsSpan(), out _).Should().BeFalse();
            FluentActions.Invoking(() => SipStatusLine.Parse(text.AsSpan())).Should().Throw<FormatException>();
        }

        SipStatusLine.TryParse(bytes, out _).Should().BeFalse();
        SipStatusLine.TryParse(bytes.AsSpan(), out _).Should().BeFalse();
        var fromBytes = FluentActions.Invoking(() => SipStatusLine.Parse(bytes)).Should().Throw<FormatException>().Which;
        return text is null ? fromBytes : FluentActions.Invoking(() => SipStatusLine.Parse(text)).Should().Throw<FormatException>().Which;
    }

    [Theory]
    [InlineData("SIP/2.0 486 Busy Here")]
    [InlineData("SIP/2.0 486 Busy Here\r\n")]
    [InlineData("SIP/2.0 486 Busy Here\n")]
    [InlineData("SIP/2.0 486 Busy Here\r\nVia: SIP/2.0/UDP host;branch=z9hG4bK1\r\nContent-Length: 0\r\n\r\n")]
    [InlineData("SIP/2.0 486 Busy Here\nCall-ID: a\n")]
    public void A_line_alone_with_either_line_end_or_a_whole_message_reads_the_same(string text)
    {
        var line = ParseAll(text);
        line.Version.Should().Be("SIP/2.0");
        line.Code.Should().Be(486);
        line.ReasonPhrase.Should().Be("Busy Here");
        line.Class.Should().Be(SipStatusClass.RequestFailure);
        line.Info!.Code.Should().Be(SipStatusCode.BusyHere);
        line.IsCanonicalReasonPhrase.Should().BeTrue();
        line.ToString().Should().Be("SIP/2.0 486 Busy Here");
    }

    [Theory]
    [InlineData("sip/2.0 200 OK", "sip/2.0")]
    [InlineData("Sip/2.0 200 OK", "Sip/2.0")]
    [InlineData("SIP/3.10 200 OK", "SIP/3.10")]
    [InlineData("SIP/02.00 200 OK", "SIP/02.00")]
    public void The_version_is_case_insensitive_and_returned_as_written(string text, string version)
    {
        ParseAll(text).Version.Should().Be(version);
    }

    [Theory]
    [InlineData("SIP/2.0 486 Busy here", "Busy here")]
    [InlineData("SIP/2.0 486 Occupé", "Occupé")]
    [InlineData("SIP/2.0 486 Besetzt\tjetzt", "Besetzt\tjetzt")]
    [InlineData("SIP/2.0 486 Busy Here ", "Busy Here ")]
    [InlineData("SIP/2.0 200 OK%20done", "OK%20done")]
    [InlineData("SIP/2.0 603 Declined (no dialog)", "Declined (no dialog)")]
    public void Other_phrases_are_kept_as_written_and_are_not_canonical(string text, string phrase)
    {
        var line = ParseAll(text);
        line.ReasonPhrase.Should().Be(phrase);
        line.IsCanonicalReasonPhrase.Should().BeFalse();
    }

    [Fact]
    public void An_unregistered_code_parses_and_resolves_as_RFC_3261_says()
    {
        var line = ParseAll("SIP/2.0 431 Something New");
        line.Code.Should().Be(431);
        line.Info!.Code.Should().Be(SipStatusCode.BadRequest);
        line.IsCanonicalReasonPhrase.Should().BeFalse("431 has no registry phrase");
        ParseAll("SIP/2.0 431 Bad Request").IsCanonicalReasonPhrase.Should().BeFalse();
        ParseAll("SIP/2.0 101 Early").Info!.Code.Should().Be(SipStatusCode.SessionProgress);
    }

    [Fact]
    public void RFC_4475_3_1_1_12_an_unusual_UTF_8_reason_phrase_is_valid()
    {
        var hex = "D0BDD0BE20D181D182D0BE20D0B4D0B5D0B2D18FD0BDD0BED181D182D0BE20D0B4D0B5D0B2D18FD182D18C202D20D0BFD180D0BED181D182D0BED0B5";
        var bytes = Encoding.ASCII.GetBytes("SIP/2.0 200 = 2**3 * 5**2 ").Concat(Convert.FromHexString(hex)).Concat("\r\nVia: x\r\n"u8.ToArray()).ToArray();
        var line = SipStatusLine.Parse(bytes);
        line.Code.Should().Be(200);
        line.ReasonPhrase.Should().Be("= 2**3 * 5**2 но сто девяносто девять - простое");
        SipStatusLine.Parse(line.ReasonPhrase.Insert(0, "SIP/2.0 200 ")).Should().Be(line);
    }

    [Fact]
    public void RFC_4475_3_1_1_13_an_empty_reason_phrase_is_valid()
    {
        var line = ParseAll("SIP/2.0 100 \r\nVia: SIP/2.0/UDP 192.0.2.105;branch=z9hG4bK2398ndaoe\r\n");
        line.Code.Should().Be(100);
        line.ReasonPhrase.Should().BeEmpty();
        line.ToString().Should().Be("SIP/2.0 100 ");
    }

    [Theory]
    [InlineData("SIP/2.0 503 Service Unavailable\r\nCSeq: 9292394834772304023312 OPTIONS\r\n", 503)] // 3.1.2.5: the status line is fine
    [InlineData("SIP/2.0 200 OK\r\nVia: SIP/2.0/UDP 255.255.255.255;branch=z9hG4bK1saber23\r\n", 200)] // 3.3.10
    public void RFC_4475_responses_whose_trouble_is_not_the_status_line_parse(string text, int code)
    {
        var line = ParseAll(text);
        line.Code.Should().Be(code);
        line.IsCanonicalReasonPhrase.Should().BeTrue();
    }

    [Fact]
    public void RFC_4475_3_1_2_19_an_overlarge_response_code_is_refused_not_wrapped()
    {
        var error = RefuseAll("SIP/2.0 4294967301 better not break the receiver\r\n");
        error.Message.Should().Contain("exactly three ASCII digits").And.Contain("position 11");
    }

    [Theory]
    [InlineData("SIP/2.0 48 Busy", "exactly three ASCII digits", 10)]
    [InlineData("SIP/2.0 4860 Busy", "exactly three ASCII digits", 11)]
    [InlineData("SIP/2.0 4x6 Busy", "exactly three ASCII digits", 9)]
    [InlineData("SIP/2.0 ٤٨٦ Busy", "exactly three ASCII digits", 8)]
    [InlineData("SIP/2.0 486Busy", "exactly three ASCII digits", 11)]
    [InlineData("SIP/2.0 099 Early", "from 100 to 699", 8)]
    [InlineData("SIP/2.0 700 Late", "from 100 to 699", 8)]
    [InlineData("SIP/2.0 000 Zero", "from 100 to 699", 8)]
    public void A_code_that_is_not_three_ASCII_digits_from_100_to_699_is_refused(string text, string reason, int position)
    {
        RefuseAll(text).Message.Should().Contain(reason).And.Contain($"position {position},");
    }

    // RFC 3261 section 25.1:
    //     Status-Line     =  SIP-Version SP Status-Code SP Reason-Phrase CRLF
    //     Reason-Phrase   =  *(reserved / unreserved / escaped
    //                        / UTF8-NONASCII / UTF8-CONT / SP / HTAB)
    // Only the SP after the version and the SP after the code are separators; a phrase may itself begin with SP or HTAB.
    [Theory]
    [InlineData("SIP/2.0 200  OK", 200, " OK")]
    [InlineData("SIP/2.0 200  ", 200, " ")]
    [InlineData("SIP/2.0 486  Busy Here\r\nVia: SIP/2.0/UDP a\r\n", 486, " Busy Here")]
    [InlineData("SIP/2.0 486   \n", 486, "  ")]
    [InlineData("SIP/2.0 486 \tBusy Here\t", 486, "\tBusy Here\t")]
    [InlineData("SIP/2.0 603  Declined (no dialog) ", 603, " Declined (no dialog) ")]
    public void A_phrase_may_begin_with_SP_or_HTAB_and_is_kept_exactly(string text, int code, string phrase)
    {
        var line = ParseAll(text);
        line.Code.Should().Be(code);
        line.ReasonPhrase.Should().Be(phrase);
        line.IsCanonicalReasonPhrase.Should().BeFalse("the phrase as written is not the registry phrase");
        line.ToString().Should().Be($"SIP/2.0 {code} {phrase}");
        ParseAll(line.ToString()).Should().Be(line);
        new SipStatusLine(code, phrase).Should().Be(line);
    }

    // RFC 3261 section 25.1:
    //     Status-Line     =  SIP-Version SP Status-Code SP Reason-Phrase CRLF
    // Between the version and the code nothing but the one SP may stand.
    [Theory]
    [InlineData("SIP/2.0  486 Busy Here", "only one space may follow the SIP version", 8)]
    [InlineData("SIP/2.0  486  Busy Here", "only one space may follow the SIP version", 8)]
    [InlineData("SIP/2.0 \t486 Busy Here", "exactly three ASCII digits", 8)]
    [InlineData("SIP/2.0486 Busy Here", "exactly three ASCII digits", 11)] // SIP/2.0486 is a well-formed version
    [InlineData("SIP/2.0\t486 Busy Here", "a single space must follow the SIP version", 7)]
    [InlineData("SIP/2.0", "a single space must follow the SIP version", 7)]
    [InlineData("SIP/2.0 486", "a single space must follow the status code", 11)]
    [InlineData("SIP/2.0 486\r\n", "a single space must follow the status code", 11)]
    [InlineData("SIP/2.0 486\tBusy", "a single space must follow the status code", 11)]
    public void A_missing_or_doubled_separator_is_refused(string text, string reason, int position)
    {
        RefuseAll(text).Message.Should().Contain(reason).And.Contain($"position {position},");
    }

    [Theory]
    [InlineData("SIP/2.0 486 Busy\rHere", 16)]
    [InlineData("SIP/2.0 486 Busy\u0000Here", 16)]
    [InlineData("SIP/2.0 486 Busy\u001bHere", 16)]
    [InlineData("SIP/2.0 486 Busy\u007fHere", 16)]
    [InlineData("SIP/2.0 486 Busy\u0085Here", 16)]
    [InlineData("SIP/2.0 486 Busy Here\r\r\n", 21)]
    public void Control_characters_other_than_HTAB_in_the_phrase_are_refused(string text, int position)
    {
        var message = RefuseAll(text).Message;
        message.Should().Contain("control character").And.Contain($"position {position},");
        message.Should().NotContainAny("\r", "\u0000", "\u001b", "\u007f", "\u0085");
    }

    [Theory]
    [InlineData("HTTP/1.1 200 OK", 0)]
    [InlineData("SIP 200 OK", 3)]
    [InlineData("SIP/ 200 OK", 4)]
    [InlineData("SIP/2 200 OK", 5)]
    [InlineData("SIP/2. 200 OK", 6)]
    [InlineData("SIP/.0 200 OK", 4)]
    [InlineData("SIP/2.0a 200 OK", 7)]
    [InlineData("SIPS/2.0 200 OK", 3)]
    [InlineData(" SIP/2.0 200 OK", 0)]
    [InlineData("INVITE sip:bob@biloxi.com SIP/2.0", 0)]
    public void A_version_that_is_not_SIP_digits_dot_digits_is_refused(string text, int position)
    {
        RefuseAll(text).Message.Should().Contain("SIP version").And.Contain($"position {position},");
    }

    [Theory]
    [InlineData("")]
    [InlineData("\r\n")]
    [InlineData("\n")]
    public void An_empty_line_is_refused(string text)
    {
        RefuseAll(text).Message.Should().Contain("empty");
    }

    [Theory]
    [InlineData("C3", 14)]            // truncated two-byte sequence
    [InlineData("C0AF", 14)]          // overlong '/'
    [InlineData("E08080", 14)]        // overlong
    [InlineData("EDA080", 14)]        // UTF-16 surrogate
    [InlineData("F4908080", 14)]      // above U+10FFFF
    [InlineData("FF", 14)]            // never valid
    [InlineData("80", 14)]            // stray continuation byte
    [InlineData("E282", 14)]          // truncated three-byte sequence
    [InlineData("41C328", 15)]        // bad continuation after 'A'
    public void Invalid_UTF_8_in_the_byte_overloads_is_refused_at_its_byte_position(string hex, int position)
    {
        var bytes = Encoding.ASCII.GetBytes("SIP/2.0 486 B ").Concat(Convert.FromHexString(hex)).ToArray();
        var error = RefuseAll(bytes);
        error.Message.Should().Contain("not valid UTF-8").And.Contain($"position {position},");
    }

    [Fact]
    public void A_C1_control_character_in_UTF_8_is_refused()
    {
        var bytes = Encoding.ASCII.GetBytes("SIP/2.0 486 B ").Concat(new byte[] { 0xC2, 0x85 }).ToArray();
        RefuseAll(bytes).Message.Should().Contain("control character");
    }

    [Fact]
    public void An_unpaired_surrogate_in_the_char_overloads_is_refused()
    {
        var text = "SIP/2.0 486 B \uD800x";
        SipStatusLine.TryParse(text, out _).Should().BeFalse();
        FluentActions.Invoking(() => SipStatusLine.Parse(text)).Should().Throw<FormatException>().WithMessage("*unpaired surrogate*");
        SipStatusLine.Parse("SIP/2.0 486 B \uD83D\uDCDE").ReasonPhrase.Should().Be("B 📞");
    }

    [Fact]
    public void Null_throws_ArgumentNullException_from_Parse_and_fails_TryParse()
    {
        FluentActions.Invoking(() => SipStatusLine.Parse((string)null!)).Should().Throw<ArgumentNullException>().WithParameterName("text");
        FluentActions.Invoking(() => SipStatusLine.Parse((byte[])null!)).Should().Throw<ArgumentNullException>().WithParameterName("utf8");
        SipStatusLine.TryParse((string?)null, out _).Should().BeFalse();
        SipStatusLine.TryParse((byte[]?)null, out _).Should().BeFalse();
    }

    [Fact]
    public void A_huge_hostile_input_is_quoted_only_as_a_short_escaped_excerpt()
    {
        var text = "SIP/2.0 486 " + new string('A', 100_000) + "\u001b[2J" + new string('B', 100_000);
        var message = RefuseAll(text).Message;
        message.Length.Should().BeLessThan(200);
        message.Should().Contain("position 100012,").And.Contain("\\u001B[2J");
    }
}
