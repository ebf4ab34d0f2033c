using System.Collections.Concurrent;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using FluentAssertions;
using Xunit;

namespace SipStatus.Tests;

public class ConcurrencyTests
{
    [Fact]
    public async Task Many_threads_reading_at_once_all_see_the_same_rows()
    {
        var expected = SipStatusCatalog.All.Select(i => (i.Value, i.ReasonPhrase)).ToArray();
        var failures = new ConcurrentBag<string>();
        using var start = new Barrier(8);
        var tasks = Enumerable.Range(0, 8).Select(t => Task.Factory.StartNew(() =>
        {
            start.SignalAndWait();
            for (var round = 0; round < 2_000; round++)
            {
                var code = 100 + ((round * 7 + t) % 600);
                var resolved = SipStatusCatalog.Resolve(code);
                if (SipStatusCatalog.TryGet(code, out var info) && (!ReferenceEquals(info, resolved) || info.Value != code))
                {
                    failures.Add($"{code} on thread {t}");
                }

                var row = SipStatusCatalog.All[round % SipStatusCatalog.All.Count];
                if (row.Code.GetReasonPhrase() != expected[round % expected.Length].ReasonPhrase)
                {
                    failures.Add($"{row.Value} phrase on thread {t}");
                }
            }
        }, TaskCreationOptions.LongRunning)).ToArray();

        await Task.WhenAll(tasks);
        failures.Should().BeEmpty();
    }
}
