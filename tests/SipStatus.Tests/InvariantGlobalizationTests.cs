using System;
using FluentAssertions;
using Xunit;

namespace SipStatus.Tests;

/// <summary>
/// Under <c>InvariantGlobalization</c> a culture keeps its name but loses its language data (its
/// <c>TwoLetterISOLanguageName</c> is "iv" and its parent the invariant culture). These tests run this assembly's
/// <see cref="Program"/> in a child process in invariant mode, because the mode is fixed when a process starts.
/// </summary>
public class InvariantGlobalizationTests
{
    [Fact]
    public void Dutch_cultures_choose_Dutch_and_others_English_in_invariant_mode()
    {
        var expected = Program.Probe();
        var (exit, output, error) = RunProbe();
        error.Should().BeEmpty();
        exit.Should().Be(0);
        output.Should().Contain("invariant=True", "the child really runs in invariant mode");
        output.Replace("invariant=True", "invariant=False", StringComparison.Ordinal).Should().Be(expected, "every culture chooses the same language as with ICU");
        output.Should().Contain("nl-BE|Het toestel van de gebeld|").And.Contain("en-US|The callee's device").And.Contain("fy-NL|The callee's device")
            .And.Contain("tag nl-BE|Het toestel van de gebeld");
    }

    private static (int Exit, string Output, string Error) RunProbe() => ChildProcess.Run(
        Program.InvariantProbe,
        ("DOTNET_SYSTEM_GLOBALIZATION_INVARIANT", "1"),
        ("DOTNET_SYSTEM_GLOBALIZATION_PREDEFINED_CULTURES_ONLY", "0"));
}
