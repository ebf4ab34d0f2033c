using System;
using System.Diagnostics;
using System.IO;
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
        output.Should().Contain("nl-BE|Het toestel van de gebeld|").And.Contain("en-US|The callee's device").And.Contain("fy-NL|The callee's device");
    }

    private static (int Exit, string Output, string Error) RunProbe()
    {
        // The net8.0 build runs self-contained (its runtime beside it): start its own executable. Otherwise the
        // assembly runs on the shared runtime through the dotnet host.
        var selfContained = Directory.GetFiles(AppContext.BaseDirectory, "*coreclr.*").Length > 0;
        var appHost = Path.Combine(AppContext.BaseDirectory, OperatingSystem.IsWindows() ? "SipStatus.Tests.exe" : "SipStatus.Tests");
        var start = new ProcessStartInfo(selfContained ? appHost : Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (!selfContained)
        {
            start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "SipStatus.Tests.dll"));
        }

        start.ArgumentList.Add(Program.InvariantProbe);
        start.Environment["DOTNET_SYSTEM_GLOBALIZATION_INVARIANT"] = "1";
        start.Environment["DOTNET_SYSTEM_GLOBALIZATION_PREDEFINED_CULTURES_ONLY"] = "0";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit(60_000).Should().BeTrue("the probe finishes");
        return (process.ExitCode, output.Result.Replace("\r\n", "\n", StringComparison.Ordinal), error);
    }
}
