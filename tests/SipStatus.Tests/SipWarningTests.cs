using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using FluentAssertions;
using FsCheck;
using FsCheck.Fluent;
using Xunit;

namespace SipStatus.Tests;

/// <summary>
/// The Warning header (RFC 3261 section 20.43; its grammar in section 25.1): parsing one value and a whole header,
/// writing, explaining, and the bad-input rules the other parsers follow.
/// </summary>
public class SipWarningTests
{
    private static readonly CultureInfo s_english = CultureInfo.GetCultureInfo("en");
    private static readonly CultureInfo s_dutch = CultureInfo.GetCultureInfo("nl-BE");

    /// <summary>The Warning header lines RFC 3261 prints (section 20.43's examples and section 7.3.1's), as printed.</summary>
    public static TheoryData<string, int, string, string> RfcExamples => new()
    {
        { "Warning: 307 isi.edu \"Session parameter 'foo' not understood\"", 307, "isi.edu", "Session parameter 'foo' not understood" },
        { "Warning: 301 isi.edu \"Incompatible network address type 'E.164'\"", 301, "isi.edu", "Incompatible network address type 'E.164'" },
        { "Warning: 370 devnull \"Choose a bigger pipe\"", 370, "devnull", "Choose a bigger pipe" },
        { "Warning: 370 devnull \"CHOOSE A BIGGER PIPE\"", 370, "devnull", "CHOOSE A BIGGER PIPE" },
    };

    [Theory]
    [MemberData(nameof(RfcExamples))]
    public void The_RFC_3261_examples_parse(string line, int code, string agent, string text)
    {
        TestFiles.ReadAll("rfc3261-20.43-warning.txt").Should().Contain("      " + line, "the example is quoted from RFC 3261");
        var value = line["Warning: ".Length..];
        var warning = SipWarning.Parse(value);
        warning.Code.Should().Be(code);
        warning.Agent.Should().Be(agent);
        warning.Text.Should().Be(text);
        warning.Info.Should().BeSameAs(SipWarningCatalog.Get((SipWarningCode)code));
        warning.ToString().Should().Be(value);
        SipWarning.TryParse(value, out var tried).Should().BeTrue();
        tried.Should().Be(warning);
        SipWarning.ParseAll(value).Should().Equal(warning);
    }

    [Fact]
    public void The_two_370_warnings_RFC_3261_section_7_3_1_calls_not_equivalent_are_not_equal()
    {
        TestFiles.Prose("rfc3261-20.43-warning.txt").Should().Contain("The following two header fields are not equivalent:");
        var lower = SipWarning.Parse("370 devnull \"Choose a bigger pipe\"");
        var upper = SipWarning.Parse("370 devnull \"CHOOSE A BIGGER PIPE\"");
        lower.Should().NotBe(upper);
        (lower == upper).Should().BeFalse();
        (lower != upper).Should().BeTrue();
        lower.Should().Be(SipWarning.Parse("370 DevNull \"Choose a bigger pipe\""), "a host name or pseudonym is compared ignoring case");
    }

