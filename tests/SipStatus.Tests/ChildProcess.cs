using System;
using System.Diagnostics;
using System.IO;
using FluentAssertions;

namespace SipStatus.Tests;

/// <summary>Runs this test assembly's <see cref="Program"/> in a fresh process, for what only a new process can show.</summary>
internal static class ChildProcess
{
    public static (int Exit, string Output, string Error) Run(string probe, params (string Name, string Value)[] environment)
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

        start.ArgumentList.Add(probe);
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit(60_000).Should().BeTrue("the probe finishes");
        return (process.ExitCode, output.Result.Replace("\r\n", "\n", StringComparison.Ordinal), error);
    }
}
