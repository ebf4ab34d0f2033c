using System.Linq;
using System.Text;
using FluentAssertions;
using Xunit;

namespace SipStatus.Cli.Tests;

/// <summary>
/// The trace filter keeps what it made of a line by the line's bytes, in a fixed number of slots picked by a hash: a
/// line may be forgotten when another takes its slot, but what it gives back is always what was kept for that line.
/// </summary>
public class TraceLineCacheTests
{
    [Fact]
    public void With_more_lines_than_slots_each_line_gives_back_its_own_value_or_nothing()
    {
        // Ten thousand lines in 4,096 slots: many share a slot, and lines of every length up to and past 16 bytes
        // (the hash reads eight bytes at a time, the last eight again for the rest) differ in their last byte only.
        var cache = new TraceLineCache<string>();
        var lines = Enumerable.Range(0, 10_000).Select(i => $"SIP/2.0 {200 + (i % 400)} {new string('x', i % 23)}{i}").ToArray();
        foreach (var line in lines)
        {
            var bytes = Encoding.ASCII.GetBytes(line);
            cache.TryGet(bytes, variant: false, out var key, out _);
            cache.Add(key, bytes, variant: false, line);
        }

        var found = 0;
        foreach (var line in lines)
        {
            if (cache.TryGet(Encoding.ASCII.GetBytes(line), variant: false, out _, out var value))
            {
                value.Should().Be(line);
                found++;
            }
        }

        found.Should().BeInRange(1, 4096, "no more lines are kept than there are slots");
        cache.TryGet(Encoding.ASCII.GetBytes(lines[^1]), variant: false, out _, out var last).Should().BeTrue("the line put last is kept");
        last.Should().Be(lines[^1]);
    }

    [Fact]
    public void The_same_bytes_read_two_ways_are_kept_apart()
    {
        var cache = new TraceLineCache<string>();
        var bytes = "SIP/2.0 486 Busy Here."u8.ToArray();
        cache.TryGet(bytes, variant: false, out var plainKey, out _).Should().BeFalse();
        cache.Add(plainKey, bytes, variant: false, "as it is");
        cache.TryGet(bytes, variant: true, out var strippedKey, out _).Should().BeFalse("it was kept read the other way");
        cache.Add(strippedKey, bytes, variant: true, "less its final dot");

        cache.TryGet(bytes, variant: false, out _, out var plain).Should().BeTrue();
        plain.Should().Be("as it is");
        cache.TryGet(bytes, variant: true, out _, out var stripped).Should().BeTrue();
        stripped.Should().Be("less its final dot");
    }

    [Fact]
    public void Lines_shorter_than_eight_bytes_are_kept_by_all_their_bytes()
    {
        var cache = new TraceLineCache<string>();
        foreach (var line in new[] { "", "a", "ab", "ba", "abcdefg", "abcdefh" })
        {
            var bytes = Encoding.ASCII.GetBytes(line);
            cache.TryGet(bytes, variant: false, out var key, out _);
            cache.Add(key, bytes, variant: false, line);
        }

        foreach (var line in new[] { "a", "ab", "ba", "abcdefg", "abcdefh" })
        {
            if (cache.TryGet(Encoding.ASCII.GetBytes(line), variant: false, out _, out var value))
            {
                value.Should().Be(line);
            }
        }

        cache.TryGet("abcdefh"u8, variant: false, out _, out var last).Should().BeTrue();
        last.Should().Be("abcdefh");
        cache.TryGet("abcdefi"u8, variant: false, out _, out _).Should().BeFalse("that line was never kept");
    }
}
