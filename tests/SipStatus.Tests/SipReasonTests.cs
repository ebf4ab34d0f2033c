using System;
using System.Globalization;
using System.Linq;
using FluentAssertions;
using Xunit;

namespace SipStatus.Tests;

/// <summary>The Reason header (RFC 3326, and RFC 6432 for Q.850 causes in responses): parsing, writing, explaining.</summary>
public class SipReasonTests
{
    private static readonly CultureInfo s_english = CultureInfo.GetCultureInfo("en");
    private static readonly CultureInfo s_dutch = CultureInfo.GetCultureInfo("nl-BE");

    /// <summary>The four examples RFC 3326 section 2 prints, exactly as printed.</summary>
    [Theory]
    [InlineData("SIP ;cause=200 ;text=\"Call completed elsewhere\"", "SIP", 200, "Call completed elsewhere")]
    [InlineData("Q.850 ;cause=16 ;text=\"Terminated\"", "Q.850", 16, "Terminated")]
    [InlineData("SIP ;cause=600 ;text=\"Busy Everywhere\"", "SIP", 600, "Busy Everywhere")]
    [InlineData("SIP ;cause=580 ;text=\"Precondition Failure\"", "SIP", 580, "Precondition Failure")]
    public void The_RFC_3326_examples_parse(string value, string protocol, int cause, string text)
    {
        var reason = SipReason.Parse(value);
        reason.Protocol.Should().Be(protocol);
        reason.Cause.Should().Be(cause);
        reason.Text.Should().Be(text);
        SipReason.TryParse(value, out var tried).Should().BeTrue();
        tried.Should().Be(reason);
        SipReason.ParseAll(value).Should().Equal(reason);
    }

    [Fact]
    public void A_response_may_carry_a_SIP_and_a_Q850_reason_together_as_RFC_6432_allows()
    {
        // RFC 6432 lets a SIP response carry a Q.850 reason beside a SIP one (one value per protocol, RFC 3326).
        var reasons = SipReason.ParseAll("SIP;cause=486;text=\"Busy Here\", Q.850;cause=17;text=\"User busy\"");
        reasons.Should().HaveCount(2);
        reasons[0].Should().Be(new SipReason("SIP", 486, "Busy Here"));
        reasons[0].IsSip.Should().BeTrue();
        reasons[1].Should().Be(new SipReason("Q.850", 17, "User busy"));
        reasons[1].IsQ850.Should().BeTrue();
        SipReason.TryParseAll("Q.850;cause=16 ,\r\n SIP;cause=487", out var folded).Should().BeTrue();
        folded!.Select(r => r.Cause).Should().Equal(16, 487);
        FluentActions.Invoking(() => ((System.Collections.Generic.IList<SipReason>)reasons).Add(reasons[0])).Should().Throw<NotSupportedException>();
    }

    [Theory]
    [InlineData("Q.850;cause=16;text=\"Normal call clearing\"", 16, "Normal call clearing")]
    [InlineData("  Q.850 ; cause = 31 ; text = \"Normal, unspecified\"  ", 31, "Normal, unspecified")]
    [InlineData("Q.850\t;\tcause\t=\t17", 17, null)]
    [InlineData("Q.850;\r\n cause=16;\r\n\ttext=\"Normal call clearing\"", 16, "Normal call clearing")]
    [InlineData("Q.850;text=\"Terminated\";cause=16", 16, "Terminated")]
    [InlineData("q.850;CAUSE=16;Text=\"x\"", 16, "x")]
    [InlineData("Q.850;cause=16;text=\"Terminated\";location=LN", 16, "Terminated")]
    [InlineData("Q.850;location=LN;cause=16", 16, null)]
    [InlineData("Q.850;cause=16;flag;x=\"a, b; c\";host=[2001:db8::1];v=example.com", 16, null)]
    [InlineData("Q.850;cause=0016", 16, null)]
    [InlineData("Q.850;cause=16;text=\"\"", 16, "")]
    [InlineData("Q.850;cause=16;text=\"say \\\"hi\\\" \\\\ bye\"", 16, "say \"hi\" \\ bye")]
    [InlineData("Q.850;cause=16;text=\"Occupé, 占线\"", 16, "Occupé, 占线")]
    [InlineData("Q.850;cause=16;text=\"two\r\n  lines\"", 16, "two  lines")]
    public void Parsing_tolerates_white_space_escapes_parameter_order_case_and_extension_parameters(string value, int cause, string? text)
    {
        var reason = SipReason.Parse(value);
        reason.Protocol.Should().Be("Q.850");
        reason.IsQ850.Should().BeTrue();
        reason.Cause.Should().Be(cause);
        reason.Text.Should().Be(text);
    }

