using System;
using System.Globalization;
using System.Linq;
using FluentAssertions;
using Xunit;

namespace SipStatus.Tests;

/// <summary>Class texts and <see cref="SipStatusCatalog.Explain(int, System.Globalization.CultureInfo)"/>, in both languages, for every code from 100 to 699.</summary>
public class ExplanationTests
{
    private static readonly CultureInfo s_english = CultureInfo.GetCultureInfo("en-US");
    private static readonly CultureInfo s_dutch = CultureInfo.GetCultureInfo("nl-NL");

    [Theory]
    [InlineData(SipStatusClass.Provisional, "Provisional", "Voorlopig")]
    [InlineData(SipStatusClass.Successful, "Successful", "Geslaagd")]
    [InlineData(SipStatusClass.Redirection, "Redirection", "Doorverwijzing")]
    [InlineData(SipStatusClass.RequestFailure, "Request Failure", "Requestfout")]
    [InlineData(SipStatusClass.ServerFailure, "Server Failure", "Serverfout")]
    [InlineData(SipStatusClass.GlobalFailure, "Global Failures", "Globale fout")]
    public void Every_class_has_a_display_name_and_a_description_in_both_languages(SipStatusClass statusClass, string english, string dutch)
    {
        statusClass.GetDisplayName(s_english).Should().Be(english);
        statusClass.GetDisplayName(s_dutch).Should().Be(dutch);
        statusClass.GetDisplayName(CultureInfo.GetCultureInfo("nl-BE")).Should().Be(dutch);
        statusClass.GetDisplayName(CultureInfo.InvariantCulture).Should().Be(english);
        var englishDescription = statusClass.GetDescription(s_english);
        var dutchDescription = statusClass.GetDescription(s_dutch);
        englishDescription.Should().EndWith(".");
        dutchDescription.Should().NotBe(englishDescription);
        Dutch.Looks(dutchDescription).Should().BeTrue(dutchDescription);
        Dutch.LooksEnglish(englishDescription).Should().BeTrue(englishDescription);
    }

    [Fact]
    public void Class_texts_follow_the_current_UI_culture_when_none_is_given()
    {
        using (new CultureScope("nl"))
        {
            SipStatusClass.ServerFailure.GetDisplayName().Should().Be("Serverfout");
            SipStatusClass.ServerFailure.GetDescription().Should().StartWith("De server die het antwoord stuurde");
        }

        using (new CultureScope("fr-FR"))
        {
            SipStatusClass.ServerFailure.GetDisplayName().Should().Be("Server Failure");
        }
    }