    [Theory]
    [InlineData("304 sbc.example.net \"Media type not available\"", 304, "sbc.example.net", "Media type not available")]
    [InlineData("305 192.0.2.10:5060 \"Incompatible media format\"", 305, "192.0.2.10:5060", "Incompatible media format")]
    [InlineData("399 [2001:db8::1]:5061 \"x\"", 399, "[2001:db8::1]:5061", "x")]
    [InlineData("399 [2001:db8::1] \"x\"", 399, "[2001:db8::1]", "x")]
    [InlineData("399 pbx.example.com.:5060 \"x\"", 399, "pbx.example.com.:5060", "x")]
    [InlineData("399 - \"x\"", 399, "-", "x")]
    [InlineData("399 my_pbx!v2 \"x\"", 399, "my_pbx!v2", "x")]
    [InlineData("399 asterisk \"Call from 'foo', rejected; see log\"", 399, "asterisk", "Call from 'foo', rejected; see log")]
    [InlineData("399 a \"say \\\"hi\\\" \\\\ bye\"", 399, "a", "say \"hi\" \\ bye")]
    [InlineData("399 a \"\"", 399, "a", "")]
    [InlineData("399 a \"Occupé, 占线\"", 399, "a", "Occupé, 占线")]
    [InlineData("399 a \"tab\there\"", 399, "a", "tab\there")]
    [InlineData("399 a \"two\r\n  lines\"", 399, "a", "two  lines")]
    [InlineData("  399 a   \"spaced\"  ", 399, "a", "spaced")]
    [InlineData("399 a\r\n \"folded before the text\"", 399, "a", "folded before the text")]
    [InlineData("399 a\t\"tab before the text\"", 399, "a", "tab before the text")]
    [InlineData("399\ta \"tab after the code\"", 399, "a", "tab after the code")]
    [InlineData("399  \r\n\t a \"folded after the code\"", 399, "a", "folded after the code")]
    [InlineData("000 a \"b\"", 0, "a", "b")]
    [InlineData("999 a \"b\"", 999, "a", "b")]
    public void Parsing_reads_every_form_of_agent_escapes_and_folding(string value, int code, string agent, string text)
    {
        var warning = SipWarning.Parse(value);
        warning.Code.Should().Be(code);
        warning.Agent.Should().Be(agent);
        warning.Text.Should().Be(text);
        SipWarning.Parse(warning.ToString()).Should().Be(warning, "ToString writes what Parse reads back");
    }

    [Fact]
    public void An_unregistered_code_has_no_catalog_row()
    {
        SipWarning.Parse("399 a \"b\"").Info!.Code.Should().Be(SipWarningCode.MiscellaneousWarning);
        SipWarning.Parse("309 a \"b\"").Info.Should().BeNull();
        SipWarning.Parse("199 a \"b\"").Info.Should().BeNull();
        default(SipWarning).Info.Should().BeNull();
        default(SipWarning).Agent.Should().BeEmpty();
        default(SipWarning).Text.Should().BeEmpty();
    }

    [Fact]
    public void A_header_value_with_several_warnings_is_split_at_commas_outside_the_quoted_text()
    {
        var warnings = SipWarning.ParseAll("304 sbc.example.net \"Media type not available\", 399 sbc.example.net \"No video, sorry; audio only\"");
        warnings.Should().HaveCount(2);
        warnings[0].Should().Be(new SipWarning(304, "sbc.example.net", "Media type not available"));
        warnings[1].Should().Be(new SipWarning(399, "sbc.example.net", "No video, sorry; audio only"));

        SipWarning.TryParseAll("370 a \"x\" ,\r\n 307 b:5060 \"y, z\",399 c \"\"", out var folded).Should().BeTrue();
        folded!.Select(w => (w.Code, w.Agent, w.Text)).Should().Equal((370, "a", "x"), (307, "b:5060", "y, z"), (399, "c", ""));
        FluentActions.Invoking(() => ((IList<SipWarning>)warnings).Add(warnings[0])).Should().Throw<NotSupportedException>();
        SipWarning.Parse("399 a \"one, two, three\"").Text.Should().Be("one, two, three");
    }

