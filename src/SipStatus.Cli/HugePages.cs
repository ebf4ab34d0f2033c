using System;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace SipStatus.Cli;

/// <summary>
/// Large pinned arrays whose memory Linux is asked to back with transparent huge pages (madvise(2),
/// <c>MADV_HUGEPAGE</c>): the trace filter's chunks (<see cref="TraceInput"/>), several mebibytes that each run
/// fills once. Every 4 KiB page a process touches for the first time costs a page fault; on this project's virtual
/// machine one costs 13 µs (touching fresh pages one after the other), so a run of the filter spent about 20 ms of
/// CPU time on the 1,600 pages of its chunks, where grep, which reads into one small buffer, takes 130 page faults in
/// all. A huge page is one fault for 2 MiB. Where the kernel has no transparent huge pages, or they are switched off
/// (<c>/sys/kernel/mm/transparent_hugepage/enabled</c> is <c>never</c>), the advice changes nothing, and the memory is
/// what it was.
/// </summary>
internal static class HugePages
{
    /// <summary><c>MADV_HUGEPAGE</c> (asm-generic/mman-common.h).</summary>
    private const int AdviseHugePages = 14;

    /// <summary>The size of a huge page on x86-64 (and of a 4 KiB-page arm64): the advice covers whole ones.</summary>
    private const long Size = 2 * 1024 * 1024;

    /// <summary>
    /// <paramref name="length"/> elements, not cleared (they are only read once written), of a pinned array whose
    /// memory is advised to be huge pages, on Linux, from the first huge page's start in it on, where the elements
    /// start (or, for elements that do not line up with it, the first of them that starts after it). The array is
    /// 4 MiB longer than asked for, so that such a start is in it and the advice covers whole huge pages; its memory
    /// beyond the elements is never touched, so it takes none.
    /// </summary>
    public static ArraySegment<T> Allocate<T>(int length)
        where T : unmanaged
    {
        var size = Unsafe.SizeOf<T>();
        var array = GC.AllocateUninitializedArray<T>(length + (int)(2 * Size / size), pinned: true);
        if (!OperatingSystem.IsLinux())
        {
            return new ArraySegment<T>(array, 0, length);
        }

        var start = (long)Marshal.UnsafeAddrOfPinnedArrayElement(array, 0);
        var first = (start + Size - 1) & ~(Size - 1);
        var last = (start + ((long)array.Length * size)) & ~(Size - 1);
        Advise((nint)first, (nuint)(last - first));
        return new ArraySegment<T>(array, (int)((first - start + size - 1) / size), length);
    }

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