    [Theory]
    [InlineData(0)]
    [InlineData(7)]
    [InlineData(-1)]
    [InlineData(486)]
    public void A_value_that_is_not_a_class_throws_naming_it(int value)
    {
        var statusClass = (SipStatusClass)value;
        foreach (var act in new Action[] { () => statusClass.GetDisplayName(), () => statusClass.GetDescription(s_dutch) })
        {
            act.Should().Throw<ArgumentOutOfRangeException>()
                .Where(e => e.ParamName == "statusClass")
                .Where(e => e.Message.StartsWith($"{value} is not a SIP status class", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void A_registered_code_is_explained_with_phrase_class_description_and_hint()
    {
        SipStatusCatalog.Explain(486, s_english).Should().Be(
            "486 Busy Here is a 4xx response (Request Failure). The callee's device was reached but is busy and cannot take another call. " +
            "Try again later; the callee may be reachable another way, e.g. voicemail. In short: callee's line is busy.");
        SipStatusCatalog.Explain(486, s_dutch).Should().Be(
            "486 Busy Here is een 4xx-antwoord (Requestfout). Het toestel van de gebelde is bereikt maar is in gesprek en kan geen extra oproep aannemen. " +
            "Probeer het later opnieuw; de gebelde is mogelijk op een andere manier bereikbaar, bijv. via voicemail. Kort gezegd: apparatuur gebelde partij in gesprek.");
    }

    [Fact]
    public void An_unrecognized_code_is_explained_as_what_it_is_treated_as_and_why()
    {
        SipStatusCatalog.Explain(431, s_english).Should().StartWith(
            "431 is not a registered SIP status code. RFC 3261 (section 8.1.3.2) has the UAC, the user agent that sent the request, treat an unrecognized final response " +
            "like the x00 response of its class, so 431 counts as 400 Bad Request (Request Failure). The receiving server");
        SipStatusCatalog.Explain(431, s_dutch).Should().StartWith(
            "431 is geen geregistreerde SIP-statuscode. Volgens RFC 3261 (paragraaf 8.1.3.2) behandelt de UAC, de user agent die het request verstuurde, een onbekend eindantwoord " +
            "als het x00-antwoord van zijn klasse, dus 431 telt als 400 Bad Request (Requestfout). De ontvangende server");
        SipStatusCatalog.Explain(101, s_english).Should().StartWith(
            "101 is not a registered SIP status code. RFC 3261 (section 8.1.3.2) has the UAC, the user agent that sent the request, treat an unrecognized provisional response other than 100 as 183 Session Progress. The network");
        SipStatusCatalog.Explain(699, s_dutch).Should().Contain("699 telt als 600 Busy Everywhere (Globale fout).");
    }

    [Fact]
    public void Every_code_from_100_to_699_is_explained_in_both_languages()
    {
        for (var code = SipStatusCatalog.MinCode; code <= SipStatusCatalog.MaxCode; code++)
        {
            var resolved = SipStatusCatalog.Resolve(code);
            var english = SipStatusCatalog.Explain(code, s_english);
            var dutch = SipStatusCatalog.Explain(code, s_dutch);
            foreach (var (text, culture) in new[] { (english, s_english), (dutch, s_dutch) })
            {
                text.Should().StartWith(code.ToString(CultureInfo.InvariantCulture) + " ");
                text.Should().Contain($"{resolved.Value} {resolved.ReasonPhrase}");
                text.Should().Contain(resolved.GetDescription(culture));
                text.Should().NotContain("{").And.NotContain("}").And.NotContain("  ");
                if (SipStatusCatalog.IsRegistered(code))
                {
                    text.Should().Contain(resolved.Class.GetDisplayName(culture));
                    if (resolved.GetHint(culture) is { } hint)
                    {
                        text.Should().EndWith(hint + ".");
                    }
                }
                else
                {
                    text.Should().Contain("8.1.3.2");
                }
            }

            english.Should().NotBe(dutch);
            (english.Contains("is not a registered SIP status code", StringComparison.Ordinal)).Should().Be(!SipStatusCatalog.IsRegistered(code));
            (dutch.Contains("is geen geregistreerde SIP-statuscode", StringComparison.Ordinal)).Should().Be(!SipStatusCatalog.IsRegistered(code));
        }
    }

    [Fact]
    public void Explain_follows_the_current_UI_culture_when_none_is_given()
    {
        using (new CultureScope("nl-BE"))
        {
            SipStatusCatalog.Explain(503).Should().Be(SipStatusCatalog.Explain(503, s_dutch));
        }

        using (new CultureScope("en-GB"))
        {
            SipStatusCatalog.Explain(503).Should().Be(SipStatusCatalog.Explain(503, s_english));
        }
    }

    [Theory]
    [InlineData(99)]
    [InlineData(700)]
    [InlineData(0)]
    [InlineData(-486)]
    [InlineData(int.MaxValue)]
    public void Explain_throws_outside_100_to_699_naming_the_value(int code)
    {
        FluentActions.Invoking(() => SipStatusCatalog.Explain(code, s_dutch)).Should().Throw<ArgumentOutOfRangeException>()
            .Where(e => e.ParamName == "code")
            .Where(e => e.Message.StartsWith($"{code} is not a SIP status code", StringComparison.Ordinal));
    }

    [Fact]
    public void Numbers_in_explanations_do_not_follow_the_culture_s_digits()
    {
        using (new CultureScope("ar-SA"))
        {
            SipStatusCatalog.Explain(486).Should().StartWith("486 Busy Here");
        }

        SipStatusCatalog.All.Select(i => SipStatusCatalog.Explain(i.Value, s_english)).Should().OnlyHaveUniqueItems();
    }
}