    [Fact]
    public void Other_protocols_are_kept_as_written()
    {
        var reason = SipReason.Parse("preemption ;cause=1 ;text=\"UA Preemption\"");
        reason.Protocol.Should().Be("preemption");
        reason.IsSip.Should().BeFalse();
        reason.IsQ850.Should().BeFalse();
        SipReason.Parse("sip;cause=200").Protocol.Should().Be("SIP");
    }

    public static TheoryData<string, string> Malformed => new()
    {
        { "", "the value is empty at position 0" },
        { "   ", "the value is empty at position 0" },
        { ";cause=16", "expected a protocol token (SIP, Q.850 or another) at position 0" },
        { "Q.850", "the reason has no cause parameter at position 0" },
        { "Q.850;text=\"no cause\"", "the reason has no cause parameter at position 0" },
        { "Q.850;cause=abc", "the cause must be digits at position 12" },
        { "Q.850;cause=", "the cause must be digits at position 12" },
        { "Q.850;cause", "the cause parameter has no value at position 6" },
        { "Q.850;cause=16;cause=17", "the cause parameter is repeated at position 15" },
        { "Q.850;cause=99999999999", "the cause is too large at position 12" },
        { "Q.850;cause=16;text=\"unterminated", "the quoted string is not closed at position 20" },
        { "Q.850;cause=16;text=Terminated", "the text parameter must be a quoted string at position 20" },
        { "Q.850;cause=16;text=\"a\";text=\"b\"", "the text parameter is repeated at position 24" },
        { "Q.850;cause=16;text=\"a\"b", "unexpected character at position 23" },
        { "Q.850;cause=16;=x", "expected a parameter name at position 15" },
        { "Q.850;cause=16;x=", "expected a parameter value at position 17" },
        { "Q.850;cause=16;h=[zz]", "expected an IPv6 reference in brackets at position 17" },
        { "Q 850;cause=16", "unexpected character at position 2" },
        { "Q.850;cause=16\u0001", "unexpected character at position 14" },
        { "Q.850;cause=16;text=\"bell\u0007\"", "a quoted string may not hold a control character at position 25" },
        { "Q.850;cause=16;text=\"a\r\nb\"", "a line break in a quoted string must be followed by white space at position 22" },
        { "Q.850;cause=16;text=\"a\\", "a backslash in a quoted string must escape an ASCII character at position 22" },
        { "Q.850;cause=16,", "the value lists more than one reason (use ParseAll) at position 14" },
        { "SIP;cause=200, Q.850;cause=16", "the value lists more than one reason (use ParseAll) at position 13" },
        { "Q.850;cause=16\r\nX", "unexpected character at position 14" },
    };

