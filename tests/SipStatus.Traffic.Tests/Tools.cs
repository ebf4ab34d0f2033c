using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Sockets;
using System.Threading.Tasks;
using Xunit;

namespace SipStatus.Traffic.Tests;

/// <summary>The programs the traffic tests run, and whether they are here.</summary>
internal static class Tools
{
    public static readonly string[] Needed = ["sipp", "kamailio", "tshark", "ngrep"];

    /// <summary>Under CI (CI=true) a missing tool fails the tests on Linux; elsewhere they skip.</summary>
    public static bool UnderCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    public static IReadOnlyList<string> Missing { get; } = Needed.Where(t => Find(t) is null).ToList();

    /// <summary>
    /// Why the tests cannot run on this operating system, or null on Linux. They capture on the loopback interface
    /// <c>lo</c> and load Kamailio's modules from the Debian and Ubuntu folder, so they are Linux tests wherever they run;
    /// .ci/run installs the tools on Linux only, and under CI there a missing tool is a failure, never a skip.
    /// </summary>
    public static string? NotHere => OperatingSystem.IsLinux()
        ? null
        : $"the real-traffic tests run on Linux only (tshark captures on lo, Kamailio's modules are Debian's); skipped on {System.Runtime.InteropServices.RuntimeInformation.OSDescription}";

    /// <summary>The program's path: in a folder of PATH (its own separator; with .exe on Windows), or in /usr/sbin or /sbin.</summary>
    public static string? Find(string name)
    {
        var names = OperatingSystem.IsWindows() ? new[] { name + ".exe", name } : [name];
        var folders = (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Concat(OperatingSystem.IsWindows() ? [] : ["/usr/sbin", "/sbin"]);
        return folders.SelectMany(folder => names.Select(n => Path.Combine(folder, n))).FirstOrDefault(File.Exists);
    }

    public static string Path_(string name) => Find(name) ?? throw new InvalidOperationException(MissingMessage);

    public static string MissingMessage =>
        $"the real-traffic tests need {string.Join(", ", Missing)} (Debian: apt-get install sip-tester kamailio tshark ngrep; .ci/run installs them)";
}

/// <summary>
/// A fact that needs the real SIP tools: skipped, saying why, off Linux, and on Linux where a tool is missing, except
/// under CI, where that fails.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class TrafficFactAttribute : FactAttribute
{
    public TrafficFactAttribute()
    {
        if (Tools.NotHere is { } reason)
        {
            Skip = reason;
        }
        else if (Tools.Missing.Count > 0 && !Tools.UnderCi)
        {
            Skip = Tools.MissingMessage;
        }
    }
}

/// <summary>A child process, bounded in time, stopped by its PID.</summary>
internal sealed class Child : IDisposable
{
    private readonly Process _process;
    private readonly Task<string> _stdout;
    private readonly Task<string> _stderr;

    private Child(Process process)
    {
        _process = process;
        _stdout = process.StandardOutput.ReadToEndAsync();
        _stderr = process.StandardError.ReadToEndAsync();
    }

    public int Pid => _process.Id;

    public static Child Start(string file, IEnumerable<string> args, string directory, byte[]? stdin = null)
    {
        var info = StartInfo(file, args, directory);
        var process = Process.Start(info) ?? throw new InvalidOperationException("cannot start " + file);
        var child = new Child(process);
        if (stdin is not null)
        {
            process.StandardInput.BaseStream.Write(stdin);
        }

        process.StandardInput.Close();
        return child;
    }

    /// <summary>How a program is started: in <paramref name="directory"/>, every stream redirected, in the C.UTF-8 locale.</summary>
    private static ProcessStartInfo StartInfo(string file, IEnumerable<string> args, string directory)
    {
        var info = new ProcessStartInfo(file)
        {
            WorkingDirectory = directory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        info.Environment["LC_ALL"] = "C.UTF-8";
        return info;
    }

    /// <summary>Runs a program to its end (at most <paramref name="seconds"/>), its output as bytes.</summary>
    public static (int Exit, byte[] Out, string Err) Run(string file, IEnumerable<string> args, string directory, int seconds, byte[]? stdin = null)
    {
        var info = StartInfo(file, args, directory);
        using var process = Process.Start(info) ?? throw new InvalidOperationException("cannot start " + file);
        var output = new MemoryStream();
        var copy = process.StandardOutput.BaseStream.CopyToAsync(output);
        var error = process.StandardError.ReadToEndAsync();
        var feed = Task.Run(() =>
        {
            try
            {
                if (stdin is not null)
                {
                    process.StandardInput.BaseStream.Write(stdin);
                }

                process.StandardInput.Close();
            }
            catch (IOException)
            {
                // The program stopped reading.
            }
        });
        if (!process.WaitForExit(seconds * 1000))
        {
            Stop(process.Id);
            process.WaitForExit();
            throw new TimeoutException($"{Path.GetFileName(file)} {string.Join(' ', args)} ran longer than {seconds} s");
        }

        process.WaitForExit();
        copy.Wait();
        feed.Wait();
        return (process.ExitCode, output.ToArray(), error.Result);
    }

    /// <summary>Waits for the process to end by itself, at most <paramref name="seconds"/>; then stops it by PID.</summary>
    public (int Exit, string Out, string Err) Wait(int seconds)
    {
        if (!_process.WaitForExit(seconds * 1000))
        {
            Stop(Pid);
            _process.WaitForExit();
        }

        _process.WaitForExit();
        return (_process.ExitCode, _stdout.Result, _stderr.Result);
    }

    /// <summary>Stops the process with SIGTERM (it may finish its files), then SIGKILL after <paramref name="seconds"/>.</summary>
    public (int Exit, string Out, string Err) Terminate(int seconds = 10)
    {
        if (!_process.HasExited)
        {
            Signal(Pid, "TERM");
        }

        return Wait(seconds);
    }

    public string ErrorSoFar() => _stderr.IsCompleted ? _stderr.Result : string.Empty;

    public bool HasExited => _process.HasExited;

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            Stop(Pid);
            _process.WaitForExit(5000);
        }

        _process.Dispose();
    }

    private static void Stop(int pid) => Signal(pid, "KILL");

    private static void Signal(int pid, string signal)
    {
        using var kill = Process.Start(new ProcessStartInfo("kill", ["-" + signal, pid.ToString(System.Globalization.CultureInfo.InvariantCulture)]) { UseShellExecute = false });
        kill?.WaitForExit(5000);
    }
}

/// <summary>UDP ports on 127.0.0.1, checked free before use.</summary>
internal static class Ports
{
    public static int[] FreeUdp(int count)
    {
        var random = new Random();
        for (var attempt = 0; attempt < 50; attempt++)
        {
            var first = random.Next(20000, 40000 - count);
            var ports = Enumerable.Range(first, count).ToArray();
            if (ports.All(IsFree))
            {
                return ports;
            }
        }

        throw new InvalidOperationException($"no {count} consecutive free UDP ports on 127.0.0.1");
    }

    public static bool IsFree(int port)
    {
        try
        {
            using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Dgram, ProtocolType.Udp);
            socket.Bind(new IPEndPoint(IPAddress.Loopback, port));
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
