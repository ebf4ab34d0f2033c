using System;
using System.Linq;
using FluentAssertions;
using Xunit;

namespace SipStatus.Cli.Tests;

public class ListTests
{
    private static string[] Lines(string output) => output.TrimEnd('\n').Split('\n');

    [Fact]
    public void List_prints_a_heading_and_every_registered_code_in_aligned_columns()
    {
        var (exit, output, error) = Tool.Run("list");
        exit.Should().Be(0);
        error.Should().BeEmpty();
        var lines = Lines(output);
        lines.Should().HaveCount(SipStatusCatalog.All.Count + 1);
        lines[0].Should().StartWith("Code  Reason phrase");
        var phraseColumn = lines[0].IndexOf("Reason phrase", StringComparison.Ordinal);
        var classColumn = lines[0].IndexOf("Class", StringComparison.Ordinal);
        var referenceColumn = lines[0].IndexOf("Reference", StringComparison.Ordinal);
        for (var i = 0; i < SipStatusCatalog.All.Count; i++)
        {
            var info = SipStatusCatalog.All[i];
            var line = lines[i + 1];
            line.Should().StartWith($"{info.Value}   {info.ReasonPhrase}");
            line.Substring(phraseColumn).Should().StartWith(info.ReasonPhrase + " ");
            line.Substring(classColumn).Should().StartWith($"{info.Value / 100}xx ");
            line.Substring(referenceColumn).Should().StartWith(info.Reference);
            line.Should().NotEndWith(" ");
        }
    }

    [Fact]
    public void List_notes_deprecation_and_hints()
    {
        var lines = Lines(Tool.Run("list").Out);
        lines.Single(l => l.StartsWith("202 ", StringComparison.Ordinal)).Should().EndWith("deprecated: treat as 200");
        lines.Single(l => l.StartsWith("486 ", StringComparison.Ordinal)).Should().EndWith("hint: callee's line is busy");
    }

    [Theory]
    [InlineData("4xx", '4')]
    [InlineData("6XX", '6')]
    [InlineData("1", '1')]
    public void Class_keeps_only_the_codes_of_that_class(string value, char digit)
    {
        var (exit, output, _) = Tool.Run("list", "--class", value);
        exit.Should().Be(0);
        var rows = Lines(output).Skip(1).ToArray();
        rows.Should().HaveCount(SipStatusCatalog.All.Count(i => i.Value / 100 == digit - '0'));
        rows.Should().OnlyContain(r => r[0] == digit);
    }

    [Theory]
    [InlineData("7xx")]
    [InlineData("4x")]
    [InlineData("client")]
    public void An_unknown_class_is_a_usage_error_naming_it(string value)
    {
        var (exit, output, error) = Tool.Run("list", "--class", value);
        exit.Should().Be(2);
        output.Should().BeEmpty();
        error.Should().Be($"sipstatus: '{value}' is not a class: use 1xx, 2xx, 3xx, 4xx, 5xx or 6xx.\n");
    }

    [Fact]
    public void List_takes_no_inputs()
    {
        var (exit, _, error) = Tool.Run("486", "list");
        exit.Should().Be(2);
        error.Should().Contain("list takes no inputs");
    }

    [Fact]
    public void List_in_Dutch_has_Dutch_headings_and_class_names()
    {
        var lines = Lines(Tool.Run("list", "--lang", "nl", "--class", "4xx").Out);
        lines[0].Should().StartWith("Code  Reden").And.Contain("Klasse").And.Contain("Opmerkingen");
        lines.Single(l => l.StartsWith("486 ", StringComparison.Ordinal)).Should().Contain("4xx Requestfout").And.EndWith("tip: apparatuur gebelde partij in gesprek");
    }
}
