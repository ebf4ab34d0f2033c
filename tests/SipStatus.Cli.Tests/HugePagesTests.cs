using System;
using System.Globalization;
using System.IO;
using System.Runtime.InteropServices;
using FluentAssertions;
using Xunit;

namespace SipStatus.Cli.Tests;

/// <summary>
/// The trace filter's chunks in huge pages (<see cref="HugePages"/>), checked against what the kernel reports of the
/// process's memory: the <c>hg</c> flag of a mapping in /proc/self/smaps is "huge page advise flag" (proc(5)), set by
/// madvise(2) <c>MADV_HUGEPAGE</c>, whether or not huge pages are then given.
/// </summary>
public sealed class HugePagesTests
{
    private const int HugePage = 2 * 1024 * 1024;

    [Fact]
    public void The_elements_start_a_huge_page_that_the_kernel_was_advised_of()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        var bytes = HugePages.Allocate<byte>(3 * HugePage);
        bytes.Count.Should().Be(3 * HugePage);
        var start = (long)Marshal.UnsafeAddrOfPinnedArrayElement(bytes.Array!, bytes.Offset);
        (start % HugePage).Should().Be(0, "the elements start a huge page");
        VmFlags(start).Should().Contain("hg");
        VmFlags(start + bytes.Count - 1).Should().Contain("hg", "the advice goes on to the elements' end");
        VmFlags(start - 1).Should().NotContain("hg", "the array's memory before them is not advised");
        GC.KeepAlive(bytes.Array);
    }

    [Fact]
    public void Elements_larger_than_a_byte_are_advised_from_the_first_that_starts_in_a_huge_page()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        // A TraceEvent is 16 bytes, and an array's elements are 8-byte aligned: the first element starts a huge page,
        // or is the first to start after its start.
        var events = HugePages.Allocate<TraceEvent>(HugePage / 16);
        var start = (long)Marshal.UnsafeAddrOfPinnedArrayElement(events.Array!, events.Offset);
        var inHugePage = start % HugePage;
        inHugePage.Should().BeLessThan(16);
        VmFlags(start).Should().Contain("hg");
        VmFlags(start - inHugePage - 1).Should().NotContain("hg");
        GC.KeepAlive(events.Array);
    }

    [Theory]
    [InlineData(0x7f00_0020_0000L, 1)]
    [InlineData(0x7f00_0000_0010L, 1)]
    [InlineData(0x7f00_0000_0010L, 16)]
    [InlineData(0x7f00_0000_0008L, 16)]
    [InlineData(0x7f00_001f_fff8L, 16)]
    [InlineData(0x7f00_0000_0008L, 24)]
    public void The_first_element_in_a_huge_page_is_the_first_to_start_at_or_after_its_start(long start, int size)
    {
        // Whether the array's elements line up with a huge page or not: the element found starts in the first huge
        // page, and the one before it, if any, before that page.
        var hugePage = (start + HugePage - 1) / HugePage * HugePage;
        var index = HugePages.FirstInHugePage(start, size);
        (start + ((long)index * size)).Should().BeGreaterThanOrEqualTo(hugePage).And.BeLessThan(hugePage + size);
    }

    /// <summary>The VmFlags of the mapping that holds <paramref name="address"/>, from /proc/self/smaps.</summary>
    private static string[] VmFlags(long address)
    {
        var inside = false;
        foreach (var line in File.ReadLines("/proc/self/smaps"))
        {
            var dash = line.IndexOf('-', StringComparison.Ordinal);
            var space = line.IndexOf(' ', StringComparison.Ordinal);
            if (dash > 0 && space > dash && long.TryParse(line.AsSpan(0, dash), NumberStyles.HexNumber, null, out var from)
                && long.TryParse(line.AsSpan(dash + 1, space - dash - 1), NumberStyles.HexNumber, null, out var to))
            {
                inside = from <= address && address < to;
            }
            else if (inside && line.StartsWith("VmFlags:", StringComparison.Ordinal))
            {
                return line["VmFlags:".Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            }
        }

        throw new InvalidOperationException($"no mapping holds {address:x}");
    }
}
