using System;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace SipStatus.Cli;

/// <summary>
/// Large pinned arrays whose memory Linux is asked to back with transparent huge pages (madvise(2),
/// <c>MADV_HUGEPAGE</c>): the trace filter's chunks (<see cref="TraceInput"/>), several mebibytes that a long input
/// fills over and over. The first touch of every 4 KiB page is a page fault, and on this project's virtual machine one
/// took 13 µs (a program touching fresh pages one after another), where a 2 MiB huge page took 0.1 to 0.25 ms (up to
/// 6 ms the first time the machine gave out that memory). The plain filter on the trace of
/// scripts/measure-throughput.sh took 2,996 page faults with chunks of arrays of their own, 1,124 with these, and grep
/// 338 (perf stat, each with the shell that starts it). Where the kernel has no transparent huge pages, or they are
/// switched off (<c>/sys/kernel/mm/transparent_hugepage/enabled</c> is <c>never</c>), the advice changes nothing, and
/// the memory is what it was.
/// </summary>
internal static class HugePages
{
    /// <summary><c>MADV_HUGEPAGE</c> (asm-generic/mman-common.h).</summary>
    private const int AdviseHugePages = 14;

    /// <summary>
    /// The size of a transparent huge page on x86-64 (/sys/kernel/mm/transparent_hugepage/hpage_pmd_size here): the
    /// advice covers whole ones.
    /// </summary>
    private const long Size = 2 * 1024 * 1024;

    /// <summary>
    /// <paramref name="length"/> elements, not cleared (they are only read once written), of a pinned array whose
    /// memory is advised to be huge pages, on Linux, from the first huge page's start in it on, where the elements
    /// start (or, for elements that do not line up with it, the first of them that starts after it). There the array
    /// is 4 MiB longer than asked for, so that such a start is in it and the advice covers whole huge pages; its
    /// memory beyond the elements is never touched, so it takes none. Elsewhere it is the elements alone.
    /// </summary>
    public static ArraySegment<T> Allocate<T>(int length)
        where T : unmanaged
    {
        if (!OperatingSystem.IsLinux())
        {
            return new ArraySegment<T>(GC.AllocateUninitializedArray<T>(length, pinned: true));
        }

        var size = Unsafe.SizeOf<T>();
        var array = GC.AllocateUninitializedArray<T>(length + (int)(2 * Size / size), pinned: true);
        var start = (long)Marshal.UnsafeAddrOfPinnedArrayElement(array, 0);
        var first = HugePageFrom(start);
        var last = (start + ((long)array.Length * size)) & ~(Size - 1);
        Advise((nint)first, (nuint)(last - first));
        return new ArraySegment<T>(array, FirstInHugePage(start, size), length);
    }

    /// <summary>
    /// The index of the first element, of <paramref name="size"/> bytes, that starts at or after the first huge page's
    /// start, in an array whose elements start at the address <paramref name="start"/>.
    /// </summary>
    internal static int FirstInHugePage(long start, int size) => (int)((HugePageFrom(start) - start + size - 1) / size);

    /// <summary>The start of the first huge page at or after <paramref name="address"/>.</summary>
    private static long HugePageFrom(long address) => (address + Size - 1) & ~(Size - 1);

    /// <summary>Gives the advice; a refusal, or a C library without madvise, leaves the memory as it is.</summary>
    private static void Advise(nint address, nuint length)
    {
        try
        {
            _ = Madvise(address, length, AdviseHugePages);
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
        }
    }

    [DllImport("libc", EntryPoint = "madvise")]
    private static extern int Madvise(nint address, nuint length, int advice);
}
