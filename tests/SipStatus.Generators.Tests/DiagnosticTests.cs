using System.Linq;
using FluentAssertions;
using Microsoft.CodeAnalysis;
using Xunit;
using static SipStatus.Generators.Tests.GeneratorHarness;

namespace SipStatus.Generators.Tests;

/// <summary>One test per diagnostic: a malformed table fails the build with a message naming the file and line.</summary>
public class DiagnosticTests
{
    private const string Good = "100\tTrying\tTrying\t3261\t21.1.1\t\t\t";

    private static Diagnostic Single(string id, string table)
    {
        var result = Run(table);
        result.GeneratedSources.Should().BeEmpty("a table with errors generates nothing");
        var diagnostic = result.Diagnostics.Should().ContainSingle().Subject;
        diagnostic.Id.Should().Be(id);
        diagnostic.Severity.Should().Be(DiagnosticSeverity.Error);
        diagnostic.Location.GetLineSpan().Path.Should().Be(TablePath);
        return diagnostic;
    }

    private static void ShouldBeOnLine(Diagnostic diagnostic, int line)
    {
        diagnostic.Location.GetLineSpan().StartLinePosition.Line.Should().Be(line - 1);
        diagnostic.GetMessage().Should().StartWith($"SipStatusCodes.tsv, line {line}: ");
    }

    [Fact]
    public void SIPGEN001_a_missing_required_column()
    {
        var d = Single("SIPGEN001", "code\tidentifier\treason_phrase\trfc\tsection\tdeprecated\n100\tTrying\tTrying\t3261\t\t\n");
        ShouldBeOnLine(d, 1);
        d.GetMessage().Should().Contain("'aliases'");
    }

    [Fact]
    public void SIPGEN001_an_empty_file()
    {
        var d = Single("SIPGEN001", "# nothing but a comment\n");
        d.GetMessage().Should().Contain("'code'");
    }

    [Fact]
    public void SIPGEN002_an_unknown_column()
    {
        var d = Single("SIPGEN002", Header + "\tcolour\n" + Good + "\tred\n");
        ShouldBeOnLine(d, 1);
        d.GetMessage().Should().Contain("'colour'");
    }

    [Fact]
    public void SIPGEN003_wrong_column_count()
    {
        var d = Single("SIPGEN003", Table(Good, "180\tRinging\tRinging\t3261\t21.1.2\t\t"));
        ShouldBeOnLine(d, 3);
        d.GetMessage().Should().Contain("has 7 tab-separated columns but the header has 8");
    }

    [Theory]
    [InlineData("99")]
    [InlineData("1000")]
    [InlineData("700")]
    [InlineData("099")]
    [InlineData("4x1")]
    [InlineData("")]
    [InlineData("٤٨٦")]
    public void SIPGEN004_a_code_that_is_not_three_digits_in_range(string code)
    {
        var d = Single("SIPGEN004", Table(Good, $"{code}\tOdd\tOdd\t3261\t\t\t\t"));
        ShouldBeOnLine(d, 3);
        d.GetMessage().Should().Contain($"'{code}'");
    }

    [Fact]
    public void SIPGEN005_a_duplicate_code()
    {
        var d = Single("SIPGEN005", Table(Good, "180\tRinging\tRinging\t3261\t\t\t\t", "100\tTryingAgain\tTrying Again\t3261\t\t\t\t"));
        ShouldBeOnLine(d, 4);
        d.GetMessage().Should().Contain("100 is already defined on line 2");
    }

    [Theory]
    [InlineData("busyHere")]
    [InlineData("Busy Here")]
    [InlineData("4Busy")]
    [InlineData("Busy_Here")]
    [InlineData("")]
    public void SIPGEN006_an_invalid_identifier(string identifier)
    {
        var d = Single("SIPGEN006", Table(Good, $"486\t{identifier}\tBusy Here\t3261\t\t\t\t"));
        ShouldBeOnLine(d, 3);
        d.GetMessage().Should().Contain($"'{identifier}'");
    }

    [Fact]
    public void SIPGEN007_a_duplicate_identifier()
    {
        var d = Single("SIPGEN007", Table(Good, "180\tTrying\tRinging\t3261\t\t\t\t"));
        ShouldBeOnLine(d, 3);
        d.GetMessage().Should().Contain("'Trying' is already used on line 2");
    }

    [Theory]
    [InlineData("")]
    [InlineData(" Ringing")]
    [InlineData("Ring\u0001ing")]
    public void SIPGEN008_an_empty_or_unclean_phrase(string phrase)
    {
        var d = Single("SIPGEN008", Table(Good, $"180\tRinging\t{phrase}\t3261\t\t\t\t"));
        ShouldBeOnLine(d, 3);
        d.GetMessage().Should().Contain("reason phrase of 180");
    }

