using FluentAssertions;
using Xunit;

namespace SipStatus.Cli.Tests;

public class ExplainTests
{
    private const string BusyHere =
        "486 Busy Here\n" +
        "  Meaning:   The callee's device was reached but is busy and cannot take another call. Try again later; the callee may be reachable another way, e.g. voicemail.\n" +
        "  Class:     4xx Request Failure\n" +
        "  Reference: RFC 3261, section 21.4.24\n" +
        "  Q.850:     17 User busy (RFC 3398, section 8.2.6.1)\n" +
        "  Hint:      callee's line is busy\n";

    [Theory]
    [InlineData("SIP/2.0 486 Busy Here")]
    [InlineData("SIP/2.0 486 Busy here")]
    [InlineData("486 Busy Here")]
    [InlineData("busy here")]
    [InlineData("BUSY-HERE")]
    public void A_status_line_or_a_phrase_explains_its_code(string input)
    {
        var (exit, output, error) = Tool.Run(input);
        exit.Should().Be(0);
        error.Should().BeEmpty();
        output.Should().Be(BusyHere);
    }

    [Theory]
    [InlineData("busy", "here")]
    [InlineData("SIP/2.0", "486", "Busy", "Here")]
    [InlineData("486", "Busy", "Here")]
    public void Words_that_together_form_one_input_need_no_quotes(params string[] words)
    {
        var (exit, output, _) = Tool.Run(words);
        exit.Should().Be(0);
        output.Should().Be(BusyHere);
    }

    [Fact]
    public void A_word_with_a_space_was_quoted_and_is_an_input_by_itself()
    {
        var (exit, output, _) = Tool.Run("404", "busy here");
        exit.Should().Be(0);
        output.Should().StartWith("404 Not Found\n").And.EndWith("\n\n" + BusyHere);
    }

    [Fact]
    public void Several_inputs_are_explained_in_order_separated_by_a_blank_line()
    {
        var (exit, output, _) = Tool.Run("486", "487", "not found");
        exit.Should().Be(0);
        output.Should().StartWith(BusyHere + "\n487 Request Terminated\n");
        output.Should().Contain("\n\n404 Not Found\n");
    }

    [Fact]
    public void An_ambiguous_phrase_lists_its_codes()
    {
        var (exit, output, error) = Tool.Run("Not Acceptable");
        exit.Should().Be(0);
        error.Should().BeEmpty();
        output.Should().StartWith("'Not Acceptable' matches 2 codes:\n\n406 Not Acceptable\n");
        output.Should().Contain("\n\n606 Not Acceptable\n  Meaning:   ").And.Contain("  Class:     6xx Global Failures\n");
    }

    [Fact]
    public void A_phrase_that_is_an_alias_says_which_wording_the_registry_uses()
    {
        var (exit, output, _) = Tool.Run("Session Timer Too Small");
        exit.Should().Be(0);
        output.Should().StartWith("422 Session Interval Too Small\n");
        output.Should().Contain("  Wording:   'Session Timer Too Small' is another wording of 422 Session Interval Too Small\n");
    }

    [Fact]
    public void A_status_line_with_the_phrase_of_another_code_is_explained_by_its_code()
    {
        var (exit, output, _) = Tool.Run("SIP/2.0 500 Moved Permanently");
        exit.Should().Be(0);
        output.Should().StartWith("500 Server Internal Error\n");
        output.Should().Contain("'Moved Permanently' is the phrase of 301 Moved Permanently, but the code decides: this is 500 Server Internal Error");
    }

    [Fact]
    public void A_status_line_with_its_own_phrase_names_the_registry_phrase()
    {
        // Asterisk chan_sip sends "482 (Loop Detected)": a phrase that is only a comment has no wording of its own.
        var (exit, output, _) = Tool.Run("SIP/2.0 482 (Loop Detected)");
        exit.Should().Be(0);
        output.Should().StartWith("482 Loop Detected\n");
        output.Should().Contain("  Wording:   the reason phrase '(Loop Detected)' is the sender's own; the registry says 'Loop Detected'\n");
    }

    [Theory]
    [InlineData("Forbidden (policy)", "403 Forbidden\n")]
    [InlineData("Not Found (unknown domain)", "404 Not Found\n")]
    [InlineData("Not Acceptable Here (codec error)", "488 Not Acceptable Here\n")]
    [InlineData("Not Found (nummer niet herkend / incompleet)", "404 Not Found\n")]
    [InlineData("Service Unavailable (upstream #3)", "503 Service Unavailable\n")]
    [InlineData("SIP/2.0 403 Forbidden (policy)", "403 Forbidden\n")]
    [InlineData("488 Not Acceptable Here (codec error)", "488 Not Acceptable Here\n")]
    public void A_trailing_comment_is_not_part_of_the_wording(string input, string first)
    {
        var (exit, output, error) = Tool.Run(input);
        exit.Should().Be(0);
        error.Should().BeEmpty();
        output.Should().StartWith(first);
        output.Should().NotContain("Wording:", "the wording is the registry's; the comment is the sender's");
    }

    [Fact]
    public void A_comment_typed_as_separate_words_needs_no_quotes()
    {
        var (exit, output, _) = Tool.Run("Service", "Unavailable", "(upstream", "#3)");
        exit.Should().Be(0);
        output.Should().StartWith("503 Service Unavailable\n");
    }

