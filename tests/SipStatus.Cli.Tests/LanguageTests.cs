using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using FluentAssertions;
using Xunit;

namespace SipStatus.Cli.Tests;

public class LanguageTests
{
    /// <summary>What <c>sipstatus --lang nl 486</c> prints, whichever way the tool is built or installed.</summary>
    internal const string BusyHereInDutch =
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

    /// <summary>
    /// Locale variables (NAME=value, separated by spaces) and whether they make the default Dutch, as the tool built
    /// with ICU reads them (checked against it by <see cref="ToolPackageTests"/>).
    /// </summary>
    public static TheoryData<string, bool> Locales => new()
    {
        { "LANG=nl_NL.UTF-8", true },
        { "LC_MESSAGES=nl_NL.UTF-8", true },
        { "LANG=en_US.UTF-8 LC_MESSAGES=nl_NL.UTF-8", true },
        { "LC_ALL=en_US.UTF-8 LANG=nl_NL.UTF-8", false },
        { "LC_ALL=nl_BE LANG=en_US", true },
        { "LANG=nl", true },
        { "LANG=NL_nl", true },
        { "LANG=nl_NL@euro", true },
        { "LANG=nl_BE.ISO-8859-1", true },
        { "LANG=C", false },
        { "LANG=C.UTF-8", false },
        { "LANG=POSIX", false },
        { "LANG=", false },
        { "LC_ALL= LANG=nl_NL.UTF-8", false },
        { "LC_MESSAGES=C LANG=nl_NL.UTF-8", false },
        { "LANGUAGE=nl LANG=en_US.UTF-8", false },
        { "LC_CTYPE=nl_NL.UTF-8", false },
        { "", false },
    };

    /// <summary>The variables of a <see cref="Locales"/> case.</summary>
    public static Dictionary<string, string> Variables(string locale) =>
        locale.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToDictionary(v => v[..v.IndexOf('=', StringComparison.Ordinal)], v => v[(v.IndexOf('=', StringComparison.Ordinal) + 1)..]);

    [Theory]
    [MemberData(nameof(Locales))]
    public void Where_the_culture_is_the_invariant_one_the_default_language_comes_from_the_locale_variables(string locale, bool dutch)
    {
        // The native tool is built without culture data, so its current culture is always the invariant one; on Unix the
        // locale variables then say what ICU would have said. Windows has no such variables: there it stays English.
        var (_, output, _) = new Tool { Environment = Variables(locale) }.Invoke("486");
        output.Should().Contain(dutch && !OperatingSystem.IsWindows() ? "Klasse:" : "Class:");
    }

    [Fact]
    public void A_culture_with_data_decides_whatever_the_locale_variables_say()
    {
        new Tool { Culture = CultureInfo.GetCultureInfo("en-US"), Environment = { ["LANG"] = "nl_NL.UTF-8" } }.Invoke("486").Out.Should().Contain("Class:");
        new Tool { Culture = CultureInfo.GetCultureInfo("nl-NL"), Environment = { ["LC_ALL"] = "C" } }.Invoke("486").Out.Should().Contain("Klasse:");
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