    [Theory]
    [InlineData("no")]
    [InlineData("true")]
    [InlineData("Yes")]
    public void SIPGEN009_a_bad_flag(string flag)
    {
        var d = Single("SIPGEN009", Table(Good, $"202\tAccepted\tAccepted\t6665\t8.3.1\t{flag}\t\t"));
        ShouldBeOnLine(d, 3);
        d.GetMessage().Should().Contain($"'{flag}'").And.Contain("'deprecated'");
    }

    [Theory]
    [InlineData("RFC3261", "")]
    [InlineData("", "")]
    [InlineData("0326", "")]
    [InlineData("3261", "21..4")]
    [InlineData("3261", "§21")]
    public void SIPGEN010_a_bad_reference(string rfc, string section)
    {
        var d = Single("SIPGEN010", Table(Good, $"180\tRinging\tRinging\t{rfc}\t{section}\t\t\t"));
        ShouldBeOnLine(d, 3);
    }

    [Theory]
    [InlineData("Ringing")]
    [InlineData("RINGING")]
    [InlineData("Ring|")]
    [InlineData("Ring| ring")]
    [InlineData("Bell|bell")]
    [InlineData("--")]
    public void SIPGEN011_an_alias_that_is_empty_or_repeats_a_wording_of_its_code(string aliases)
    {
        var d = Single("SIPGEN011", Table(Good, $"180\tRinging\tRinging\t3261\t\t\t{aliases}\t"));
        ShouldBeOnLine(d, 3);
        d.GetMessage().Should().Contain("of 180");
    }

    [Fact]
    public void SIPGEN012_an_alias_that_names_another_code()
    {
        var d = Single("SIPGEN012", Table(Good, "180\tRinging\tRinging\t3261\t\t\tTRYING\t"));
        ShouldBeOnLine(d, 3);
        d.GetMessage().Should().Contain("'TRYING' of 180 matches a wording of 100 (line 2)");
    }

    [Fact]
    public void SIPGEN012_is_not_raised_for_two_codes_sharing_a_registry_phrase()
    {
        var result = Run(Table("406\tNotAcceptable\tNot Acceptable\t3261\t\t\t\t", "606\tNotAcceptableAnywhere\tNot Acceptable\t3261\t\t\t\t"));
        result.Diagnostics.Should().BeEmpty();
        result.GeneratedSources.Should().HaveCount(2);
    }

    [Fact]
    public void SIPGEN013_a_hint_with_a_control_character()
    {
        var d = Single("SIPGEN013", Table(Good, "486\tBusyHere\tBusy Here\t3261\t\t\t\tin\u0007gesprek"));
        ShouldBeOnLine(d, 3);
        d.GetMessage().Should().Contain("'hint_nl'");
    }

    [Fact]
    public void SIPGEN014_a_header_without_rows()
    {
        var d = Single("SIPGEN014", Table());
        ShouldBeOnLine(d, 1);
    }

    [Fact]
    public void Every_problem_in_a_table_is_reported_not_just_the_first()
    {
        var diagnostics = Diagnostics(Good, "99\tOdd\tOdd\t3261\t\t\t\t", "180\tringing\tRinging\t3261\t\t\t\t");
        diagnostics.Select(d => d.Id).Should().BeEquivalentTo(new[] { "SIPGEN004", "SIPGEN006" });
    }

    [Fact]
    public void Every_descriptor_is_an_error_and_tested_here()
    {
        DiagnosticDescriptors.All.Should().OnlyHaveUniqueItems(d => d.Id);
        DiagnosticDescriptors.All.Should().OnlyContain(d => d.DefaultSeverity == DiagnosticSeverity.Error);
        var tested = typeof(DiagnosticTests).GetMethods().Select(m => m.Name).Where(n => n.StartsWith("SIPGEN", System.StringComparison.Ordinal)).Select(n => n[..9]).ToHashSet();
        tested.Should().BeEquivalentTo(DiagnosticDescriptors.All.Select(d => d.Id));
    }

    [Fact]
    public void Comments_blank_lines_and_CRLF_line_ends_are_accepted()
    {
        var result = Run("# a comment\r\n" + Header + "\r\n\r\n" + Good + "\r\n# another\r\n");
        result.Diagnostics.Should().BeEmpty();
        result.GeneratedSources.Should().HaveCount(2);
    }
}
