using FluentAssertions;
using Xunit;

namespace SipStatus.Cli.Tests;

public class ProgramTests
{
    [Fact]
    public void A_registered_code_prints_phrase_class_reference_and_hint()
    {
        var (exit, output, error) = Tool.Run("486");
        exit.Should().Be(0);
        error.Should().BeEmpty();
        output.Should().Be(
            "486 Busy Here\n" +
            "  Meaning:   The callee's device was reached but is busy and cannot take another call. Try again later; the callee may be reachable another way, e.g. voicemail.\n" +
            "  Class:     4xx Request Failure\n" +
            "  Reference: RFC 3261, section 21.4.24\n" +
            "  Q.850:     17 User busy (RFC 3398, section 8.2.6.1)\n" +
            "  Hint:      callee's line is busy\n");
    }

    [Fact]
    public void A_deprecated_code_says_so()
    {
        var (exit, output, _) = Tool.Run("202");
        exit.Should().Be(0);
        output.Should().Contain("202 Accepted").And.Contain("deprecated; treat a received 202 as 200");
    }

    [Fact]
    public void An_unregistered_code_in_range_prints_what_it_resolves_to()
    {
        var (exit, output, error) = Tool.Run("431");
        exit.Should().Be(0);
        error.Should().BeEmpty();
        output.Should().StartWith("431 is not a registered SIP status code. RFC 3261 (section 8.1.3.2) has the UAC, the user agent that sent the request, treat an unrecognized final response like the x00 response of its class, so 431 counts as 400 Bad Request");
        output.Should().Contain("\n400 Bad Request\n");
    }

    [Theory]
    [InlineData("99")]
    [InlineData("700")]
    [InlineData("4x1")]
    [InlineData("4294967301")]
    [InlineData("")]
    [InlineData("٤٨٦")]
    public void Anything_else_is_an_error_on_stderr_naming_the_input(string input)
    {
        var (exit, output, error) = Tool.Run(input);
        exit.Should().Be(1);
        output.Should().BeEmpty();
        error.Should().StartWith($"sipstatus: '{input}' is not a SIP status code");
    }

    [Fact]
    public void A_long_or_hostile_input_is_echoed_only_as_a_short_escaped_excerpt()
    {
        var (exit, _, error) = Tool.Run(new string('9', 10_000) + "\u001b[2J");
        exit.Should().Be(1);
        error.Length.Should().BeLessThan(200);
        error.Should().NotContain("\u001b");
        Program.Excerpt("a\u001bb").Should().Be("a\\u001Bb");
    }

    [Fact]
    public void The_excerpt_is_the_librarys_escaping_cut_at_40_characters()
    {
        // The library's one routine: bidi and invisible characters and line separators escaped too, quotes and
        // backslashes escaped with a backslash, so that the excerpt reads back unambiguously.
        Program.Excerpt("Busy\u202EHere\u2028\u200B").Should().Be("Busy\\u202EHere\\u2028\\u200B");
        Program.Excerpt("say \"hi\" \\ bye").Should().Be("say \\\"hi\\\" \\\\ bye");
        Program.Excerpt(new string('x', 40)).Should().Be(new string('x', 40));
        Program.Excerpt(new string('x', 41)).Should().Be(new string('x', 40) + "…");
        Program.Excerpt(new string('x', 39) + "\U0001F600").Should().Be(new string('x', 39) + "\U0001F600", "a surrogate pair is never cut");
    }

    [Fact]
    public void No_argument_and_no_piped_input_is_a_usage_error()
    {
        var (exit, output, error) = Tool.Run();
        exit.Should().Be(2);
        output.Should().BeEmpty();
        error.Should().StartWith("Usage: sipstatus <code>");
    }
}
