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
    private static GeneratorDriver Driver(out InMemoryAdditionalText[] texts)
    {
        texts = SampleTables.All.Select(f => new InMemoryAdditionalText(f.Path, f.Text)).ToArray();
        return CreateDriver(texts);
    }

    [Fact]
    public void A_second_run_on_the_same_input_is_served_from_the_cache()
    {
        var compilation = EmptyCompilation();
        var driver = Driver(out _).RunGenerators(compilation);
        var first = driver.GetRunResult().Results.Single();
        first.TrackedSteps[SipStatusGenerator.TrackingNames.Parse].SelectMany(s => s.Outputs)
            .Should().HaveCount(6).And.OnlyContain(o => o.Reason == IncrementalStepRunReason.New);

        var second = driver.RunGenerators(compilation.Clone()).GetRunResult().Results.Single();
        second.TrackedSteps[SipStatusGenerator.TrackingNames.Parse].SelectMany(s => s.Outputs)
            .Should().OnlyContain(o => o.Reason == IncrementalStepRunReason.Cached);
        second.TrackedSteps[SipStatusGenerator.TrackingNames.Link].SelectMany(s => s.Outputs)
            .Should().OnlyContain(o => o.Reason == IncrementalStepRunReason.Cached);
        second.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs)
            .Should().OnlyContain(o => o.Reason == IncrementalStepRunReason.Cached);
    }

    [Fact]
    public void Editing_C_sharp_code_does_not_parse_the_tables_again()
    {
        var compilation = EmptyCompilation();
        var driver = Driver(out _).RunGenerators(compilation);
        var edited = compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("namespace Consumer; internal static class Another { }"));

        var result = driver.RunGenerators(edited).GetRunResult().Results.Single();
        result.TrackedSteps[SipStatusGenerator.TrackingNames.Parse].SelectMany(s => s.Outputs)
            .Should().OnlyContain(o => o.Reason == IncrementalStepRunReason.Cached);
    }

    [Fact]
    public void A_changed_table_is_parsed_again_and_its_output_replaced_while_the_others_come_from_the_cache()
    {
        var compilation = EmptyCompilation();
        var driver = Driver(out var texts).RunGenerators(compilation);
        var original = texts[0];
        var edited = new InMemoryAdditionalText(TablePath, SampleTables.Codes.Replace("Busy here now", "Busy right now", System.StringComparison.Ordinal));

        var result = driver.ReplaceAdditionalText(original, edited).RunGenerators(compilation).GetRunResult().Results.Single();
        var reasons = result.TrackedSteps[SipStatusGenerator.TrackingNames.Parse].SelectMany(s => s.Outputs).Select(o => o.Reason).ToList();
        reasons.Should().HaveCount(6);
        reasons.Count(r => r == IncrementalStepRunReason.Modified).Should().Be(1);
        reasons.Count(r => r == IncrementalStepRunReason.Cached).Should().Be(5);
        result.GeneratedSources.Single(s => s.HintName == "SipStatusCode.g.cs").SourceText.ToString().Should().Contain("Busy right now");
    }
}
