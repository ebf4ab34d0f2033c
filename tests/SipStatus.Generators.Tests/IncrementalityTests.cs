using System.Linq;
using FluentAssertions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;
using static SipStatus.Generators.Tests.GeneratorHarness;

namespace SipStatus.Generators.Tests;

/// <summary>
/// Running the generator again on the same input reuses its cached steps and outputs instead of parsing and emitting
/// again; a changed table is parsed and emitted again on its own.
/// </summary>
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
            .Should().HaveCount(7).And.OnlyContain(o => o.Reason == IncrementalStepRunReason.New);
        var firstOutputs = first.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs).ToList();
        firstOutputs.Should().NotBeEmpty().And.OnlyContain(o => o.Reason == IncrementalStepRunReason.New);
        first.GeneratedSources.Should().HaveCount(9);

        var second = driver.RunGenerators(compilation.Clone()).GetRunResult().Results.Single();
        second.TrackedSteps[SipStatusGenerator.TrackingNames.Parse].SelectMany(s => s.Outputs)
            .Should().HaveCount(7).And.OnlyContain(o => o.Reason == IncrementalStepRunReason.Cached);
        second.TrackedSteps[SipStatusGenerator.TrackingNames.Link].SelectMany(s => s.Outputs)
            .Should().ContainSingle().Which.Reason.Should().Be(IncrementalStepRunReason.Cached);
        second.TrackedSteps[SipStatusGenerator.TrackingNames.EmitCodes].SelectMany(s => s.Outputs)
            .Should().ContainSingle().Which.Reason.Should().Be(IncrementalStepRunReason.Cached);

        // The emitting step: every output it reports is served from the cache, and the same sources come out of it.
        second.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs)
            .Should().HaveCount(firstOutputs.Count)
            .And.OnlyContain(o => o.Reason == IncrementalStepRunReason.Cached || o.Reason == IncrementalStepRunReason.Unchanged);
        second.GeneratedSources.Select(s => (s.HintName, Text: s.SourceText.ToString()))
            .Should().Equal(first.GeneratedSources.Select(s => (s.HintName, Text: s.SourceText.ToString())));
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
        reasons.Should().HaveCount(7);
        reasons.Count(r => r == IncrementalStepRunReason.Modified).Should().Be(1);
        reasons.Count(r => r == IncrementalStepRunReason.Cached).Should().Be(6);
        result.GeneratedSources.Single(s => s.HintName == "SipStatusCode.g.cs").SourceText.ToString().Should().Contain("Busy right now");

        // Only the status-code table's sources are emitted again; every other table's come from the cache.
        Reasons(result, SipStatusGenerator.TrackingNames.EmitCodes).Should().Equal(IncrementalStepRunReason.Modified);
        foreach (var step in new[]
        {
            SipStatusGenerator.TrackingNames.EmitClasses, SipStatusGenerator.TrackingNames.EmitSentences, SipStatusGenerator.TrackingNames.EmitCauses,
            SipStatusGenerator.TrackingNames.EmitQ850ToSip, SipStatusGenerator.TrackingNames.EmitSipToQ850, SipStatusGenerator.TrackingNames.EmitWarnings,
            SipStatusGenerator.TrackingNames.Diagnostics,
        })
        {
            Reasons(result, step).Should().Equal(new[] { IncrementalStepRunReason.Unchanged }, "the {0} step's input did not change", step);
        }

        result.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs).Count(o => o.Reason == IncrementalStepRunReason.Modified)
            .Should().Be(1, "one output, the status-code table's, is emitted again");
    }

    private static IncrementalStepRunReason[] Reasons(GeneratorRunResult result, string step) =>
        result.TrackedSteps[step].SelectMany(s => s.Outputs).Select(o => o.Reason).ToArray();
}
