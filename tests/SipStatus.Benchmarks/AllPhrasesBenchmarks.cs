using System;
using System.Linq;
using BenchmarkDotNet.Attributes;
using SipStatus.Benchmarks.ByHand;

namespace SipStatus.Benchmarks;

/// <summary>Every one of the 75 codes to its phrase, in a loop: <c>Enum.ToString()</c> against <c>GetReasonPhrase()</c>.</summary>
[MemoryDiagnoser]
[BenchmarkCategory("7 all 75 codes -> phrase")]
[Target(10)]
public class AllPhrasesBenchmarks
{
    private readonly PlainSipStatusCode[] _plain = Enum.GetValues<PlainSipStatusCode>();
    private readonly SipStatusCode[] _codes = SipStatusCatalog.All.Select(info => info.Code).ToArray();

    [GlobalSetup]
    public void Check() => Traffic.Check(_plain.Length == 75 && _codes.Length == 75, "not 75 codes");

    [Benchmark(Baseline = true)]
    public int EnumToString()
    {
        var sum = 0;
        foreach (var code in _plain)
        {
            sum += code.ToString().Length;
        }

        return sum;
    }

    [Benchmark]
    public int GetReasonPhrase()
    {
        var sum = 0;
        foreach (var code in _codes)
        {
            sum += code.GetReasonPhrase().Length;
        }

        return sum;
    }
}
