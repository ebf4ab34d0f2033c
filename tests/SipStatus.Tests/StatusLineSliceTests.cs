using System;
using System.Text;
using FluentAssertions;
using Xunit;

namespace SipStatus.Tests;

/// <summary>
/// Input that ends exactly at a boundary: a slice of a longer buffer is judged by its own end, so reading one unit too
/// far would see a plausible character.
/// </summary>
public class StatusLineSliceTests
{
    private const string Full = "SIP/2.0 486 Busy Here";

    [Theory]
    [InlineData(3, "the SIP version must be", 3)]      // "SIP"
    [InlineData(5, "the SIP version must be", 5)]      // "SIP/2"
    [InlineData(7, "a single space must follow the SIP version", 7)] // "SIP/2.0"
    [InlineData(8, "exactly three ASCII digits", 8)]   // "SIP/2.0 "
    [InlineData(10, "exactly three ASCII digits", 10)] // "SIP/2.0 48"
    [InlineData(11, "a single space must follow the status code", 11)] // "SIP/2.0 486"
    public void A_slice_that_ends_early_is_judged_by_its_own_end(int length, string reason, int position)
    {
        var message = RefusedLines.CharError(Full.AsSpan(0, length));
        message.Should().Contain(reason).And.Contain($"(position {position},");
        RefusedLines.ByteError(Encoding.ASCII.GetBytes(Full).AsSpan(0, length)).Should().Be(message);
    }

    [Fact]
    public void A_slice_ending_after_the_separator_has_an_empty_phrase_even_if_a_space_follows_in_memory()
    {
        var line = SipStatusLine.Parse("SIP/2.0 486  Busy".AsSpan(0, 12));
        line.ReasonPhrase.Should().BeEmpty();
        SipStatusLine.Parse("SIP/2.0 486  Busy".AsSpan(0, 13)).ReasonPhrase.Should().Be(" ");
        SipStatusLine.Parse("SIP/2.0 486  Busy"u8[..13]).ReasonPhrase.Should().Be(" ");
        RefusedLines.CharError("SIP/2.0  486".AsSpan(0, 8)).Should().Contain("exactly three ASCII digits").And.Contain("(position 8,");
    }

    [Fact]
    public void A_line_end_at_the_very_start_of_a_slice_is_an_empty_line()
    {
        RefusedLines.CharError("\r\nSIP/2.0 200 OK".AsSpan(1)).Should().Contain("the input is empty");
        RefusedLines.ByteError("\r\nSIP/2.0 200 OK"u8[1..]).Should().Contain("the input is empty");
    }

    [Fact]
    public void A_multi_byte_character_cut_by_the_end_of_a_slice_is_refused()
    {
        var bytes = RefusedLines.Line("C3A9");
        SipStatusLine.Parse(bytes).ReasonPhrase.Should().Be("B é");
        RefusedLines.ByteError(bytes.AsSpan(0, bytes.Length - 1)).Should().Contain("not valid UTF-8");
        var euro = RefusedLines.Line("E282AC");
        RefusedLines.ByteError(euro.AsSpan(0, euro.Length - 1)).Should().Contain("not valid UTF-8");
    }
}
