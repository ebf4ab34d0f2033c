using System;
using System.Linq;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace SipStatus.Benchmarks;

/// <summary>
/// Runs the benchmarks (see README.md, "Performance"):
/// <c>dotnet run -c Release --project tests/SipStatus.Benchmarks -- --filter '*'</c> for the full run, with
/// <c>--job short</c> added for the quick one, or <c>--ratios</c> alone to check every target on a busy machine
/// (<see cref="Ratios"/>). The ratio column reads "N.NNx faster" against the by-hand baseline.
/// </summary>
public static class Program
{
    /// <summary>
    /// The quick mode's iteration time. <c>--job short</c> is BenchmarkDotNet's ShortRun (three warm-up and three
    /// measured iterations), which still measures for 500 ms an iteration: with fourteen benchmarks, about two and a
    /// half minutes. At 200 ms the quick mode takes a little over a minute, above the 100 ms BenchmarkDotNet warns
    /// under. An explicit <c>--iterationTime</c> wins.
    /// </summary>
    private const string QuickIterationTime = "200";

    public static int Main(string[] args)
    {
        if (args is ["--ratios"])
        {
            return Ratios.Run();
        }

        // One report for the whole run, one group per operation (its category, numbered as in the README), each
        // group with its own baseline.
        var config = DefaultConfig.Instance
            .WithSummaryStyle(SummaryStyle.Default.WithRatioStyle(RatioStyle.Trend))
            .WithOptions(ConfigOptions.JoinSummary)
            .AddLogicalGroupRules(BenchmarkLogicalGroupRule.ByCategory)
            .AddColumn(CategoriesColumn.Default);
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(Quick(args), config);
        return 0;
    }

    private static string[] Quick(string[] args)
    {
        var job = Array.FindIndex(args, arg => arg is "--job" or "-j");
        var quick = (job >= 0 && job + 1 < args.Length && args[job + 1].Equals("short", StringComparison.OrdinalIgnoreCase))
            || args.Any(arg => arg.Equals("--job=short", StringComparison.OrdinalIgnoreCase));
        var timed = args.Any(arg => arg.StartsWith("--iterationTime", StringComparison.OrdinalIgnoreCase));
        return quick && !timed ? [.. args, "--iterationTime", QuickIterationTime] : args;
    }
}
