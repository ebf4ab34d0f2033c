using System.Linq;
using System.Text.Json;
using FluentAssertions;
using Xunit;

namespace SipStatus.Cli.Tests;

/// <summary>
/// Reason and Warning header values and Q.850 causes on the command line. The facts asserted come from the RFCs'
/// tables: RFC 3398 section 7.2.4.1 ("17 user busy  486 Busy here", "34 no circuit available  503 Service
/// unavailable"), section 8.2.6.1 ("486 Busy here  17 User busy", "600 Busy everywhere  17 User busy") and RFC 3261
/// section 20.43 ("304 Media type not available", "399 Miscellaneous warning").
/// </summary>
public class HeaderInputTests
{
    [Theory]
    [InlineData("Q.850;cause=17")]
    [InlineData("Reason: Q.850;cause=17")]
    [InlineData("reason:Q.850 ; cause=17")]
    public void A_Q850_reason_is_explained_with_the_response_RFC_3398_gives_its_cause(string input)
    {
        var (exit, output, error) = Tool.Run(input);
        exit.Should().Be(0);
        error.Should().BeEmpty();
        output.Should().StartWith("Reason: Q.850;cause=17\n  Meaning:   ")
            .And.Contain("Q.850 cause 17, \"User busy\"")
            .And.Contain("maps this cause to the SIP response 486 Busy Here")
            .And.Contain(SipReason.Parse("Q.850;cause=17").Explain(SipLanguage.English));
    }

    [Fact]
    public void A_SIP_reason_explains_its_status_code()
    {
        var (exit, output, _) = Tool.Run("Reason: SIP;cause=486");
        exit.Should().Be(0);
        output.Should().StartWith("Reason: SIP;cause=486\n  Meaning:   The reason is given as a SIP status code: 486 Busy Here");
    }

    [Fact]
    public void The_header_name_and_its_value_may_be_two_words_quoted_or_not()
    {
        Tool.Run("Reason:", "Q.850;cause=34").Out.Should().StartWith("Reason: Q.850;cause=34\n");
        var quoted = Tool.Run("Reason:", "Q.850;cause=17;text=\"User busy\"");
        quoted.Exit.Should().Be(0);
        quoted.Out.Should().StartWith("Reason: Q.850;cause=17;text=\"User busy\"\n").And.Contain("The sender's own text: \"User busy\".");
    }

    [Fact]
    public void Each_reason_of_a_header_with_several_is_explained()
    {
        // RFC 6432 lets a response carry a SIP and a Q.850 reason together.
        var (exit, output, _) = Tool.Run("Reason: SIP;cause=600, Q.850;cause=17");
        exit.Should().Be(0);
        output.Should().Contain("Reason: SIP;cause=600\n  Meaning:   ").And.Contain("\n\nReason: Q.850;cause=17\n  Meaning:   ");
    }

    [Theory]
    [InlineData("Warning: 304 sbc.example.net \"Media type not available\"", 304, "Media type not available")]
    [InlineData("399 pbx.example.com \"Callee is on another call\"", 399, "Miscellaneous warning")]
    public void A_warning_is_explained_with_its_registry_text_and_reference(string input, int code, string registryText)
    {
        var (exit, output, error) = Tool.Run(input);
        exit.Should().Be(0);
        error.Should().BeEmpty();
        output.Should().StartWith($"Warning: {code} ")
            .And.Contain($"Warning {code} ({registryText}) was added by ")
            .And.Contain("  Reference: RFC 3261, section 20.43\n");
    }

    [Fact]
    public void A_399_warning_says_no_automated_action_may_be_taken()
    {
        // RFC 3261 section 20.43: a system receiving 399 "MUST NOT take any automated action".
        Tool.Run("Warning: 399 pbx \"x\"").Out.Should().ContainEquivalentOf("automated action");
    }

    [Theory]
    [InlineData("Reason: Q.850", "Reason")]
    [InlineData("Q.850;cause=", "Reason")]
    [InlineData("Warning: 304 sbc.example.net Media", "Warning")]
    public void A_malformed_value_is_refused_naming_the_header_and_the_position(string input, string header)
    {
        var (exit, output, error) = Tool.Run(input);
        exit.Should().Be(1);
        output.Should().BeEmpty();
        error.Should().StartWith($"sipstatus: '{input}' is refused. Not a valid {header} header value: ").And.Contain(" at position ");
    }

