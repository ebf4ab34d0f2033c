using System;
using System.Collections.Generic;
using BenchmarkDotNet.Attributes;
using SipStatus.Benchmarks.ByHand;

namespace SipStatus.Benchmarks;

/// <summary>
/// A reason phrase in any case and spacing to its code: normalise the key and look it up in a
/// <c>Dictionary(StringComparer.OrdinalIgnoreCase)</c>, against <c>SipStatusCatalog.TryFindByReasonPhrase</c>.
/// </summary>
[MemoryDiagnoser]
[BenchmarkCategory("6 phrase -> code, any case and spacing")]
[Target(2.5)]
public class PhraseLookupBenchmarks
{
    private readonly Dictionary<string, int> _byPhrase = CreateDictionary();
    private readonly string[] _phrases = Traffic.LoosePhrases;

    [GlobalSetup]
    public void Check() => Traffic.Check(NormaliseAndDictionary() == TryFindByReasonPhrase() && TryFindByReasonPhrase() > 0, "different codes");

    [Benchmark(Baseline = true, OperationsPerInvoke = Traffic.Count)]
    public int NormaliseAndDictionary()
    {
        var sum = 0;
        foreach (var phrase in _phrases)
        {
            if (_byPhrase.TryGetValue(Normalise(phrase), out var code))
            {
                sum += code;
            }
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = Traffic.Count)]
    public int TryFindByReasonPhrase()
    {
        var sum = 0;
        foreach (var phrase in _phrases)
        {
            if (SipStatusCatalog.TryFindByReasonPhrase(phrase, out var info))
            {
                sum += info.Value;
            }
        }

        return sum;
    }

    /// <summary>"  busy-HERE " to "busyHERE": letters and digits only; the dictionary ignores case.</summary>
    private static string Normalise(string phrase)
    {
        Span<char> buffer = phrase.Length <= 256 ? stackalloc char[phrase.Length] : new char[phrase.Length];
        var length = 0;
        foreach (var c in phrase)
        {
            if (char.IsLetterOrDigit(c))
            {
                buffer[length++] = c;
            }
        }

        return new string(buffer[..length]);
    }

    private static Dictionary<string, int> CreateDictionary()
    {
        var byPhrase = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var (code, phrase) in PlainSipStatusTable.Rows)
        {
            byPhrase.TryAdd(Normalise(phrase), code); // "Not Acceptable" is 406 and 606: the first wins
        }

        return byPhrase;
    }
}
