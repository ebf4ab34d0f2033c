using System;
using System.Linq;
using System.Text;
using FluentAssertions;
using FsCheck;
using FsCheck.Fluent;
using Xunit;

namespace SipStatus.Tests;

/// <summary>
/// The parser held to the Reason-Phrase rule of RFC 3261 section 25.1 as the RFC prints it (read from
/// TestData/rfc3261-25.1-status-line.txt), and each place where the library departs from the literal rule on purpose:
/// what it accepts beyond it, and what it refuses although the rule admits it.
/// </summary>
public class StatusLineGrammarTests
{
    /// <summary>Printable ASCII (%x21-7E) that Reason-Phrase does not admit as a character of its own.</summary>
    private const string OutsideTheRule = "\"#<>[\\]^`{|}";

    [Fact]
    public void The_quoted_rules_are_the_Status_Line_and_Reason_Phrase_of_RFC_3261_section_25_1()
    {
        Rfc3261Grammar.Rule("Status-Line").Should().Be("SIP-Version SP Status-Code SP Reason-Phrase CRLF");
        Rfc3261Grammar.Rule("Reason-Phrase").Should().Be("*(reserved / unreserved / escaped / UTF8-NONASCII / UTF8-CONT / SP / HTAB)");
        Rfc3261Grammar.Rule("escaped").Should().Be("\"%\" HEXDIG HEXDIG");
        Rfc3261Grammar.ReasonPhraseCharacters.Should().Contain([' ', '\t', 'a', 'Z', '0', ';', ',', '$', '(', ')', '\'']);
    }

    [Fact]
    public void Every_character_the_rule_admits_is_kept_wherever_it_stands_first_included()
    {
        foreach (var c in Rfc3261Grammar.ReasonPhraseCharacters)
        {
            foreach (var phrase in new[] { $"{c}", $"{c}x", $"x{c}", $"{c}{c}Busy{c}" })
            {
                var line = StatusLineTests.ParseAll($"SIP/2.0 486 {phrase}\r\nVia: x\r\n");
                line.ReasonPhrase.Should().Be(phrase, "RFC 3261 section 25.1 admits U+{0:X4} in a Reason-Phrase", (int)c);
                StatusLineTests.ParseAll(line.ToString()).Should().Be(line);
            }
        }
    }