    [Theory]
    [MemberData(nameof(Malformed))]
    public void Malformed_values_fail_with_the_position_and_an_excerpt(string value, string problem)
    {
        SipReason.TryParse(value, out var reason).Should().BeFalse();
        reason.Should().BeNull();
        FluentActions.Invoking(() => SipReason.Parse(value)).Should().Throw<FormatException>()
            .Where(e => e.Message.StartsWith("Not a valid Reason header value: " + problem + " (near \"", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("", "the value is empty at position 0")]
    [InlineData("SIP;cause=200,", "expected a protocol token (SIP, Q.850 or another) at position 14")]
    [InlineData("SIP;cause=200,,Q.850;cause=16", "expected a protocol token (SIP, Q.850 or another) at position 14")]
    [InlineData("SIP;cause=200 Q.850;cause=16", "unexpected character at position 14")]
    [InlineData("SIP;cause=200, Q.850", "the reason has no cause parameter at position 15")]
    public void Malformed_lists_fail_with_the_position_and_an_excerpt(string value, string problem)
    {
        SipReason.TryParseAll(value, out var reasons).Should().BeFalse();
        reasons.Should().BeNull();
        FluentActions.Invoking(() => SipReason.ParseAll(value)).Should().Throw<FormatException>()
            .Where(e => e.Message.StartsWith("Not a valid Reason header value: " + problem, StringComparison.Ordinal));
    }

    [Fact]
    public void A_message_quotes_only_a_short_excerpt_of_a_long_input_with_control_characters_escaped()
    {
        var value = "Q.850;cause=16;text=\"" + new string('x', 10_000) + "\u0007" + new string('y', 10_000) + "\"";
        var error = FluentActions.Invoking(() => SipReason.Parse(value)).Should().Throw<FormatException>().Which;
        error.Message.Length.Should().BeLessThan(200);
        error.Message.Should().Contain("at position 10021").And.Contain("\\u0007").And.Contain("…xxxxxxxx\\u0007yyyyy");
        error.Message.Should().NotContain(new string('x', 30));
    }

    [Fact]
    public void Null_throws_ArgumentNullException_from_Parse_and_is_false_from_TryParse()
    {
        FluentActions.Invoking(() => SipReason.Parse(null!)).Should().Throw<ArgumentNullException>().WithParameterName("value");
        FluentActions.Invoking(() => SipReason.ParseAll(null!)).Should().Throw<ArgumentNullException>().WithParameterName("value");
        SipReason.TryParse(null, out var reason).Should().BeFalse();
        reason.Should().BeNull();
        SipReason.TryParseAll(null, out var reasons).Should().BeFalse();
        reasons.Should().BeNull();
    }

    [Fact]
    public void TryParse_never_throws_on_any_short_input()
    {
        var alphabet = new[] { "Q.850", "SIP", ";", "=", "cause", "text", "\"", "\\", ",", " ", "\r\n", "\t", "16", "[", "]", "x", "\u0000", "\u0085", "é" };
        var random = new Random(3326);
        for (var i = 0; i < 20_000; i++)
        {
            var value = string.Concat(Enumerable.Range(0, random.Next(0, 12)).Select(_ => alphabet[random.Next(alphabet.Length)]));
            FluentActions.Invoking(() => SipReason.TryParse(value, out _)).Should().NotThrow(value);
            FluentActions.Invoking(() => SipReason.TryParseAll(value, out _)).Should().NotThrow(value);
            if (SipReason.TryParse(value, out var reason))
            {
                SipReason.Parse(reason.ToString()).Should().Be(reason, "a parsed reason reads back from its own text");
            }
            else
            {
                FluentActions.Invoking(() => SipReason.Parse(value)).Should().Throw<FormatException>();
            }
        }
    }

    [Theory]
    [InlineData("Q.850", 16, "Normal call clearing", "Q.850;cause=16;text=\"Normal call clearing\"")]
    [InlineData("q.850", 17, null, "Q.850;cause=17")]
    [InlineData("SIP", 200, "say \"hi\" \\ bye", "SIP;cause=200;text=\"say \\\"hi\\\" \\\\ bye\"")]
    [InlineData("preemption", 1, "", "preemption;cause=1;text=\"\"")]
    public void A_reason_writes_a_header_value_that_parses_back(string protocol, int cause, string? text, string written)
    {
        var reason = new SipReason(protocol, cause, text);
        reason.ToString().Should().Be(written);
        SipReason.Parse(written).Should().Be(reason);
        reason.GetHashCode().Should().Be(SipReason.Parse(written).GetHashCode());
    }

    [Fact]
    public void The_constructor_rejects_what_a_header_cannot_carry_naming_it()
    {
        FluentActions.Invoking(() => new SipReason(null!, 16)).Should().Throw<ArgumentNullException>().WithParameterName("protocol");
        FluentActions.Invoking(() => new SipReason("Q 850", 16)).Should().Throw<ArgumentException>().WithParameterName("protocol").Where(e => e.Message.Contains("'Q 850'", StringComparison.Ordinal));
        FluentActions.Invoking(() => new SipReason("", 16)).Should().Throw<ArgumentException>().WithParameterName("protocol");
        FluentActions.Invoking(() => new SipReason("SIP", -1)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("cause").Where(e => e.Message.StartsWith("-1 is not", StringComparison.Ordinal));
        FluentActions.Invoking(() => new SipReason("SIP", 200, "a\r\nb")).Should().Throw<ArgumentException>().WithParameterName("text");
    }

    [Fact]
    public void Equality_ignores_the_case_of_the_protocol_but_not_cause_or_text()
    {
        new SipReason("preemption", 1, "x").Should().Be(new SipReason("PREEMPTION", 1, "x"));
        new SipReason("SIP", 1, "x").Should().NotBe(new SipReason("SIP", 2, "x"));
        new SipReason("SIP", 1, "x").Should().NotBe(new SipReason("SIP", 1, "X"));
        new SipReason("SIP", 1).Should().NotBe(new SipReason("SIP", 1, string.Empty));
        new SipReason("SIP", 1).Equals(null).Should().BeFalse();
    }

    [Fact]
    public void A_SIP_reason_is_explained_as_its_status_code_in_either_language()
    {
        var reason = SipReason.Parse("SIP ;cause=600 ;text=\"Busy Everywhere\"");
        reason.Explain(s_english).Should().Be(
            "The reason is given as a SIP status code: " + SipStatusCatalog.Explain(600, s_english) + " The sender's own text: \"Busy Everywhere\".");
        reason.Explain(s_dutch).Should().Be(
            "De reden is opgegeven als SIP-statuscode: " + SipStatusCatalog.Explain(600, s_dutch) + " De eigen tekst van de afzender: \"Busy Everywhere\".");
        SipReason.Parse("SIP;cause=431").Explain(s_english).Should().Contain("431 counts as 400 Bad Request");
        SipReason.Parse("SIP;cause=999").Explain(s_english).Should().Be("The reason is given as SIP status code 999, which is not a SIP status code: those are three digits from 100 to 699.");
        SipReason.Parse("SIP;cause=99").Explain(s_dutch).Should().StartWith("De reden is opgegeven als SIP-statuscode 99, maar dat is geen SIP-statuscode");
    }

    [Fact]
    public void A_Q850_reason_is_explained_by_its_cause_and_the_SIP_response_RFC_3398_maps_it_to()
    {
        var busy = SipReason.Parse("Q.850;cause=17");
        busy.Explain(s_english).Should().Be(
            "The reason is given in the Q.850 protocol. Q.850 cause 17, \"User busy\". " +
            "RFC 3398 (section 7.2.4.1) maps this cause to the SIP response 486 Busy Here: " + SipStatusCode.BusyHere.GetInfo().GetDescription(s_english));
        busy.Explain(s_dutch).Should().StartWith("De reden is opgegeven in het protocol Q.850. Q.850-oorzaak 17, \"Gebruiker bezet\".")
            .And.EndWith("koppelt deze oorzaak aan het SIP-antwoord 486 Busy Here: " + SipStatusCode.BusyHere.GetInfo().GetDescription(s_dutch));
        SipReason.Parse("Q.850;cause=128").Explain(s_english).Should().Be("The reason is given as Q.850 cause 128, which is not a Q.850 cause value: those run from 0 to 127.");
    }

    [Fact]
    public void A_Q850_reason_does_not_say_the_telephone_network_gave_it()
    {
        // Any response but 100 may carry a Q.850 cause, so the cause need not come from the PSTN.
        var rfc6432 = TestFiles.Prose("rfc6432-3.txt");
        rfc6432.Should().Contain("Any SIP Response message, with the exception of a 100 (Trying), MAY contain a Reason header field with a Q.850 [Q.850] cause code.");
        foreach (var cause in new[] { 1, 16, 17, 30, 44, 127 })
        {
            var reason = new SipReason(SipReason.Q850Protocol, cause);
            reason.Explain(s_english).Should().NotContainAny("telephone network", "ISDN", "ISUP");
            reason.Explain(s_dutch).Should().NotContain("telefoonnet");
        }
    }

    [Fact]
    public void A_cause_RFC_3398_does_not_list_is_explained_by_the_default_response_not_as_a_mapping()
    {
        // RFC 3398 section 7.2.4.1: "If a cause value other than those listed below is received, the default
        // response '500 Server internal error' SHOULD be used."
        var unlisted = SipReason.Parse("Q.850;cause=12");
        unlisted.Explain(s_english).Should().Be(
            "The reason is given in the Q.850 protocol. Q.850 cause 12, \"Unassigned (normal event class)\". RFC 3398 (section 7.2.4.1) does not list this cause; " +
            "for such a cause a gateway sends the default response, 500 Server Internal Error: " + SipStatusCode.ServerInternalError.GetInfo().GetDescription(s_english));
        unlisted.Explain(s_english).Should().NotContain("maps");
        SipReason.Parse("Q.850;cause=30").Explain(s_dutch).Should().Contain("noemt deze oorzaak niet").And.Contain("500 Server Internal Error");
        SipReason.Parse("Q.850;cause=31").Explain(s_english).Should().Contain("maps this cause to the SIP response 480 Temporarily Unavailable");
    }

    [Fact]
    public void Cause_16_ends_the_call_normally_and_cause_44_is_untranslatable_each_in_a_sentence_of_its_own()
    {
        // RFC 3398 section 7.2.4.1: "(*) ISDN Cause 16 will usually result in a BYE or CANCEL"; "receipt of cause
        // code 44 should not result in any SIP status code being sent; effectively, the cause code is untranslatable."
        SipReason.Parse("Q.850 ;cause=16 ;text=\"Terminated\"").Explain(s_english).Should().Be(
            "The reason is given in the Q.850 protocol. Q.850 cause 16, \"Normal call clearing\": the call was ended normally. Under RFC 3398 (section 7.2.4.1) this cause " +
            "usually ends the call with a BYE or CANCEL rather than an error response. The sender's own text: \"Terminated\".");
        SipReason.Parse("Q.850;cause=16").Explain(s_dutch).Should().Contain("het gesprek is normaal beëindigd");

        var circuit = SipReason.Parse("Q.850;cause=44");
        circuit.Explain(s_english).Should().Be(
            "The reason is given in the Q.850 protocol. Q.850 cause 44, \"Requested circuit/channel not available\". This cause concerns only the circuit between two " +
            "telephone switches: RFC 3398 (section 7.2.4.1) calls it untranslatable and sends no SIP response for it; the originating switch " +
            "tries the call again on another circuit.");
        circuit.Explain(s_english).Should().NotContain("ended normally");
        circuit.Explain(s_dutch).Should().Contain("onvertaalbaar").And.NotContain("normaal beëindigd");
    }

    [Fact]
    public void A_reason_in_another_protocol_says_it_cannot_be_explained_and_follows_the_UI_culture()
    {
        var reason = SipReason.Parse("preemption;cause=1;text=\"UA Preemption\"");
        reason.Explain(s_english).Should().Be("The reason is given in the protocol preemption with cause 1; only SIP and Q.850 causes can be explained here. The sender's own text: \"UA Preemption\".");
        using (new CultureScope("nl-NL"))
        {
            reason.Explain().Should().Be("De reden is opgegeven in het protocol preemption met oorzaak 1; alleen SIP- en Q.850-oorzaken kunnen hier worden uitgelegd. De eigen tekst van de afzender: \"UA Preemption\".");
        }
    }

    [Fact]
    public void Every_Q850_cause_and_every_SIP_code_explains_without_leftover_placeholders_in_both_languages()
    {
        foreach (var culture in new[] { s_english, s_dutch })
        {
            for (var cause = 0; cause <= 130; cause++)
            {
                new SipReason("Q.850", cause, "{0}").Explain(culture).Should().NotContain("{1}").And.EndWith("\"{0}\".");
            }

            for (var code = 95; code <= 705; code++)
            {
                new SipReason("SIP", code).Explain(culture).Should().NotContain("{").And.Contain(code.ToString(CultureInfo.InvariantCulture));
            }
        }
    }
}
