using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using FluentAssertions;
using Xunit;

namespace SipStatus.Tests;

/// <summary>
/// The warn-code catalog (SipWarningCatalog, SipWarningCode) against the IANA "Warning Codes (warn-codes)" registry
/// (TestData/iana-warn-codes.txt, verbatim) and the RFC sections that define the codes (TestData/rfc3261-20.43-warning.txt,
/// TestData/rfc5630-warn-codes.txt).
/// </summary>
public class WarningCodeTests
{
    private static readonly CultureInfo s_english = CultureInfo.GetCultureInfo("en");
    private static readonly CultureInfo s_dutch = CultureInfo.GetCultureInfo("nl-NL");

    /// <summary>The registry's rows: code, description (wrapped lines joined with a space) and reference.</summary>
    private static readonly IReadOnlyList<(int Code, string Description, int Rfc)> s_registry = ReadRegistry();

    public static TheoryData<int> RegistryCodes()
    {
        var data = new TheoryData<int>();
        foreach (var row in s_registry)
        {
            data.Add(row.Code);
        }

        return data;
    }

    [Fact]
    public void The_catalog_has_exactly_the_15_codes_of_the_registry_in_ascending_order()
    {
        s_registry.Should().HaveCount(15);
        s_registry.Select(r => r.Code).Should().Equal(300, 301, 302, 303, 304, 305, 306, 307, 308, 330, 331, 370, 380, 381, 399);
        SipWarningCatalog.All.Select(i => i.Value).Should().Equal(s_registry.Select(r => r.Code));
        Enum.GetValues<SipWarningCode>().Select(c => (int)c).Should().Equal(s_registry.Select(r => r.Code));
    }

    [Theory]
    [MemberData(nameof(RegistryCodes))]
    public void Each_code_carries_the_registry_s_text_and_reference_exactly(int code)
    {
        var (_, description, rfc) = s_registry.Single(r => r.Code == code);
        var info = SipWarningCatalog.Get((SipWarningCode)code);
        (info.WarnText + ": " + info.RegistryDescription).Should().Be(description);
        info.Rfc.Should().Be(rfc);
        info.Code.Should().Be((SipWarningCode)code);
        info.ToString().Should().Be($"{code} {info.WarnText}");
    }

    [Theory]
    [MemberData(nameof(RegistryCodes))]
    public void Each_enum_member_is_named_from_the_registry_s_text(int code)
    {
        var text = s_registry.Single(r => r.Code == code).Description.Split(": ")[0];
        var expected = string.Concat(Regex.Matches(text, "[A-Za-z0-9]+").Select(m => char.ToUpperInvariant(m.Value[0]) + m.Value[1..].ToLowerInvariant()));
        Enum.GetName((SipWarningCode)code).Should().Be(expected);
    }

    [Fact]
    public void The_RFC_3261_codes_are_defined_in_section_20_43_with_the_registry_s_wording()
    {
        var section = TestFiles.Prose("rfc3261-20.43-warning.txt");
        foreach (var info in SipWarningCatalog.All.Where(i => i.Rfc == 3261))
        {
            info.RfcSection.Should().Be("20.43");
            info.Reference.Should().Be("RFC 3261, section 20.43");
            section.Should().Contain($"{info.Value} {info.WarnText}: {info.RegistryDescription}", "section 20.43 lists {0} as the registry does", info.Value);
        }

        SipWarningCatalog.All.Count(i => i.Rfc == 3261).Should().Be(12);
    }

    [Fact]
    public void The_RFC_5630_codes_are_registered_in_its_section_9()
    {
        var section = TestFiles.Prose("rfc5630-warn-codes.txt");
        section.Should().Contain("9. IANA Considerations");
        foreach (var code in new[] { SipWarningCode.SipsNotAllowed, SipWarningCode.SipsRequired })
        {
            var info = SipWarningCatalog.Get(code);
            info.Rfc.Should().Be(5630);
            info.RfcSection.Should().Be("9");
            section.Should().Contain($"{info.Value} {info.WarnText}:");
        }
    }

    [Fact]
    public void Code_308_names_RFC_8373_without_a_section_because_that_RFC_could_not_be_read_here()
    {
        var info = SipWarningCatalog.Get(SipWarningCode.IncompatibleLanguageSpecification);
        info.Rfc.Should().Be(8373);
        info.RfcSection.Should().BeNull();
        info.Reference.Should().Be("RFC 8373");
    }

