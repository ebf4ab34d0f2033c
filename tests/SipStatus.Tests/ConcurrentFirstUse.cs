using System.Globalization;
using System.Linq;
using System.Threading;

namespace SipStatus.Tests;

/// <summary>
/// Run in a fresh process (<see cref="Program.ConcurrencyProbe"/>): eight threads wait at a barrier and then make the
/// first use of the library's types all at once, each in another order, so that every type initialiser and lazily
/// built table is raced. Each thread writes down everything it read; the output says how many different accounts the
/// threads gave (one, if the data is safe to share from the start) and the first of them.
/// </summary>
internal static class ConcurrentFirstUse
{
    private const int Threads = 8;

    public static string Run()
    {
        var accounts = new string[Threads];
        using var start = new Barrier(Threads);
        var threads = Enumerable.Range(0, Threads).Select(t => new Thread(() =>
        {
            start.SignalAndWait();
            accounts[t] = Read(t);
        })).ToArray();
        foreach (var thread in threads)
        {
            thread.Start();
        }

        foreach (var thread in threads)
        {
            thread.Join();
        }

        return $"accounts={accounts.Distinct().Count()}\n{accounts[0]}";
    }

    /// <summary>Every part, starting with part <paramref name="first"/>, in a fixed order of parts.</summary>
    private static string Read(int first)
    {
        var parts = new string[5];
        for (var i = 0; i < parts.Length; i++)
        {
            var part = (first + i) % parts.Length;
            parts[part] = part switch
            {
                0 => Join(Enumerable.Range(SipStatusCatalog.MinCode, 600).Where(c => SipStatusCatalog.TryGet(c, out _)).Select(c => $"{c} {SipStatusCatalog.Resolve(c).ReasonPhrase}")),
                1 => Join(SipStatusCatalog.All.Select(i => $"{i.ReasonPhrase}={string.Join(",", SipStatusCatalog.FindByReasonPhrase(i.ReasonPhrase.ToUpperInvariant()).Select(f => f.Value))}")),
                2 => Join(new[] { "SIP/2.0 486 Busy Here", "SIP/2.0 200  OK", "sip/2.0 431 x" }.Select(l => SipStatusLine.Parse(l)).Select(l => $"{l.Code}|{l.ReasonPhrase}")),
                3 => Join(Enumerable.Range(Q850.MinCause, 128).Select(c => $"{c}>{Q850.ToSipStatusCode(c)?.ToString() ?? "-"}")),
                _ => SipReason.Parse("Q.850;cause=17").Explain(CultureInfo.GetCultureInfo("en")),
            };
        }

        return string.Join("\n", parts) + "\n";
    }

    private static string Join(System.Collections.Generic.IEnumerable<string> lines) => string.Join("\n", lines);
}
