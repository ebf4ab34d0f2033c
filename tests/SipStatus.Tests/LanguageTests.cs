using System.Globalization;
using System.Linq;
using FluentAssertions;
using Xunit;

namespace SipStatus.Tests;

/// <summary>Languages chosen by tag (<see cref="SipLanguage"/>), as every text API accepts them besides cultures.</summary>
public class LanguageTests
{
    [Fact]
    public void The_catalog_lists_English_and_Dutch()
    {
        SipLanguage.All.Select(l => l.Tag).Should().Equal("en", "nl");
        SipLanguage.English.Tag.Should().Be("en");
        SipLanguage.Dutch.Tag.Should().Be("nl");
        default(SipLanguage).Should().Be(SipLanguage.English, "the default value is the fallback language");
        SipLanguage.Dutch.ToString().Should().Be("nl");
    }

    [Theory]
    [InlineData("nl", "nl")]
    [InlineData("nl-BE", "nl")]
    [InlineData("NL_be", "nl")]
    [InlineData("nl-Latn-SR", "nl")]
    [InlineData("en", "en")]
    [InlineData("en-US", "en")]
    public void A_supported_tag_chooses_the_language_of_its_primary_subtag(string tag, string expected)
    {
        SipLanguage.TryGet(tag, out var language).Should().BeTrue();
        language.Tag.Should().Be(expected);
        SipLanguage.FromTag(tag).Should().Be(language);
    }

    [Theory]
    [InlineData("fr")]
    [InlineData("fy-NL")]
    [InlineData("nld")]
    [InlineData("n")]
    [InlineData("")]
    [InlineData("-nl")]
    [InlineData(null)]
    public void Another_tag_is_refused_by_TryGet_and_falls_back_to_English_in_FromTag(string? tag)
    {
        SipLanguage.TryGet(tag, out var language).Should().BeFalse();
        language.Should().Be(SipLanguage.English);
        SipLanguage.FromTag(tag).Should().Be(SipLanguage.English);
    }

    [Fact]
    public void Every_text_API_gives_the_same_text_for_a_tag_as_for_the_culture_of_that_tag()
    {
        foreach (var (tag, culture) in new[] { ("nl-BE", "nl-BE"), ("en", "en-GB"), ("nl", "nl-NL") })
        {
            var language = SipLanguage.FromTag(tag);
            var info = CultureInfo.GetCultureInfo(culture);
            language.Should().Be(SipLanguage.FromCulture(info));
            foreach (var row in SipStatusCatalog.All)
            {
                row.GetDescription(language).Should().Be(row.GetDescription(info));
                row.GetHint(language).Should().Be(row.GetHint(info));
            }

            SipStatusClass.GlobalFailure.GetDisplayName(language).Should().Be(SipStatusClass.GlobalFailure.GetDisplayName(info));
            SipStatusClass.GlobalFailure.GetDescription(language).Should().Be(SipStatusClass.GlobalFailure.GetDescription(info));
            SipStatusCatalog.Explain(431, language).Should().Be(SipStatusCatalog.Explain(431, info));
            SipReason.Parse("Q.850;cause=44").Explain(language).Should().Be(SipReason.Parse("Q.850;cause=44").Explain(info));
        }
    }

    [Fact]
    public void Dutch_by_tag_is_Dutch_and_differs_from_English()
    {
        var busy = SipStatusCode.BusyHere.GetInfo();
        busy.GetDescription(SipLanguage.Dutch).Should().StartWith("Het toestel van de gebelde");
        busy.GetDescription(SipLanguage.English).Should().StartWith("The callee's device");
        SipStatusClass.RequestFailure.GetDisplayName(SipLanguage.FromTag("nl-BE")).Should().Be("Requestfout");
    }

#pragma warning disable CS0618 // DutchHint is obsolete; it must still give what GetHint(SipLanguage.Dutch) gives.
    [Fact]
    public void The_obsolete_DutchHint_still_gives_the_Dutch_hint()
    {
        foreach (var row in SipStatusCatalog.All)
        {
            row.DutchHint.Should().Be(row.GetHint(SipLanguage.Dutch));
        }

        SipStatusCode.BusyHere.GetInfo().DutchHint.Should().Be("apparatuur gebelde partij in gesprek", "the seed overview's note for 486");
    }
#pragma warning restore CS0618
}