    [Fact]
    public void A_reason_in_json_carries_each_reason_and_the_status_it_stands_for()
    {
        var (exit, output, _) = Tool.Run("Reason: Q.850;cause=17;text=\"User busy\"", "--json");
        exit.Should().Be(0);
        var result = ToolJson.Parse(output).GetProperty("results").EnumerateArray().Single();
        result.GetProperty("kind").GetString().Should().Be("reason");
        var reason = result.GetProperty("reasons").EnumerateArray().Single();
        reason.EnumerateObject().Select(p => p.Name).Should().Equal("value", "protocol", "cause", "text", "q850CauseName", "sipCode", "explanation");
        reason.GetProperty("protocol").GetString().Should().Be("Q.850");
        reason.GetProperty("cause").GetInt32().Should().Be(17);
        reason.GetProperty("text").GetString().Should().Be("User busy");
        reason.GetProperty("q850CauseName").GetString().Should().Be("User busy");
        reason.GetProperty("sipCode").GetInt32().Should().Be(486);
        result.GetProperty("statuses").EnumerateArray().Single().GetProperty("code").GetInt32().Should().Be(486);
        result.TryGetProperty("warnings", out _).Should().BeFalse();
        result.TryGetProperty("q850", out _).Should().BeFalse();
    }

    [Fact]
    public void A_warning_in_json_carries_its_parts()
    {
        var (_, output, _) = Tool.Run("Warning: 304 sbc.example.net \"Media type not available\"", "--json");
        var result = ToolJson.Parse(output).GetProperty("results").EnumerateArray().Single();
        result.GetProperty("kind").GetString().Should().Be("warning");
        var warning = result.GetProperty("warnings").EnumerateArray().Single();
        warning.GetProperty("code").GetInt32().Should().Be(304);
        warning.GetProperty("agent").GetString().Should().Be("sbc.example.net");
        warning.GetProperty("text").GetString().Should().Be("Media type not available");
        warning.GetProperty("registered").GetBoolean().Should().BeTrue();
        warning.GetProperty("registryText").GetString().Should().Be("Media type not available");
        result.GetProperty("statuses").GetArrayLength().Should().Be(0);
    }

    [Fact]
    public void Reason_and_warning_are_explained_in_Dutch()
    {
        var reason = Tool.Run("--lang", "nl", "Q.850;cause=17").Out;
        reason.Should().StartWith("Reason: Q.850;cause=17\n  Betekenis:  De reden is opgegeven in het protocol Q.850. Q.850-oorzaak 17, \"Gebruiker bezet\".");
        var warning = Tool.Run("--lang", "nl", "Warning: 304 sbc \"x\"").Out;
        warning.Should().Contain("  Betekenis:  Waarschuwing 304 (Media type not available) is toegevoegd door sbc.").And.Contain("  Referentie: RFC 3261, paragraaf 20.43\n");
    }

    [Fact]
    public void Q850_explains_a_cause_and_the_codes_that_map_to_it()
    {
        var (exit, output, error) = Tool.Run("q850", "17");
        exit.Should().Be(0);
        error.Should().BeEmpty();
        output.Should().StartWith("Q.850 cause 17: User busy\n  Meaning:   Q.850 cause 17, \"User busy\". RFC 3398 (section 7.2.4.1) maps this cause to the SIP response 486 Busy Here: ")
            .And.EndWith("  From SIP:  486 Busy Here, 600 Busy Everywhere (RFC 3398, section 8.2.6.1)\n");
        Tool.Run("q850", "34").Out.Should().StartWith("Q.850 cause 34: No circuit/channel available\n")
            .And.Contain("maps this cause to the SIP response 503 Service Unavailable");
    }

