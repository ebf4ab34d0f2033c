using System;
using System.Collections.Generic;
using System.Linq;
using BenchmarkDotNet.Attributes;
using SipStatus.Benchmarks.ByHand;

namespace SipStatus.Benchmarks;

/// <summary>
/// An unrecognized code to what a user agent must treat it as (RFC 3261 8.1.3.2): range checks and a dictionary
/// against <c>SipStatusCatalog.Resolve</c>.
/// </summary>
[MemoryDiagnoser]
[BenchmarkCategory("3 unrecognized int -> Resolve")]
[Target(3)]
public class ResolveBenchmarks
{
    private readonly Dictionary<int, PlainSipStatusRow> _byCode =
        PlainSipStatusTable.Rows.ToDictionary(row => row.Code, row => new PlainSipStatusRow(row.Code, row.ReasonPhrase));

    private readonly int[] _codes = Traffic.UnrecognizedCodes;

    [GlobalSetup]
    public void Check() => Traffic.Check(RangeChecksAndDictionary() == Resolve(), "different rows");

    [Benchmark(Baseline = true, OperationsPerInvoke = Traffic.Count)]
    public int RangeChecksAndDictionary()
    {
        var sum = 0;
        foreach (var code in _codes)
        {
            sum += ResolveByHand(code).Code;
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = Traffic.Count)]
    public int Resolve()
    {
        var sum = 0;
        foreach (var code in _codes)
        {
            sum += SipStatusCatalog.Resolve(code).Value;
        }

        return sum;
    }

    private PlainSipStatusRow ResolveByHand(int code)
    {
        if (code is < 100 or > 699)
        {
            throw new ArgumentOutOfRangeException(nameof(code));
        }

        if (_byCode.TryGetValue(code, out var row))
        {
            return row;
        }

        // An unrecognized final code is the x00 of its class, an unrecognized provisional one 183.
        return _byCode[code < 200 ? 183 : code / 100 * 100];
    }
}
