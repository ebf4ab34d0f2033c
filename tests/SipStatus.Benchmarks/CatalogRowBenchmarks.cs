using System.Collections.Generic;
using System.Linq;
using BenchmarkDotNet.Attributes;
using SipStatus.Benchmarks.ByHand;

namespace SipStatus.Benchmarks;

/// <summary>A number off the wire to its row: <c>Dictionary&lt;int, T&gt;.TryGetValue</c> against <c>SipStatusCatalog.TryGet</c>.</summary>
[MemoryDiagnoser]
[BenchmarkCategory("2 int -> catalog row")]
[Target(3)]
public class CatalogRowBenchmarks
{
    private readonly Dictionary<int, PlainSipStatusRow> _byCode =
        PlainSipStatusTable.Rows.ToDictionary(row => row.Code, row => new PlainSipStatusRow(row.Code, row.ReasonPhrase));

    private readonly int[] _codes = Traffic.Codes;

    [GlobalSetup]
    public void Check() => Traffic.Check(DictionaryTryGetValue() == TryGet(), "different rows");

    [Benchmark(Baseline = true, OperationsPerInvoke = Traffic.Count)]
    public int DictionaryTryGetValue()
    {
        var sum = 0;
        foreach (var code in _codes)
        {
            if (_byCode.TryGetValue(code, out var row))
            {
                sum += row.Code;
            }
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = Traffic.Count)]
    public int TryGet()
    {
        var sum = 0;
        foreach (var code in _codes)
        {
            if (SipStatusCatalog.TryGet(code, out var info))
            {
                sum += info.Value;
            }
        }

        return sum;
    }
}
