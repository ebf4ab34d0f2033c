using System.Collections.Generic;
using System.Linq;

namespace SipStatus.Tests;

/// <summary>The IANA "Response Codes" registry as checked facts (TestData/iana-sip-response-codes.tsv).</summary>
internal static class Registry
{
    public sealed record Entry(int Code, string ReasonPhrase, int Rfc, bool Deprecated);

    public static IReadOnlyList<Entry> Entries { get; } = Load();

    public static IReadOnlySet<int> Codes { get; } = Entries.Select(e => e.Code).ToHashSet();

    private static List<Entry> Load() =>
        TestFiles.ReadLines("iana-sip-response-codes.tsv")
            .Skip(1)
            .Where(line => line.Length > 0)
            .Select(line => line.Split('\t'))
            .Select(cells => new Entry(
                int.Parse(cells[0]),
                cells[1],
                int.Parse(cells[2].Replace("RFC", string.Empty)),
                cells.Length > 3 && cells[3] == "yes"))
            .ToList();
}
