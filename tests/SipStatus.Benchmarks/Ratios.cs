using System;
using System.Diagnostics;
using System.Linq;
using System.Reflection;
using BenchmarkDotNet.Attributes;

namespace SipStatus.Benchmarks;

/// <summary>The ratio a benchmark class's candidate must reach against its baseline (README, "Performance").</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class TargetAttribute(double ratio) : Attribute
{
    public double Ratio { get; } = ratio;

    /// <summary>The bytes a candidate may allocate per call of its benchmark method: 0 (the default) for a lookup, the result and its strings for a parser.</summary>
    public long MaxBytes { get; set; }
}

/// <summary>
/// The targets checked on a busy machine: <c>dotnet run -c Release --project tests/SipStatus.Benchmarks -- --ratios</c>.
/// BenchmarkDotNet measures the baseline and the candidate one after the other, each in its own process, so a build
/// that starts on the other core between the two moves the ratio (on this two-core VM the phrase lookup has read
/// anything from 1.1x to 2.9x). Here both run in one process, in turns of about a millisecond each, for
/// <see cref="Rounds"/> rounds, and each keeps its fastest turn: load only ever adds time, so the fastest turns of
/// both are the ones it disturbed least, and they are taken moments apart. Each candidate must also allocate nothing, or
/// no more per call than its class's <see cref="TargetAttribute.MaxBytes"/>.
/// Exits with 1 when a target is missed.
/// </summary>
public static class Ratios
{
    private const int Rounds = 300;

    public static int Run()
    {
        var missed = 0;
        Console.WriteLine($"{"Operation",-42} {"baseline",10} {"SipStatus",10} {"ratio",8} {"target",7} {"bytes",6}");
        foreach (var type in typeof(Ratios).Assembly.GetTypes().Where(t => t.GetCustomAttribute<TargetAttribute>() is not null).OrderBy(Category))
        {
            var (target, maxBytes) = (type.GetCustomAttribute<TargetAttribute>()!.Ratio, type.GetCustomAttribute<TargetAttribute>()!.MaxBytes);
            var instance = Activator.CreateInstance(type)!;
            foreach (var setup in type.GetMethods().Where(m => m.GetCustomAttribute<GlobalSetupAttribute>() is not null))
            {
                setup.Invoke(instance, null);
            }

            var methods = type.GetMethods().Where(m => m.GetCustomAttribute<BenchmarkAttribute>() is not null).ToArray();
            var baseline = methods.Single(m => m.GetCustomAttribute<BenchmarkAttribute>()!.Baseline);
            foreach (var candidate in methods.Where(m => m != baseline))
            {
                var timeBaseline = Timer(instance, baseline);
                var timeCandidate = Timer(instance, candidate);
                var (baselineNs, candidateNs, bytes) = (double.MaxValue, double.MaxValue, 0L);
                for (var round = 0; round < Rounds; round++)
                {
                    baselineNs = Math.Min(baselineNs, timeBaseline().Nanoseconds);
                    var (ns, allocated) = timeCandidate();
                    candidateNs = Math.Min(candidateNs, ns);
                    bytes = Math.Max(bytes, allocated);
                }

                var ratio = baselineNs / candidateNs;
                var met = ratio >= target && bytes <= maxBytes;
                missed += met ? 0 : 1;
                Console.WriteLine($"{Category(type),-42} {baselineNs,8:F1}ns {candidateNs,8:F1}ns {ratio,7:F2}x {target,6:F1}x {bytes,6}{(met ? string.Empty : "  MISSED")}");
            }
        }

        Console.WriteLine(missed == 0 ? "Every target met." : $"{missed} target(s) missed.");
        return missed == 0 ? 0 : 1;
    }

    private static string Category(Type type) => type.GetCustomAttribute<BenchmarkCategoryAttribute>()?.Categories[0] ?? type.Name;

    /// <summary>A timer of one turn of <paramref name="method"/>: nanoseconds per operation and bytes allocated per turn.</summary>
    private static Func<(double Nanoseconds, long Bytes)> Timer(object instance, MethodInfo method)
    {
        var run = method.CreateDelegate<Func<int>>(instance);
        var operations = method.GetCustomAttribute<BenchmarkAttribute>()!.OperationsPerInvoke;

        // As many calls as take about a millisecond, measured once the JIT has settled (tiered compilation and PGO).
        for (var warm = 0; warm < 50_000; warm++)
        {
            run();
        }

        var probe = Stopwatch.StartNew();
        var calls = 0;
        while (probe.Elapsed.TotalMilliseconds < 1)
        {
            run();
            calls++;
        }

        return () =>
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            var clock = Stopwatch.StartNew();
            for (var i = 0; i < calls; i++)
            {
                run();
            }

            var elapsed = clock.Elapsed.TotalNanoseconds;
            var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
            return (elapsed / calls / operations, allocated / calls);
        };
    }
}