    [Fact]
    public void The_explanation_of_399_says_what_RFC_3261_says_of_it()
    {
        const string Rule = "A system receiving this warning MUST NOT take any automated action.";
        TestFiles.Prose("rfc3261-20.43-warning.txt").Should().Contain("399 Miscellaneous warning: The warning text can include arbitrary information to be presented to a human user or logged. " + Rule);
        var info = SipWarningCatalog.Get(SipWarningCode.MiscellaneousWarning);
        info.GetDescription(s_english).Should().Contain(Rule).And.Contain("RFC 3261 (section 20.43)");
        info.GetDescription(s_dutch).Should().Contain("MUST NOT take any automated action").And.Contain("RFC 3261 (paragraaf 20.43)");
        info.GetHint(SipLanguage.English).Should().Contain("no automated action");
    }

    [Theory]
    [MemberData(nameof(RegistryCodes))]
    public void Each_code_has_a_description_and_a_hint_in_English_and_in_Dutch(int code)
    {
        SipWarningCatalog.TryGet(code, out var info).Should().BeTrue();
        var english = info!.GetDescription(s_english);
        var dutch = info.GetDescription(s_dutch);
        english.Should().NotBeNullOrWhiteSpace().And.EndWith(".");
        dutch.Should().NotBe(english);
        Dutch.Looks(Regex.Replace(dutch, "\"[^\"]*\"", string.Empty)).Should().BeTrue("the Dutch description of {0} is Dutch: {1}", code, dutch);
        Dutch.LooksEnglish(english).Should().BeTrue();
        info.GetDescription(SipLanguage.Dutch).Should().BeSameAs(dutch);
        info.GetDescription(SipLanguage.FromTag("nl-BE")).Should().BeSameAs(dutch);
        info.GetDescription(SipLanguage.English).Should().BeSameAs(english);
        info.GetHint(s_english).Should().NotBeNullOrWhiteSpace();
        info.GetHint(s_dutch).Should().NotBe(info.GetHint(s_english));
        info.GetHint(SipLanguage.Dutch).Should().BeSameAs(info.GetHint(s_dutch));
        info.GetDescription(CultureInfo.GetCultureInfo("fr")).Should().BeSameAs(english, "English is the fallback");
    }

    [Fact]
    public void Lookups_find_registered_codes_and_refuse_every_other_value_without_throwing()
    {
        SipWarningCatalog.TryGet(304, out var info).Should().BeTrue();
        info!.WarnText.Should().Be("Media type not available");
        SipWarningCatalog.IsRegistered(399).Should().BeTrue();
        foreach (var code in new[] { int.MinValue, -1, 0, 299, 309, 329, 371, 398, 400, 999, int.MaxValue })
        {
            SipWarningCatalog.TryGet(code, out var none).Should().BeFalse();
            none.Should().BeNull();
            SipWarningCatalog.IsRegistered(code).Should().BeFalse();
        }

        SipWarningCatalog.Get(SipWarningCode.MediaTypeNotAvailable).Should().BeSameAs(info);
        FluentActions.Invoking(() => SipWarningCatalog.Get((SipWarningCode)309)).Should().Throw<ArgumentOutOfRangeException>()
            .Where(e => e.ParamName == "code" && e.Message.StartsWith("309 is not a registered warn-code", StringComparison.Ordinal));
        FluentActions.Invoking(() => ((IList<SipWarningInfo>)SipWarningCatalog.All).Add(info)).Should().Throw<NotSupportedException>();
    }

    private static List<(int Code, string Description, int Rfc)> ReadRegistry()
    {
        var rows = new List<(int Code, string Description, int Rfc)>();
        foreach (var line in TestFiles.ReadLines("iana-warn-codes.txt"))
        {
            var row = Regex.Match(line, @"^(\d{3})  (.*?) +\[RFC(\d+)\]$");
            if (row.Success)
            {
                rows.Add((int.Parse(row.Groups[1].Value, CultureInfo.InvariantCulture), row.Groups[2].Value, int.Parse(row.Groups[3].Value, CultureInfo.InvariantCulture)));
            }
            else if (line.StartsWith("     ", StringComparison.Ordinal) && line.Trim().Length > 0 && rows.Count > 0)
            {
                var last = rows[^1];
                rows[^1] = (last.Code, last.Description + " " + line.Trim(), last.Rfc);
            }
        }

        return rows;
    }
}
