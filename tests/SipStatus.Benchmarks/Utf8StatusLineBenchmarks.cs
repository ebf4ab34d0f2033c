using System;
using System.Text;
using BenchmarkDotNet.Attributes;
using SipStatus.Benchmarks.ByHand;

namespace SipStatus.Benchmarks;

/// <summary>
/// A status line as read off the wire, in UTF-8: <c>Encoding.UTF8.GetString</c>, <c>Split</c> and <c>int.Parse</c>
/// against <c>SipStatusLine.Parse(ReadOnlySpan&lt;byte&gt;)</c>. The lines carry the registry phrases.
/// </summary>
[MemoryDiagnoser]
[BenchmarkCategory("4 status line from UTF-8 bytes")]
[Target(10)]
public class Utf8StatusLineBenchmarks
{
    private readonly byte[][] _lines = Traffic.Utf8Lines;

    [GlobalSetup]
    public void Check() => Traffic.Check(GetStringSplitIntParse() == Parse(), "different lines");

    [Benchmark(Baseline = true, OperationsPerInvoke = Traffic.Count)]
    public int GetStringSplitIntParse()
    {
        var sum = 0;
        foreach (var bytes in _lines)
        {
            var (version, code, phrase) = ByHandParsing.ParseStatusLine(Encoding.UTF8.GetString(bytes));
            sum += version.Length + code + phrase.Length;
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = Traffic.Count)]
    public int Parse()
    {
        var sum = 0;
        foreach (var bytes in _lines)
        {
            var line = SipStatusLine.Parse(bytes.AsSpan());
            sum += line.Version.Length + line.Code + line.ReasonPhrase.Length;
        }

        return sum;
    }
}
