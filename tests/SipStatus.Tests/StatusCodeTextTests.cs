using System;
using System.Globalization;
using System.Text;
using FluentAssertions;
using Xunit;

namespace SipStatus.Tests;

/// <summary>
/// <see cref="SipStatusCatalog.TryParseCode(ReadOnlySpan{char}, out int)"/>: a code written as in a status line,
/// exactly three ASCII digits (RFC 3261 section 25.1, <c>extension-code = 3DIGIT</c>) from 100 to 699 (section 7.2:
/// six values for the first digit).
/// </summary>
public class StatusCodeTextTests
{
    [Theory]
    [InlineData("100", 100)]
    [InlineData("180", 180)]
    [InlineData("486", 486)]
    [InlineData("431", 431)]
    [InlineData("699", 699)]
    public void Three_ASCII_digits_from_100_to_699_are_a_code_registered_or_not(string text, int expected)
    {
        SipStatusCatalog.TryParseCode(text, out var code).Should().BeTrue();
        code.Should().Be(expected);
        SipStatusCatalog.TryParseCode(text.AsSpan(), out code).Should().BeTrue();
        code.Should().Be(expected);
        SipStatusCatalog.TryParseCode(Encoding.UTF8.GetBytes(text), out code).Should().BeTrue();
        code.Should().Be(expected);
    }

    [Theory]
    [InlineData("")]
    [InlineData("48")]
    [InlineData("4860")]
    [InlineData("000")]
    [InlineData("099")]
    [InlineData("700")]
    [InlineData("999")]
    [InlineData(" 486")]
    [InlineData("486 ")]
    [InlineData("+48")]
    [InlineData("-48")]
    [InlineData("4 6")]
    [InlineData("4x6")]
    [InlineData("٤٨٦")] // Arabic-Indic digits
    [InlineData("４８６")] // fullwidth digits
    [InlineData("486 Busy Here")]
    public void Anything_else_is_not_a_code_and_gives_0(string text)
    {
        SipStatusCatalog.TryParseCode(text, out var code).Should().BeFalse();
        code.Should().Be(0);
        SipStatusCatalog.TryParseCode(text.AsSpan(), out code).Should().BeFalse();
        code.Should().Be(0);
        SipStatusCatalog.TryParseCode(Encoding.UTF8.GetBytes(text), out code).Should().BeFalse();
        code.Should().Be(0);
    }

    [Fact]
    public void Null_is_not_a_code()
    {
        SipStatusCatalog.TryParseCode((string?)null, out var code).Should().BeFalse();
        code.Should().Be(0);
    }

    [Fact]
    public void Every_value_from_100_to_699_reads_back_and_no_other_three_digits_do()
    {
        for (var value = 0; value <= 999; value++)
        {
            var text = value.ToString("D3", CultureInfo.InvariantCulture);
            SipStatusCatalog.TryParseCode(text, out var code).Should().Be(value is >= 100 and <= 699, text);
            code.Should().Be(value is >= 100 and <= 699 ? value : 0);
        }
    }

    [Fact]
    public void A_code_is_what_the_status_line_parser_reads_as_one()
    {
        // Every three-unit text over digits, letters, space and other scripts' digits: TryParseCode and the status
        // line parser agree on which are codes, and on the value.
        const string Units = "0145679x ٤４";
        foreach (var a in Units)
        {
            foreach (var b in Units)
            {
                foreach (var c in Units)
                {
                    var text = new string(new[] { a, b, c });
                    var isCode = SipStatusCatalog.TryParseCode(text, out var code);
                    var isLine = SipStatusLine.TryParse($"SIP/2.0 {text} x", out var line);
                    isCode.Should().Be(isLine, text);
                    if (isCode)
                    {
                        code.Should().Be(line.Code);
                    }
                }
            }
        }
    }
}