    public static TheoryData<string, string> Malformed => new()
    {
        { "", "the value is empty at position 0" },
        { "  \t", "the value is empty at position 0" },
        { "30 a \"b\"", "the warn-code must be three digits at position 0" },
        { "3040 a \"b\"", "the warn-code must be three digits at position 0" },
        { "abc a \"b\"", "the warn-code must be three digits at position 0" },
        { "٣٠٤ a \"b\"", "the warn-code must be three digits at position 0" },
        { "304", "white space must follow the warn-code at position 3" },
        { "304a \"b\"", "white space must follow the warn-code at position 3" },
        { "304\r\na \"b\"", "white space must follow the warn-code at position 3" },
        { "304 \"b\"", "expected a warn-agent (a host with an optional port, or a pseudonym) at position 4" },
        { "304 a", "white space must follow the warn-agent at position 5" },
        { "304 a\"b\"", "white space must follow the warn-agent at position 5" },
        { "304 a:x \"b\"", "the port of the warn-agent must be digits at position 6" },
        { "304 my_pbx:5060 \"b\"", "a warn-agent with a port must be a host name or address at position 4" },
        { "304 [zz::1] \"b\"", "expected an IPv6 reference in brackets at position 4" },
        { "304 [2001:db8::1 \"b\"", "expected an IPv6 reference in brackets at position 4" },
        { "304 a b", "the warn-text must be a quoted string at position 6" },
        { "304 a ", "the warn-text must be a quoted string at position 6" },
        { "304 a \"unterminated", "the quoted string is not closed at position 6" },
        { "304 a \"b\" c", "unexpected character after the warn-text at position 10" },
        { "304 a \"b\";x=1", "unexpected character after the warn-text at position 9" },
        { "304 a \"bell\u0007\"", "a quoted string may not hold a control character at position 11" },
        { "304 a \"a\r\nb\"", "a line break in a quoted string must be followed by white space at position 8" },
        { "304 a \"a\\", "a backslash in a quoted string must escape an ASCII character at position 8" },
        { "304 a \"a\\é\"", "a backslash in a quoted string must escape an ASCII character at position 8" },
        { "304 a \"b\",", "the value lists more than one warning (use ParseAll) at position 9" },
        { "304 a \"b\", 399 c \"d\"", "the value lists more than one warning (use ParseAll) at position 9" },
        { "304 a \"b\"\r\nVia: x", "unexpected character after the warn-text at position 9" },
    };

