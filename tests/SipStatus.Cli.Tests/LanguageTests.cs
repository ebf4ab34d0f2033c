using System.Globalization;
using FluentAssertions;
using Xunit;

namespace SipStatus.Cli.Tests;

public class LanguageTests
{
    private const string BusyHereInDutch =
        "486 Busy Here\n" +
        "  Betekenis:  Het toestel van de gebelde is bereikt maar is in gesprek en kan geen extra oproep aannemen. Probeer het later opnieuw; de gebelde is mogelijk op een andere manier bereikbaar, bijv. via voicemail.\n" +
        "  Klasse:     4xx Requestfout\n" +
        "  Referentie: RFC 3261, paragraaf 21.4.24\n" +
        "  Q.850:      17 Gebruiker bezet (RFC 3398, paragraaf 8.2.6.1)\n" +
        "  Tip:        apparatuur gebelde partij in gesprek\n";

    [Theory]
    [InlineData("nl")]
    [InlineData("NL")]
    [InlineData("nl-BE")]
    [InlineData("nl_NL")]
    public void Lang_nl_speaks_Dutch(string lang)
    {
        var (exit, output, _) = Tool.Run("--lang", lang, "486");
        exit.Should().Be(0);
        output.Should().Be(BusyHereInDutch);
    }

    [Theory]
    [InlineData("nl-NL", true)]
    [InlineData("nl-BE", true)]
    [InlineData("en-US", false)]
    [InlineData("de-DE", false)]
    [InlineData("", false)]
    public void The_default_language_comes_from_the_current_culture(string culture, bool dutch)
    {
        var (_, output, _) = new Tool { Culture = CultureInfo.GetCultureInfo(culture) }.Invoke("486");
        output.Should().Contain(dutch ? "Klasse:" : "Class:");
    }

    [Fact]
    public void Lang_en_overrides_a_Dutch_culture()
    {
        var (_, output, _) = new Tool { Culture = CultureInfo.GetCultureInfo("nl-NL") }.Invoke("486", "--lang", "en");
        output.Should().StartWith("486 Busy Here\n  Meaning:   The callee's device was reached but is busy and cannot take another call. Try again later; the callee may be reachable another way, e.g. voicemail.\n  Class:     4xx Request Failure\n");
    }

    [Fact]
    public void Dutch_explains_unregistered_and_deprecated_codes_in_Dutch()
    {
        var (_, output, _) = Tool.Run("--lang", "nl", "431", "202");
        output.Should().StartWith("431 is geen geregistreerde SIP-statuscode. Volgens RFC 3261 (paragraaf 8.1.3.2) behandelt de UAC, de user agent die het request verstuurde, een onbekend eindantwoord als het x00-antwoord van zijn klasse, dus 431 telt als 400 Bad Request");
        output.Should().Contain("  Status:     verouderd; behandel een ontvangen 202 als 200\n");
    }

    [Fact]
    public void Dutch_output_names_an_RFC_section_paragraaf_never_section()
    {
        // docs/glossary.md: a numbered part of an RFC is a "paragraaf" in Dutch.
        var (exit, output, _) = Tool.Run("--lang", "nl", "list");
        exit.Should().Be(0);
        output.Should().Contain("RFC 3261, paragraaf 21.4.24").And.Contain("RFC 8688 ");
        output.Should().NotContainEquivalentOf("section").And.NotContainEquivalentOf("sectie");
    }

    [Fact]
    public void Dutch_errors_name_the_input_too()
    {
        var (exit, _, error) = Tool.Run("--lang", "nl", "4x1");
        exit.Should().Be(1);
        error.Should().Be("sipstatus: '4x1' is geen SIP-statuscode: verwacht drie cijfers van 100 tot 699.\n");
    }

    [Theory]
    [InlineData("SIP/2.0 4x6 Busy", "de statuscode moet uit precies drie ASCII-cijfers bestaan (positie 9, bij \"…IP/2.0 4x6 Busy\").")]
    [InlineData("SIP/2.0 486\tBusy", "na de statuscode moet precies één spatie staan (positie 11, bij \"…/2.0 486\\u0009Busy\").")]
    [InlineData("SIP/2.0  486 Busy", "na de SIP-versie mag maar één spatie staan (positie 8, bij \"SIP/2.0  486 Busy\").")]
    public void Dutch_says_in_Dutch_what_is_wrong_with_a_status_line_and_where(string input, string reason)
    {
        var (exit, _, error) = Tool.Run("--lang", "nl", input);
        exit.Should().Be(1);
        error.Should().Be($"sipstatus: '{input.Replace("\t", "\\u0009", System.StringComparison.Ordinal)}' is geen SIP-statusregel: {reason}\n");
    }

    [Theory]
    [InlineData("fr")]
    [InlineData("english")]
    [InlineData("")]
    public void An_unsupported_language_is_a_usage_error(string lang)
    {
        var (exit, output, error) = Tool.Run("--lang", lang, "486");
        exit.Should().Be(2);
        output.Should().BeEmpty();
        error.Should().Contain($"'{lang}' is not a supported language: use en or nl");
    }

    [Fact]
    public void Lang_without_a_value_is_a_usage_error()
    {
        var (exit, _, error) = Tool.Run("486", "--lang");
        exit.Should().Be(2);
        error.Should().Contain("--lang");
    }
}