    [Fact]
    public void Any_phrase_the_rule_generates_is_read_back_exactly_through_chars_and_UTF_8()
    {
        // Reason-Phrase = *(reserved / unreserved / escaped / UTF8-NONASCII / UTF8-CONT / SP / HTAB): its single
        // characters, escaped (three characters), and a few non-ASCII characters written as UTF-8 (UTF8-NONASCII).
        var pieces = Rfc3261Grammar.ReasonPhraseCharacters.Select(c => c.ToString())
            .Concat(["%20", "%2F", "%C3%A9", "é", "ß", "но", "€", "📞"])
            .ToArray();
        var phrases = Gen.Elements(pieces).ListOf().Select(list => string.Concat(list));
        var property = Prop.ForAll(
            Gen.Choose(100, 699).ToArbitrary(),
            phrases.ToArbitrary(),
            (code, phrase) =>
            {
                var text = $"SIP/2.0 {code} {phrase}";
                var bytes = Encoding.UTF8.GetBytes(text + "\r\nVia: x\r\n");
                var line = SipStatusLine.Parse(text);
                var utf8 = new byte[bytes.Length];
                return line.Code == code && line.ReasonPhrase == phrase
                    && SipStatusLine.Parse(text.AsSpan()) == line
                    && SipStatusLine.Parse(bytes) == line
                    && SipStatusLine.Parse(bytes.AsSpan()) == line
                    && line.ToString() == text
                    && line.TryFormat(utf8, out var written) && utf8.AsSpan(0, written).SequenceEqual(Encoding.UTF8.GetBytes(text));
            });
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(1_000), property);
    }

    [Fact]
    public void Printable_ASCII_the_rule_leaves_out_is_accepted_by_decision_of_this_library()
    {
        // The README lists these characters as accepted beyond the rule; the list must be exactly what the rule omits.
        var omitted = Enumerable.Range(0x21, 0x7E - 0x21 + 1).Select(c => (char)c)
            .Where(c => c != '%' && !Rfc3261Grammar.ReasonPhraseCharacters.Contains(c));
        new string(omitted.ToArray()).Should().Be(OutsideTheRule);

        foreach (var c in OutsideTheRule)
        {
            StatusLineTests.ParseAll($"SIP/2.0 486 {c}Busy{c}").ReasonPhrase.Should().Be($"{c}Busy{c}");
        }

        StatusLineTests.ParseAll("SIP/2.0 480 \"Alice\" <sip:alice@example.com> [away]").ReasonPhrase.Should().Be("\"Alice\" <sip:alice@example.com> [away]");
    }

    // The rule admits "%" only as escaped = "%" HEXDIG HEXDIG; the library accepts it anywhere, and unescapes nothing.
    [Theory]
    [InlineData("100% busy")]
    [InlineData("%")]
    [InlineData("%4")]
    [InlineData("%zz")]
    [InlineData("%G0 later")]
    [InlineData("Busy%20Here")]
    public void A_percent_sign_is_kept_as_written_with_or_without_two_hex_digits(string phrase)
    {
        StatusLineTests.ParseAll($"SIP/2.0 486 {phrase}").ReasonPhrase.Should().Be(phrase);
    }

    [Theory]
    [InlineData("C280", "control character")] // U+0080: %xC0-DF 1UTF8-CONT, a C1 control
    [InlineData("C285", "control character")] // U+0085, NEL
    [InlineData("C29F", "control character")] // U+009F
    [InlineData("C0AF", "not valid UTF-8")]   // %xC0-DF 1UTF8-CONT, but an overlong '/'
    [InlineData("EDA080", "not valid UTF-8")] // %xE0-EF 2UTF8-CONT, but a UTF-16 surrogate
    [InlineData("F8888080A0", "not valid UTF-8")] // %xF8-Fb 4UTF8-CONT: five bytes
    [InlineData("80", "not valid UTF-8")]     // UTF8-CONT on its own
    public void Bytes_the_rule_admits_but_no_text_should_hold_are_refused_by_decision_of_this_library(string hex, string reason)
    {
        // UTF8-NONASCII = %xC0-DF 1UTF8-CONT / %xE0-EF 2UTF8-CONT / ... / %xFC-FD 5UTF8-CONT, UTF8-CONT = %x80-BF.
        Rfc3261Grammar.Rule("UTF8-NONASCII").Should().StartWith("%xC0-DF 1UTF8-CONT / %xE0-EF 2UTF8-CONT").And.Contain("%xF8-Fb 4UTF8-CONT");
        Rfc3261Grammar.Rule("UTF8-CONT").Should().Be("%x80-BF");
        var bytes = Encoding.ASCII.GetBytes("SIP/2.0 486 B ").Concat(Convert.FromHexString(hex)).ToArray();
        SipStatusLine.TryParse(bytes, out _).Should().BeFalse();
        FluentActions.Invoking(() => SipStatusLine.Parse(bytes)).Should().Throw<FormatException>().WithMessage($"*{reason}*(position 14,*");
    }

    [Theory]
    [InlineData('\u0080')]
    [InlineData('\u0085')]
    [InlineData('\u009F')]
    public void C1_controls_are_refused_as_characters_too(char c)
    {
        SipStatusLine.TryParse($"SIP/2.0 486 B {c}", out _).Should().BeFalse();
        SipStatusLine.TryParse($"SIP/2.0 486 B {c}".AsSpan(), out _).Should().BeFalse();
    }

    [Fact]
    public void The_code_is_three_digits_as_the_rule_says_and_100_to_699_beyond_it()
    {
        // extension-code = 3DIGIT admits 000-099 and 700-999; RFC 3261 section 7.2 gives SIP/2.0 six classes (1xx-6xx),
        // and RFC 4475 section 3.1.2.19 says a receiver should drop a code above 699.
        Rfc3261Grammar.Rule("extension-code").Should().Be("3DIGIT");
        foreach (var code in new[] { "000", "099", "700", "999" })
        {
            SipStatusLine.TryParse($"SIP/2.0 {code} x", out _).Should().BeFalse();
        }

        StatusLineTests.ParseAll("SIP/2.0 100 x").Code.Should().Be(100);
        StatusLineTests.ParseAll("SIP/2.0 699 x").Code.Should().Be(699);
    }
}