    [Fact]
    public void A_status_line_whose_wording_before_the_comment_is_an_alias_says_so()
    {
        // Asterisk chan_sip: "603 Declined (no dialog)"; "Declined" is an alias of 603 Decline.
        var (exit, output, _) = Tool.Run("SIP/2.0 603 Declined (no dialog)");
        exit.Should().Be(0);
        output.Should().StartWith("603 Decline\n");
        output.Should().Contain("  Wording:   'Declined (no dialog)' is another wording of 603 Decline\n");
    }

    [Fact]
    public void A_phrase_that_is_only_a_comment_is_not_recognized()
    {
        var (exit, output, error) = Tool.Run("(policy)");
        exit.Should().Be(1);
        output.Should().BeEmpty();
        error.Should().Be("sipstatus: '(policy)' is not a SIP status code, status line or reason phrase; 'sipstatus list' shows them all.\n");
    }

    [Fact]
    public void An_unregistered_code_in_a_status_line_says_what_it_is_treated_as()
    {
        var (exit, output, _) = Tool.Run("SIP/2.0 599 Whatever");
        exit.Should().Be(0);
        output.Should().StartWith("599 is not a registered SIP status code. RFC 3261 (section 8.1.3.2) has the UAC, the user agent that sent the request, treat an unrecognized final response like the x00 response of its class, so 599 counts as 500 Server Internal Error");
    }

    [Fact]
    public void An_unrecognized_provisional_code_is_treated_as_183()
    {
        var (_, output, _) = Tool.Run("188");
        output.Should().StartWith("188 is not a registered SIP status code. RFC 3261 (section 8.1.3.2) has the UAC, the user agent that sent the request, treat an unrecognized provisional response other than 100 as 183 Session Progress");
    }

    [Fact]
    public void Valid_inputs_are_explained_and_each_invalid_one_is_named_on_stderr_with_exit_code_1()
    {
        var (exit, output, error) = Tool.Run("486", "4x1", "busy", "hear", "SIP/2.0 4x6 Busy");
        exit.Should().Be(1);
        output.Should().Be(BusyHere);
        error.Should().Be(
            "sipstatus: '4x1' is not a SIP status code: expected three digits from 100 to 699.\n" +
            "sipstatus: 'busy hear' is not a SIP status code, status line or reason phrase; 'sipstatus list' shows them all.\n" +
            "sipstatus: 'SIP/2.0 4x6 Busy' is not a SIP status line: the status code must be exactly three ASCII digits (position 9, near \"…IP/2.0 4x6 Busy\").\n");
    }

    // RFC 3261 section 25.1:
    //     Status-Line     =  SIP-Version SP Status-Code SP Reason-Phrase CRLF
    //     Reason-Phrase   =  *(reserved / unreserved / escaped
    //                        / UTF8-NONASCII / UTF8-CONT / SP / HTAB)
    // A quoted status line is read as written: the spaces after the one SP that follows the code are its phrase, so
    // trimming "SIP/2.0 486 " would make the line "SIP/2.0 486", which is none. Whitespace before it and a line end after
    // it are no part of it.
    [Theory]
    [InlineData("SIP/2.0 486 ", "486")]
    [InlineData("SIP/2.0 486  ", "486")]
    [InlineData("SIP/2.0 200  OK", "200")]
    [InlineData("SIP/2.0 486  Busy Here ", "486")]
    [InlineData("  SIP/2.0 486 \r", "486")]
    [InlineData("SIP/2.0 486 \r\n", "486")]
    public void A_quoted_status_line_is_not_trimmed_into_another_line(string input, string code)
    {
        var (exit, output, error) = Tool.Run(input);
        exit.Should().Be(0);
        error.Should().BeEmpty();
        output.Should().Be(Tool.Run(code).Out, "an empty or blank phrase, or the registry's wording, adds nothing to the code's explanation");
    }

    [Theory]
    [InlineData("SIP/2.0  486 Busy Here", "only one space may follow the SIP version (position 8,")]
    [InlineData("SIP/2.0 486", "a single space must follow the status code (position 11,")]
    public void A_separator_the_grammar_does_not_allow_is_still_refused(string input, string reason)
    {
        var (exit, output, error) = Tool.Run(input);
        exit.Should().Be(1);
        output.Should().BeEmpty();
        error.Should().StartWith($"sipstatus: '{input}' is not a SIP status line: ").And.Contain(reason);
    }

    [Fact]
    public void An_input_starting_with_an_at_sign_is_an_input_not_a_response_file()
    {
        var (exit, _, error) = Tool.Run("@codes.txt");
        exit.Should().Be(1);
        error.Should().StartWith("sipstatus: '@codes.txt' is not a SIP status code, status line or reason phrase");
    }

    [Theory]
    [InlineData("--frobnicate")]
    [InlineData("-x")]
    public void An_unknown_option_is_a_usage_error(string option)
    {
        var (exit, output, error) = Tool.Run("486", option);
        exit.Should().Be(2);
        output.Should().BeEmpty();
        error.Should().Contain($"'{option}'");
    }

    [Fact]
    public void Only_responses_without_a_trace_is_a_usage_error()
    {
        var (exit, _, error) = Tool.Run("486", "--only-responses");
        exit.Should().Be(2);
        error.Should().Contain("--only-responses applies only to a trace");
    }
}