    [Theory]
    [MemberData(nameof(Malformed))]
    public void Malformed_values_fail_with_the_problem_its_position_and_an_excerpt(string value, string problem)
    {
        SipWarning.TryParse(value, out var warning).Should().BeFalse();
        warning.Should().Be(default(SipWarning));
        FluentActions.Invoking(() => SipWarning.Parse(value)).Should().Throw<FormatException>()
            .Where(e => e.Message.StartsWith("Not a valid Warning header value: " + problem + " (near \"", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("304 a \"b\",", "the warn-code must be three digits at position 10")]
    [InlineData("304 a \"b\", ,399 c \"d\"", "the warn-code must be three digits at position 11")]
    [InlineData(",304 a \"b\"", "the warn-code must be three digits at position 0")]
    [InlineData("304 a \"b\", 399 c", "white space must follow the warn-agent at position 16")]
    [InlineData("", "the value is empty at position 0")]
    public void A_malformed_or_missing_value_in_a_list_fails_the_whole_header(string value, string problem)
    {
        SipWarning.TryParseAll(value, out var warnings).Should().BeFalse();
        warnings.Should().BeNull();
        FluentActions.Invoking(() => SipWarning.ParseAll(value)).Should().Throw<FormatException>()
            .Where(e => e.Message.StartsWith("Not a valid Warning header value: " + problem + " (near \"", StringComparison.Ordinal));
    }

    [Fact]
    public void Error_messages_quote_only_a_short_escaped_excerpt()
    {
        var value = "304 sbc.example.net \"" + new string('x', 200) + "\u202E\u0007 evil";
        var message = FluentActions.Invoking(() => SipWarning.Parse(value)).Should().Throw<FormatException>().Which.Message;
        message.Length.Should().BeLessThan(160);
        message.Should().NotContain("\u202E").And.NotContain("\u0007");
        FluentActions.Invoking(() => SipWarning.Parse("304 a \"b\u202E\u0007\"")).Should().Throw<FormatException>()
            .Which.Message.Should().Contain("\\u202E\\u0007");
    }

    [Fact]
    public void Null_input_throws_ArgumentNullException_from_Parse_and_is_refused_by_TryParse()
    {
        FluentActions.Invoking(() => SipWarning.Parse(null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => SipWarning.ParseAll(null!)).Should().Throw<ArgumentNullException>();
        SipWarning.TryParse(null, out _).Should().BeFalse();
        SipWarning.TryParseAll(null, out var none).Should().BeFalse();
        none.Should().BeNull();
    }

    [Fact]
    public void The_constructor_checks_the_code_agent_and_text_and_ToString_escapes_the_text()
    {
        var warning = new SipWarning(399, "pbx.example.com:5060", "say \"hi\" \\ \u0001 bye");
        warning.ToString().Should().Be("399 pbx.example.com:5060 \"say \\\"hi\\\" \\\\ \\\u0001 bye\"");
        SipWarning.Parse(warning.ToString()).Should().Be(warning);
        new SipWarning(7, "a", "b").ToString().Should().Be("007 a \"b\"");
        FluentActions.Invoking(() => new SipWarning(1000, "a", "b")).Should().Throw<ArgumentOutOfRangeException>().Where(e => e.ParamName == "code");
        FluentActions.Invoking(() => new SipWarning(-1, "a", "b")).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => new SipWarning(399, null!, "b")).Should().Throw<ArgumentNullException>().Where(e => e.ParamName == "agent");
        FluentActions.Invoking(() => new SipWarning(399, "a", null!)).Should().Throw<ArgumentNullException>().Where(e => e.ParamName == "text");
        foreach (var agent in new[] { string.Empty, "two words", "a\"b", "my_pbx:5060", "[::1", "host:", "a,b" })
        {
            FluentActions.Invoking(() => new SipWarning(399, agent, "b")).Should().Throw<ArgumentException>().Where(e => e.ParamName == "agent", "'{0}' is not a warn-agent", agent);
        }

        FluentActions.Invoking(() => new SipWarning(399, "a", "line\r\nbreak")).Should().Throw<ArgumentException>().Where(e => e.ParamName == "text");
    }

    [Fact]
    public void Explain_gives_the_code_its_registry_text_the_agent_the_meaning_a_hint_and_the_sender_s_text()
    {
        var warning = SipWarning.Parse("304 sbc.example.net \"Video not allowed\"");
        var info = SipWarningCatalog.Get(SipWarningCode.MediaTypeNotAvailable);
        var english = warning.Explain(s_english);
        english.Should().StartWith("Warning 304 (Media type not available) was added by sbc.example.net. ")
            .And.Contain(info.GetDescription(s_english))
            .And.Contain("In short: " + info.GetHint(s_english) + ".")
            .And.EndWith("The sender's own text: \"Video not allowed\".");
        var dutch = warning.Explain(s_dutch);
        dutch.Should().StartWith("Waarschuwing 304 (Media type not available) is toegevoegd door sbc.example.net. ")
            .And.Contain(info.GetDescription(s_dutch))
            .And.EndWith("De eigen tekst van de afzender: \"Video not allowed\".");
        warning.Explain(SipLanguage.Dutch).Should().Be(dutch);
        warning.Explain(SipLanguage.English).Should().Be(english);
        using (new CultureScope("nl-NL"))
        {
            warning.Explain().Should().Be(dutch);
        }
    }

    [Fact]
    public void Explain_of_399_says_that_no_automated_action_may_be_taken()
    {
        var warning = SipWarning.Parse("399 pbx \"Trunk 3 is in maintenance\"");
        warning.Explain(s_english).Should().Contain("MUST NOT take any automated action").And.Contain("Trunk 3 is in maintenance");
        warning.Explain(s_dutch).Should().Contain("MUST NOT take any automated action").And.Contain("geen enkele automatische actie");
    }

    [Fact]
    public void Explain_of_an_unregistered_code_says_so_and_leaves_the_meaning_to_its_text()
    {
        var warning = SipWarning.Parse("309 gw.example.net \"Codec list too long\"");
        warning.Explain(s_english).Should().Be(
            "Warning 309 was added by gw.example.net. 309 is not a registered warn-code, so only the text of the warning says what it means. "
            + "RFC 3261 (section 20.43) reserves the codes 300 to 329 for problems with keywords in the session description (SDP). "
            + "The sender's own text: \"Codec list too long\".");
        warning.Explain(s_dutch).Should().StartWith("Waarschuwing 309 is toegevoegd door gw.example.net. 309 is geen geregistreerde waarschuwingscode");
        default(SipWarning).Explain(s_english).Should().StartWith("Warning 000 ");
    }

    /// <summary>
    /// An unregistered code in a range RFC 3261 section 20.43 gives a purpose is explained with that purpose; RFC 5630
    /// appendix A moves the miscellaneous range's start from 390 to 380.
    /// </summary>
    [Theory]
    [InlineData(300, 329, "problems with keywords in the session description", "sleutelwoorden in de sessiebeschrijving")]
    [InlineData(330, 339, "basic network services the session description", "basisnetwerkdiensten")]
    [InlineData(370, 379, "quantitative quality of service (QoS) parameters", "gegarandeerde kwaliteit (QoS)")]
    [InlineData(380, 399, "miscellaneous SIP-related warnings", "overige SIP-gerelateerde waarschuwingen")]
    public void Explain_of_an_unregistered_code_names_the_purpose_RFC_3261_gives_its_range(int first, int last, string english, string dutch)
    {
        var rfc3261 = TestFiles.Prose("rfc3261-20.43-warning.txt");
        rfc3261.Should().Contain(
            "Warnings 300 through 329 are reserved for indicating problems with keywords in the session description, 330 through 339 are warnings related to basic network services requested in the session description, "
            + "370 through 379 are warnings related to quantitative QoS parameters requested in the session description, and 390 through 399 are miscellaneous warnings that do not fall into one of the above categories.");
        TestFiles.Prose("rfc5630-warn-codes.txt").Should().Contain(
            "Later in the paragraph, \"390\" is replaced with \"380\", and \"miscellaneous warnings\" is replaced with \"miscellaneous SIP-related warnings\".");
        for (var code = first; code <= last; code++)
        {
            if (SipWarningCatalog.IsRegistered(code))
            {
                continue;
            }

            var warning = new SipWarning(code, "a", "b");
            warning.Explain(s_english).Should().Contain($"the codes {first} to {last}").And.Contain(english);
            warning.Explain(s_dutch).Should().Contain($"de codes {first} tot en met {last}").And.Contain(dutch);
        }
    }

    [Theory]
    [InlineData(0)]
    [InlineData(199)]
    [InlineData(340)]
    [InlineData(369)]
    [InlineData(400)]
    [InlineData(999)]
    public void Explain_of_a_code_outside_those_ranges_names_no_purpose(int code)
    {
        var english = new SipWarning(code, "a", "b").Explain(s_english);
        english.Should().NotContain("section 20.43").And.Contain("is not a registered warn-code");
    }

    /// <summary>
    /// RFC 3398 section 8.2.6.1's two rows mapped "by Warning header", 488 and 606: 65 where the Warning speaks to an
    /// unavailable bearer capability (304, Media type not available, in this catalog), 31 for the other Warning codes.
    /// </summary>
    [Theory]
    [InlineData("488 Not Acceptable here              --- by Warning header", SipStatusCode.NotAcceptableHere)]
    [InlineData("606 Not acceptable                   --- by Warning header", SipStatusCode.NotAcceptableAnywhere)]
    public void A_row_RFC_3398_maps_by_Warning_header_gives_65_for_an_unavailable_bearer_capability_and_31_otherwise(string row, SipStatusCode code)
    {
        var rfc = TestFiles.ReadAll("rfc3398-8.2.6.1.txt");
        rfc.Should().Contain("   " + row);
        TestFiles.Prose("rfc3398-8.2.6.1.txt").Should().Contain(
            "This document recommends that '31 Normal, unspecified' SHOULD by default be used for most currently assigned Warning codes. "
            + "If the Warning code speaks to an unavailable bearer capability, cause code '65 Bearer Capability Not Implemented' is a RECOMMENDED mapping.");
        var media = SipWarning.Parse("304 sbc.example.net \"Media type not available\"");
        code.GetQ850Cause(new[] { media }).Should().Be(65);
        code.GetQ850Cause(new[] { SipWarning.Parse("399 a \"b\""), media }).Should().Be(65, "any warning of the response may speak to the bearer capability");
        code.GetQ850Cause(Array.Empty<SipWarning>()).Should().Be(31);
        code.GetQ850Cause(SipWarning.ParseAll("305 a \"codec\", 370 a \"bandwidth\", 399 a \"x\", 309 a \"unregistered\"")).Should().Be(31);
        code.GetQ850Cause(new[] { media }).Should().NotBe(code.GetQ850Cause());
    }

    [Fact]
    public void Warnings_change_nothing_for_the_status_codes_RFC_3398_does_not_map_by_Warning_header()
    {
        var media = new[] { SipWarning.Parse("304 a \"b\"") };
        for (var code = SipStatusCatalog.MinCode; code <= SipStatusCatalog.MaxCode; code++)
        {
            if (code is 488 or 606)
            {
                continue;
            }

            ((SipStatusCode)code).GetQ850Cause(media).Should().Be(((SipStatusCode)code).GetQ850Cause(), "{0} is not mapped by Warning header", code);
        }

        SipStatusCode.BusyHere.GetQ850Cause(media).Should().Be(17);
        SipStatusCode.RequestTerminated.GetQ850Cause(media).Should().BeNull();
        FluentActions.Invoking(() => SipStatusCode.BusyHere.GetQ850Cause(null!)).Should().Throw<ArgumentNullException>().Where(e => e.ParamName == "warnings");
        FluentActions.Invoking(() => ((SipStatusCode)99).GetQ850Cause(media)).Should().Throw<ArgumentOutOfRangeException>();
        Regex.Matches(TestFiles.ReadAll("rfc3398-8.2.6.1.txt"), "by Warning header").Should().HaveCount(2, "the RFC maps two rows by Warning header");
    }

    [Fact]
    public void Property_any_warning_written_by_ToString_parses_back_alone_and_in_a_list()
    {
        var agents = Gen.Elements("sbc.example.net", "192.0.2.1:5060", "[2001:db8::1]:5061", "-", "pbx_1", "a.b.c.", "devnull");
        var texts = ArbMap.Default.GeneratorFor<string>()
            .Select(s => new string((s ?? string.Empty).Where(c => c is not '\r' and not '\n' && !char.IsSurrogate(c)).ToArray()));
        var property = Prop.ForAll(
            Gen.Choose(0, 999).ToArbitrary(),
            agents.ToArbitrary(),
            texts.ToArbitrary(),
            (code, agent, text) =>
            {
                var warning = new SipWarning(code, agent, text);
                var written = warning.ToString();
                var all = SipWarning.ParseAll(written + " ,\r\n " + written);
                return SipWarning.Parse(written) == warning && all.Count == 2 && all[0] == warning && all[1] == warning
                    && SipWarning.Parse(written).Text == text;
            });
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(1_000), property);
    }

    [Fact]
    public void Property_arbitrary_input_never_makes_TryParse_throw_and_Parse_agrees_with_it()
    {
        var prefixes = Gen.Elements(string.Empty, "304 ", "304 a ", "304 a \"", "399 [", "304 a \"b\", ", "30");
        var property = Prop.ForAll(
            prefixes.ToArbitrary(),
            ArbMap.Default.ArbFor<string>(),
            (prefix, tail) =>
            {
                var value = prefix + tail;
                var ok = SipWarning.TryParse(value, out var warning);
                var okAll = SipWarning.TryParseAll(value, out var warnings);
                bool parses;
                try
                {
                    parses = SipWarning.Parse(value) == warning;
                }
                catch (FormatException)
                {
                    parses = false;
                }

                return ok == parses && (!ok || (okAll && warnings!.Count == 1 && warnings[0] == warning));
            });
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(2_000), property);
    }
}
