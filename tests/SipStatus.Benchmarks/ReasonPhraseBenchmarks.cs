using BenchmarkDotNet.Attributes;
using SipStatus.Benchmarks.ByHand;

namespace SipStatus.Benchmarks;

/// <summary>Enum to reason phrase: <c>Enum.ToString()</c> on a plain enum against <c>GetReasonPhrase()</c>.</summary>
[MemoryDiagnoser]
[BenchmarkCategory("1 enum -> reason phrase")]
[Target(10)]
public class ReasonPhraseBenchmarks
{
    private readonly PlainSipStatusCode[] _plain = Traffic.PlainCodes();
    private readonly SipStatusCode[] _codes = Traffic.SipStatusCodes();

    [GlobalSetup]
    public void Check() => Traffic.Check(EnumToString() > 0 && GetReasonPhrase() > 0, "no phrase");

    [Benchmark(Baseline = true, OperationsPerInvoke = Traffic.Count)]
    public int EnumToString()
    {
        var sum = 0;
        foreach (var code in _plain)
        {
            sum += code.ToString().Length;
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = Traffic.Count)]
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
