using System;
using System.Globalization;
using System.Linq;
using FluentAssertions;
using Xunit;

namespace SipStatus.Tests;

/// <summary>Every code's description and hint, in English and Dutch, and how a culture chooses between them.</summary>
public class DescriptionTests
{
    private static readonly CultureInfo s_english = CultureInfo.GetCultureInfo("en");
    private static readonly CultureInfo s_dutch = CultureInfo.GetCultureInfo("nl");

    public static TheoryData<string> DutchCultures => new() { "nl", "nl-NL", "nl-BE", "nl-SR", "nl-AW", "nl-CW", "nl-SX", "nl-BQ" };

    public static TheoryData<string> OtherCultures => new() { "", "en", "en-US", "en-GB", "de-DE", "fr-BE", "fy-NL", "nds-NL", "li-NL", "af-ZA", "zh-Hans-CN" };

    [Fact]
    public void Every_code_has_a_description_in_English_and_in_Dutch()
    {
        foreach (var info in SipStatusCatalog.All)
        {
            var english = info.GetDescription(s_english);
            var dutch = info.GetDescription(s_dutch);
            english.Should().NotBeNullOrWhiteSpace("{0} needs an English description", info.Value);
            dutch.Should().NotBeNullOrWhiteSpace("{0} needs a Dutch description", info.Value);
            english.Should().EndWith(".").And.Subject.Trim().Should().Be(english);
            dutch.Should().EndWith(".").And.Subject.Trim().Should().Be(dutch);
            english.Length.Should().BeInRange(40, 240, "a description is one or two plain sentences");
            dutch.Length.Should().BeInRange(40, 240, "a description is one or two plain sentences");
        }
    }

    [Fact]
    public void Dutch_texts_are_Dutch_not_copies_of_the_English()
    {
        foreach (var info in SipStatusCatalog.All)
        {
            var english = info.GetDescription(s_english);
            var dutch = info.GetDescription(s_dutch);
            dutch.Should().NotBe(english);
            Dutch.Looks(dutch).Should().BeTrue("the Dutch description of {0} should read as Dutch: {1}", info.Value, dutch);
            Dutch.LooksEnglish(english).Should().BeTrue("the English description of {0} should read as English: {1}", info.Value, english);
            if (info.GetHint(s_english) is { } hint)
            {
                info.GetHint(s_dutch).Should().NotBe(hint, "the Dutch hint of {0} is a translation", info.Value);
            }
        }

        SipStatusCatalog.All.Select(i => i.GetDescription(s_dutch)).Should().OnlyHaveUniqueItems();
        SipStatusCatalog.All.Select(i => i.GetDescription(s_english)).Should().OnlyHaveUniqueItems();
    }

    [Fact]
    public void A_description_that_says_no_action_is_needed_says_so_in_Dutch_too()
    {
        foreach (var info in SipStatusCatalog.All)
        {
            var english = info.GetDescription(s_english)!.Contains("no action is needed", StringComparison.OrdinalIgnoreCase);
            var dutch = info.GetDescription(s_dutch)!.Contains("geen actie nodig", StringComparison.OrdinalIgnoreCase);
            dutch.Should().Be(english, "the Dutch description of {0} says what the English says", info.Value);
        }
    }

    [Fact]
    public void Hints_exist_in_both_languages_or_neither_and_only_for_failures()
    {
        foreach (var info in SipStatusCatalog.All)
        {
            var english = info.GetHint(s_english);
            var dutch = info.GetHint(s_dutch);
            (english is null).Should().Be(dutch is null, "{0} has a hint in both languages or in neither", info.Value);
            if (english is not null)
            {
                info.IsFailure.Should().BeTrue("hints are for the 4xx-6xx codes callers meet, not {0}", info.Value);
                english.Should().NotEndWith(".").And.Subject.Length.Should().BeLessThan(60, "a hint is a few words");
            }
        }
    }

