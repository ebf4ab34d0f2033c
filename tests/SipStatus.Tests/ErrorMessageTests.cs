using System;
using System.Globalization;
using System.Linq;
using FluentAssertions;
using Xunit;

namespace SipStatus.Tests;

/// <summary>
/// Exception messages are safe to log: whatever the input, the quoted excerpt holds no control, bidi, invisible
/// format or line-separator character and no lone surrogate, quotes and backslashes inside it are escaped, and numbers
/// are written in the invariant culture.
/// </summary>
public class ErrorMessageTests
{
    /// <summary>Characters that could hide, reorder or break what a log shows.</summary>
    private static readonly char[] s_unsafe =
        Enumerable.Range(0, 0x20).Concat(Enumerable.Range(0x7F, 0x21)).Concat(Enumerable.Range(0x200B, 5)).Concat(Enumerable.Range(0x2028, 7))
            .Concat(Enumerable.Range(0x2066, 4)).Append(0xFEFF).Select(c => (char)c).ToArray();

    private static void ShouldBeSafe(string message)
    {
        message.IndexOfAny(s_unsafe).Should().Be(-1, "no unsafe character in {0}", message);
        for (var i = 0; i < message.Length; i++)
        {
            if (char.IsHighSurrogate(message[i]))
            {
                (i + 1 < message.Length && char.IsLowSurrogate(message[i + 1])).Should().BeTrue("a high surrogate is followed by its low one");
                i++;
            }
            else
            {
                char.IsLowSurrogate(message[i]).Should().BeFalse("no lone low surrogate");
            }
        }
    }

    [Theory]
    [InlineData("SIP/2.0 486 Busy\u202Eereh\r")]
    [InlineData("SIP/2.0 486 Busy\u2028Here\u0001")]
    [InlineData("SIP/2.0 486 Busy\u200BHere\uFEFF\u2066x\u0085")]
    [InlineData("SIP/2.0 4x6 \"quoted\" \\ back")]
    public void A_status_line_message_escapes_what_could_mislead_a_log(string line)
    {
        var error = FluentActions.Invoking(() => SipStatusLine.Parse(line)).Should().Throw<FormatException>().Which;
        ShouldBeSafe(error.Message);
    }

    [Fact]
    public void The_excerpt_escapes_bidi_controls_by_their_code_and_quotes_with_a_backslash()
    {
        FluentActions.Invoking(() => SipStatusLine.Parse("SIP/2.0 486 A\u202EB\r"))
            .Should().Throw<FormatException>().Which.Message.Should().Contain("A\\u202EB\\u000D");
        FluentActions.Invoking(() => SipStatusLine.Parse("SIP/2.0 48\" \\"))
            .Should().Throw<FormatException>().Which.Message.Should().EndWith("near \"…P/2.0 48\\\" \\\\\").");
    }

    [Fact]
    public void A_lone_surrogate_is_escaped_by_its_code()
    {
        // Built here rather than in InlineData, which would not carry a lone surrogate through unchanged.
        foreach (var (line, code) in new[] { ("SIP/2.0 486 Bu" + '\uD800' + "sy", "\\uD800"), ("SIP/2.0 486 Bu" + '\uDC00' + "sy", "\\uDC00") })
        {
            var error = FluentActions.Invoking(() => SipStatusLine.Parse(line)).Should().Throw<FormatException>().Which;
            ShouldBeSafe(error.Message);
            error.Message.Should().Contain(code);
        }
    }

    [Fact]
    public void The_excerpt_never_cuts_a_surrogate_pair_in_two()
    {
        // Emoji (two UTF-16 units each) placed so that the excerpt's window starts and ends inside one of them.
        for (var pad = 0; pad < 4; pad++)
        {
            var line = "SIP/2.0 486 " + new string('x', pad) + string.Concat(Enumerable.Repeat("\U0001F600", 20)) + "\u0001";
            var error = FluentActions.Invoking(() => SipStatusLine.Parse(line)).Should().Throw<FormatException>().Which;
            ShouldBeSafe(error.Message);
            error.Message.Should().Contain("\U0001F600");
        }

        var reason = FluentActions.Invoking(() => SipReason.Parse("Q.850;cause=1;text=\"" + string.Concat(Enumerable.Repeat("\U0001F600", 20))))
            .Should().Throw<FormatException>().Which;
        ShouldBeSafe(reason.Message);
    }

    [Theory]
    [InlineData("Q.850;cause=\u202E17")]
    [InlineData("Q.850;cause=17;text=\"a\u2029b\"x")]
    [InlineData("\uDBFF")]
    public void A_Reason_message_escapes_what_could_mislead_a_log(string value)
    {
        var error = FluentActions.Invoking(() => SipReason.Parse(value)).Should().Throw<FormatException>().Which;
        ShouldBeSafe(error.Message);
        FluentActions.Invoking(() => new SipReason(value, 1)).Should().Throw<ArgumentException>().Which.Message.Should().NotContainAny("\u202E", "\u2029");
    }

    [Fact]
    public void Numbers_in_messages_are_invariant_whatever_the_culture()
    {
        var previous = CultureInfo.CurrentCulture;
        try
        {
            // ar-SA writes a negative number with U+061C before the minus sign; a message must not.
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("ar-SA");
            FluentActions.Invoking(() => SipStatusCatalog.GetClass(-5)).Should().Throw<ArgumentOutOfRangeException>().Which.Message.Should().StartWith("-5 is not a SIP status code");
            FluentActions.Invoking(() => Q850.ToSipStatusCode(-5)).Should().Throw<ArgumentOutOfRangeException>().Which.Message.Should().StartWith("-5 is not a Q.850 cause value");
            FluentActions.Invoking(() => new SipReason("SIP", -5)).Should().Throw<ArgumentOutOfRangeException>().Which.Message.Should().StartWith("-5 is not a Reason cause");
            FluentActions.Invoking(() => ((SipStatusClass)(-5)).GetDisplayName()).Should().Throw<ArgumentOutOfRangeException>().Which.Message.Should().StartWith("-5 is not a SIP status class");
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }
}
