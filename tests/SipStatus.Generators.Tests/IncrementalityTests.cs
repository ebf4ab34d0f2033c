using System.Linq;
using FluentAssertions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;
using static SipStatus.Generators.Tests.GeneratorHarness;

namespace SipStatus.Generators.Tests;

/// <summary>Running the generator again on the same input reuses its cached steps instead of parsing again.</summary>
public class IncrementalityTests
{
    private static readonly string s_table = Table("100\tTrying\tTrying\t3261\t21.1.1\t\t\t", "486\tBusyHere\tBusy Here\t3261\t21.4.24\t\tBusy now\tin gesprek");

    [Fact]
    public void A_second_run_on_the_same_input_is_served_from_the_cache()
    {
        var compilation = EmptyCompilation();
        var driver = CreateDriver(s_table).RunGenerators(compilation);
        var first = driver.GetRunResult().Results.Single();
        first.TrackedSteps[SipStatusGenerator.TrackingNames.Parse].SelectMany(s => s.Outputs)
            .Should().OnlyContain(o => o.Reason == IncrementalStepRunReason.New);

        var second = driver.RunGenerators(compilation.Clone()).GetRunResult().Results.Single();
        second.TrackedSteps[SipStatusGenerator.TrackingNames.Parse].SelectMany(s => s.Outputs)
            .Should().OnlyContain(o => o.Reason == IncrementalStepRunReason.Cached);
        second.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs)
            .Should().OnlyContain(o => o.Reason == IncrementalStepRunReason.Cached);
    }

    [Fact]
    public void Editing_C_sharp_code_does_not_parse_the_table_again()
    {
        var compilation = EmptyCompilation();
        var driver = CreateDriver(s_table).RunGenerators(compilation);
        var edited = compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("namespace Consumer; internal static class Another { }"));

        var result = driver.RunGenerators(edited).GetRunResult().Results.Single();
        result.TrackedSteps[SipStatusGenerator.TrackingNames.Parse].SelectMany(s => s.Outputs)
            .Should().OnlyContain(o => o.Reason == IncrementalStepRunReason.Cached);
    }

    [Fact]
    public void A_changed_table_is_parsed_again_and_its_output_replaced()
    {
        var compilation = EmptyCompilation();
        var original = new InMemoryAdditionalText(TablePath, s_table);
        var driver = CreateDriver(original).RunGenerators(compilation);
        var edited = new InMemoryAdditionalText(TablePath, s_table.Replace("Busy now", "Busy right now", System.StringComparison.Ordinal));

        var result = driver.ReplaceAdditionalText(original, edited).RunGenerators(compilation).GetRunResult().Results.Single();
        result.TrackedSteps[SipStatusGenerator.TrackingNames.Parse].SelectMany(s => s.Outputs)
            .Should().OnlyContain(o => o.Reason == IncrementalStepRunReason.Modified);
        result.GeneratedSources.Single(s => s.HintName == "SipStatusCode.g.cs").SourceText.ToString().Should().Contain("Busy right now");
    }
}
