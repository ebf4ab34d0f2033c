using BenchmarkDotNet.Attributes;
using SipStatus.Benchmarks.ByHand;

namespace SipStatus.Benchmarks;

/// <summary>
/// A status line already in a string: <c>Split</c> and <c>int.Parse</c> against <c>SipStatusLine.Parse(string)</c>.
/// The lines carry the registry phrases.
/// </summary>
[MemoryDiagnoser]
[BenchmarkCategory("5 status line from chars")]
[Target(8)]
public class CharStatusLineBenchmarks
{
    private readonly string[] _lines = Traffic.Lines;

    [GlobalSetup]
    public void Check() => Traffic.Check(SplitIntParse() == Parse(), "different lines");

    [Benchmark(Baseline = true, OperationsPerInvoke = Traffic.Count)]
    public int SplitIntParse()
    {
        var sum = 0;
        foreach (var text in _lines)
        {
            var (version, code, phrase) = ByHandParsing.ParseStatusLine(text);
            sum += version.Length + code + phrase.Length;
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = Traffic.Count)]
    public int Parse()
    {
        var sum = 0;
        foreach (var text in _lines)
        {
            var line = SipStatusLine.Parse(text);
            sum += line.Version.Length + line.Code + line.ReasonPhrase.Length;
        }

        return sum;
    }
}