    [Theory]
    [InlineData(404, "number not recognised", "nummer niet herkend")]
    [InlineData(408, "no response in time, check network and server", "geen antwoord op tijd, controleer netwerk en server")]
    [InlineData(484, "dialled number incomplete", "gebelde nummer niet compleet")]
    [InlineData(486, "callee's line is busy", "apparatuur gebelde partij in gesprek")]
    [InlineData(487, "caller hung up or another device answered", "beller hing op of een ander toestel nam op")]
    [InlineData(500, "error setting up the call, try again", "fout bij opzetten gesprek, probeer nogmaals")]
    [InlineData(503, "server overloaded or unreachable, try again", "server overbelast of onbereikbaar, probeer opnieuw")]
    public void The_seeds_seven_codes_have_hints_in_both_languages(int code, string english, string dutch)
    {
        var info = SipStatusCatalog.Get((SipStatusCode)code);
        info.GetHint(s_english).Should().Be(english);
        info.GetHint(s_dutch).Should().Be(dutch);
        info.GetHint(SipLanguage.Dutch).Should().Be(dutch);
    }

    [Fact]
    public void More_codes_than_the_seeds_seven_have_hints()
    {
        SipStatusCatalog.All.Count(i => i.GetHint(s_english) is not null).Should().BeGreaterThan(7);

        SipStatusCode.Forbidden.GetInfo().GetHint(s_english).Should().Be("not allowed, or login refused");
        SipStatusCode.Trying.GetInfo().GetHint(s_dutch).Should().BeNull();
    }

    [Theory]
    [MemberData(nameof(DutchCultures))]
    public void Every_Dutch_culture_chooses_Dutch(string name)
    {
        var culture = CultureInfo.GetCultureInfo(name);
        var info = SipStatusCode.BusyHere.GetInfo();
        info.GetDescription(culture).Should().Be(info.GetDescription(s_dutch)).And.StartWith("Het toestel van de gebelde");
        info.GetHint(culture).Should().Be("apparatuur gebelde partij in gesprek");
    }

    [Theory]
    [MemberData(nameof(OtherCultures))]
    public void Every_other_culture_falls_back_to_English(string name)
    {
        var culture = CultureInfo.GetCultureInfo(name);
        var info = SipStatusCode.BusyHere.GetInfo();
        info.GetDescription(culture).Should().Be(info.GetDescription(s_english)).And.StartWith("The callee's device");
        info.GetHint(culture).Should().Be("callee's line is busy");
    }

    [Fact]
    public void A_null_culture_means_the_current_UI_culture()
    {
        var info = SipStatusCode.NotFound.GetInfo();
        using (new CultureScope("nl-BE"))
        {
            info.GetDescription().Should().Be(info.GetDescription(s_dutch));
            info.GetDescription(null).Should().StartWith("Het gekozen nummer");
            info.GetHint().Should().Be("nummer niet herkend");
        }

        using (new CultureScope("en-GB"))
        {
            info.GetDescription().Should().StartWith("The dialled number");
            info.GetHint().Should().Be("number not recognised");
        }

        using (new CultureScope("de-AT"))
        {
            info.GetDescription().Should().Be(info.GetDescription(s_english));
        }
    }

    [Fact]
    public void The_current_culture_does_not_choose_the_language_the_UI_culture_does()
    {
        var previous = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("nl-NL");
            using (new CultureScope("en-US"))
            {
                SipStatusCode.BusyHere.GetInfo().GetDescription().Should().StartWith("The callee's device");
            }
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    [Fact]
    public void A_custom_culture_is_recognised_by_its_language_even_if_its_name_does_not_start_with_it()
    {
        SipStatusCode.BusyHere.GetInfo().GetDescription(new RenamedCulture("nl-NL", "x-support-desk")).Should().StartWith("Het toestel");
        SipStatusCode.BusyHere.GetInfo().GetDescription(new RenamedCulture("de-DE", "x-nl")).Should().StartWith("The callee's device", "only the primary subtag of the name counts");
    }

    [Fact]
    public void Exactly_the_codes_RFC_3261_section_20_33_names_allow_Retry_After()
    {
        // RFC 3261 20.33: 500 and 503 (how long the service is unavailable); 404, 413, 480, 486, 600 ("Busy") and 603
        // (when the called party expects to be available again).
        SipStatusCatalog.All.Where(i => i.AllowsRetryAfter).Select(i => i.Value)
            .Should().Equal(404, 413, 480, 486, 500, 503, 600, 603);
    }

    /// <summary>A culture that reports one name but another language, as a custom culture may.</summary>
    private sealed class RenamedCulture(string data, string name) : CultureInfo(data)
    {
        public override string Name => name;
    }
}