    [Fact]
    public void Q850_in_json_and_in_Dutch()
    {
        var result = ToolJson.Parse(Tool.Run("q850", "34", "--json").Out).GetProperty("results").EnumerateArray().Single();
        result.GetProperty("kind").GetString().Should().Be("q850");
        var cause = result.GetProperty("q850");
        cause.GetProperty("cause").GetInt32().Should().Be(34);
        cause.GetProperty("assigned").GetBoolean().Should().BeTrue();
        cause.GetProperty("sipCode").GetInt32().Should().Be(503);
        result.GetProperty("statuses").EnumerateArray().Single().GetProperty("code").GetInt32().Should().Be(503);

        // RFC 3398 section 7.2.4.1: cause 16 "will usually result in a BYE or CANCEL".
        var dutch = Tool.Run("q850", "16", "--lang", "nl");
        dutch.Exit.Should().Be(0);
        dutch.Out.Should().StartWith("Q.850-oorzaak 16: Normale beëindiging van de oproep\n  Betekenis:  ").And.Contain("BYE of CANCEL").And.Contain("  Vanuit SIP: geen code");
    }

    [Theory]
    [InlineData("128")]
    [InlineData("busy")]
    [InlineData("0017")]
    public void Q850_refuses_what_is_not_a_cause(string cause)
    {
        var (exit, output, error) = Tool.Run("q850", cause);
        exit.Should().Be(1);
        output.Should().BeEmpty();
        error.Should().Be($"sipstatus: '{cause}' is not a Q.850 cause: expected a number from 0 to 127.\n");
    }

    [Fact]
    public void Q850_needs_a_cause()
    {
        var (exit, _, error) = Tool.Run("q850");
        exit.Should().Be(2);
        error.Should().Contain("q850");
    }

    [Theory]
    [InlineData(486, "17 User busy")]
    [InlineData(503, "41 Temporary failure")]
    [InlineData(600, "17 User busy")]
    public void A_code_shows_the_Q850_cause_RFC_3398_maps_it_to(int code, string cause)
    {
        Tool.Run(code.ToString(System.Globalization.CultureInfo.InvariantCulture)).Out
            .Should().Contain($"\n  Q.850:     {cause} (RFC 3398, section 8.2.6.1)\n");
    }

    [Theory]
    [InlineData("488")]
    [InlineData("606")]
    public void A_code_RFC_3398_maps_by_Warning_header_shows_what_a_bearer_warning_changes(string code)
    {
        // RFC 3398 section 8.2.6.1: "488 Not Acceptable here --- by Warning header", 31 by default, and "If the Warning
        // code speaks to an unavailable bearer capability, cause code '65 Bearer Capability Not Implemented'".
        Tool.Run(code).Out.Should().Contain("\n  Q.850:     31 Normal, unspecified (RFC 3398, section 8.2.6.1); with Warning 304 (Media type not available): 65 Bearer capability not implemented\n");
        Tool.Run(code, "--lang", "nl").Out.Should().Contain("\n  Q.850:      31 Normaal, niet gespecificeerd (RFC 3398, paragraaf 8.2.6.1); met Warning 304 (Media type not available): 65 Transportcapaciteit (bearer capability) niet geïmplementeerd\n");
        var status = ToolJson.Parse(Tool.Run(code, "--json").Out).GetProperty("results")[0].GetProperty("statuses")[0];
        var change = status.GetProperty("q850CauseByWarning").EnumerateArray().Single();
        (change.GetProperty("warnCode").GetInt32(), change.GetProperty("cause").GetInt32(), change.GetProperty("causeName").GetString()).Should().Be((304, 65, "Bearer capability not implemented"));
        ToolJson.Parse(Tool.Run("486", "--json").Out).GetProperty("results")[0].GetProperty("statuses")[0].TryGetProperty("q850CauseByWarning", out _).Should().BeFalse("only 488 and 606 are mapped by Warning header");
    }

    [Theory]
    [InlineData("180")]
    [InlineData("487")]
    public void A_code_that_fails_no_call_has_no_Q850_line(string code)
    {
        // 1xx-3xx do not fail a call; RFC 3398 section 8.2.6.1 prints "487 Request Terminated  --- (no mapping)".
        Tool.Run(code).Out.Should().NotContain("Q.850");
        ToolJson.Parse(Tool.Run(code, "--json").Out).GetProperty("results")[0].GetProperty("statuses")[0].GetProperty("q850Cause").ValueKind.Should().Be(JsonValueKind.Null);
    }
}
