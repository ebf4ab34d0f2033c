using System;
using System.Runtime.InteropServices;

namespace SipStatus.Cli;

/// <summary>
/// Standard output's pipe, made wider for the trace filter, which writes as many bytes as it reads (and with
/// <c>--json</c> more). A Linux pipe holds 16 pages, 64 KiB, unless its capacity is changed (pipe(7);
/// <c>F_SETPIPE_SZ</c>, fcntl(2), since Linux 2.6.35); every time it is full, the filter waits for the reader to take
/// some, and the two take turns on the cores. With 1 MiB they take turns less often: on this project's 2-core machine,
/// piped to <c>cat</c> with 256 KiB writes (<see cref="TraceOutput"/>), the plain filter took 0.30 s instead of 0.34 s
/// and <c>--json</c> 0.35 s instead of 0.56 s (medians of 9 and 7 runs, side by side, on the trace of
/// scripts/measure-throughput.sh).
/// </summary>
internal static class OutputPipe
{
    /// <summary><c>F_SETPIPE_SZ</c>: <c>F_LINUX_SPECIFIC_BASE + 7</c> (linux/fcntl.h), the base being 1024 (asm-generic/fcntl.h).</summary>
    private const int SetPipeSize = 1024 + 7;

    /// <summary>The capacity asked for: the most an unprivileged process may ask for by default (/proc/sys/fs/pipe-max-size, pipe(7)).</summary>
    private const int Capacity = 1024 * 1024;

    /// <summary>
    /// Asks for a 1 MiB pipe on <paramref name="descriptor"/>, on Linux: the capacity set, or -1 where it is no pipe,
    /// the system's limit is lower, or this is no Linux. A refusal leaves the pipe as it was: nothing else changes.
    /// </summary>
    public static int Widen(int descriptor)
    {
        if (!OperatingSystem.IsLinux())
        {
            return -1;
        }

        try
        {
            return Fcntl(descriptor, SetPipeSize, Capacity);
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return -1;
        }
    }

    [DllImport("libc", EntryPoint = "fcntl")]
    private static extern int Fcntl(int descriptor, int command, int argument);
}
