using System;

namespace SipStatus.Tests;

/// <summary>Measures what an action allocates on this thread, for the zero-allocation tests.</summary>
internal static class Allocations
{
    /// <summary>
    /// Runs <paramref name="action"/> once to warm up (static initialisation and JIT allocate once), then 100 times,
    /// and returns the bytes those 100 runs allocated on this thread.
    /// </summary>
    public static long By(Action action)
    {
        action();
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 100; i++)
        {
            action();
        }

        return GC.GetAllocatedBytesForCurrentThread() - before;
    }
}
