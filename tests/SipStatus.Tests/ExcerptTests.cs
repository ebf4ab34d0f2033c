using System;
using FluentAssertions;
using Xunit;

namespace SipStatus.Tests;

/// <summary>
/// The excerpt every error message quotes: a window of the input that never splits a surrogate pair (two UTF-16
/// units that are one character), with the characters that could hide, reorder or break what a log or terminal shows
/// escaped: C0 and C1 controls and DEL, the zero-width and bidi format characters U+200B-U+200F,
/// U+202A-U+202E and U+2066-U+2069, the separators U+2028 and U+2029 and U+FEFF; in UTF-8 input every byte outside
/// printable ASCII.
/// </summary>
public class ExcerptTests
{
    private const string Smile = "\U0001F600"; // a surrogate pair

    [Fact]
    public void A_window_that_would_start_inside_a_surrogate_pair_takes_the_whole_pair()
    {
        // Eight units before position 16 is index 8, the pair's low half.
        var text = "1234567" + Smile + "89abcdefghijklmnopqrstuvwxyz";
        Excerpts.Around(text.AsSpan(), 16, 24).Should().Be("…" + Smile + "89abcdefghijklmnopqrstu…");
    }

    [Fact]
    public void A_window_that_would_end_inside_a_surrogate_pair_takes_the_whole_pair()
    {
        var text = "12345678901234567890123" + Smile + "tail";
        Excerpts.Around(text.AsSpan(), 0, 24).Should().Be("12345678901234567890123" + Smile + "…");
    }

    [Fact]
    public void A_surrogate_pair_inside_the_window_is_kept_and_lone_halves_are_escaped()
    {
        Excerpts.Around(("a" + Smile + "b").AsSpan(), 0, 24).Should().Be("a" + Smile + "b");
        Excerpts.Around("a\uD83Db".AsSpan(), 0, 24).Should().Be("a\\uD83Db");
        Excerpts.Around("a\uDE00b".AsSpan(), 0, 24).Should().Be("a\\uDE00b");
        Excerpts.Around(("ab" + Smile).AsSpan(), 0, 3).Should().Be("ab" + Smile, "the window grows to keep the pair whole");
    }

    [Theory]
    [InlineData('\u001F', true)]
    [InlineData(' ', false)]
    [InlineData('~', false)]
    [InlineData('\u007F', true)]
    [InlineData('\u009F', true)]
    [InlineData('\u00A0', false)]
    [InlineData('\u200A', false)]
    [InlineData('\u200B', true)]
    [InlineData('\u200F', true)]
    [InlineData('\u2010', false)]
    [InlineData('\u2027', false)]
    [InlineData('\u2028', true)]
    [InlineData('\u202E', true)]
    [InlineData('\u202F', false)]
    [InlineData('\u2065', false)]
    [InlineData('\u2066', true)]
    [InlineData('\u2069', true)]
    [InlineData('\u206A', false)]
    [InlineData('\uFEFF', true)]
    public void A_character_that_could_hide_or_reorder_text_is_escaped(char unit, bool escaped)
    {
        var expected = escaped ? $"x\\u{(int)unit:X4}y" : $"x{unit}y";
        Excerpts.Around($"x{unit}y".AsSpan(), 0, 24).Should().Be(expected);
    }

    [Theory]
    [InlineData(0x1F, "\\x1F")]
    [InlineData(0x20, " ")]
    [InlineData(0x7E, "~")]
    [InlineData(0x7F, "\\x7F")]
    [InlineData(0xC3, "\\xC3")]
    public void In_UTF8_input_every_byte_outside_printable_ASCII_is_escaped(byte unit, string shown)
    {
        Excerpts.Around(new ReadOnlySpan<byte>([(byte)'x', unit, (byte)'y']), 0, 24).Should().Be("x" + shown + "y");
    }

    [Fact]
    public void A_narrow_window_works()
    {
        Excerpts.Around("abcdefgh".AsSpan(), 0, 4).Should().Be("abcd…");
    }
}
