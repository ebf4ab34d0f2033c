using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Reflection.PortableExecutable;
using System.Runtime.InteropServices;
using System.Text;
using FluentAssertions;
using Xunit;
using Xunit.Abstractions;

namespace SipStatus.Cli.Tests;

/// <summary>
/// Packs the tool from this repository into a fresh temporary folder, installs it from there into a temporary tool
/// path (the folder is the only package source, so it works offline), and runs the installed <c>sipstatus</c>.
/// Everything happens under one unique temporary directory, deleted afterwards; nothing global is touched.
/// </summary>
public sealed class ToolPackageFixture : IDisposable
{
    private static readonly TimeSpan s_timeout = TimeSpan.FromMinutes(10);

    public ToolPackageFixture()
    {
        Root = Path.Combine(Path.GetTempPath(), "sipstatus-tool-" + Guid.NewGuid().ToString("N")[..12]);
        Feed = Path.Combine(Root, "feed");
        ToolPath = Path.Combine(Root, "tools");
        Directory.CreateDirectory(Feed);

        // A version of its own, so that what runs is certainly what was packed here.
        Version = "0.0.0-test." + Path.GetFileName(Root)[^12..];
        var project = Path.Combine(RepositoryRoot(), "src", "SipStatus.Cli", "SipStatus.Cli.csproj");
        Pack = ChildProcess.Run(
            Dotnet(),
            ["pack", project, "-c", "Release", "-o", Feed, "--artifacts-path", Path.Combine(Root, "artifacts"),
             "--disable-build-servers", "-nodeReuse:false", $"-p:Version={Version}"],
            ChildEnvironment(),
            s_timeout);
        if (Pack.Exit != 0)
        {
            return;
        }

        File.WriteAllText(
            Path.Combine(Root, "nuget.config"),
            "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<configuration>\n  <packageSources>\n    <clear />\n" +
            $"    <add key=\"local\" value=\"{Feed}\" />\n  </packageSources>\n</configuration>\n");
        var environment = ChildEnvironment();
        environment["NUGET_PACKAGES"] = Path.Combine(Root, "packages");
        Install = ChildProcess.Run(
            Dotnet(),
            ["tool", "install", "SipStatus.Cli", "--version", Version, "--tool-path", ToolPath, "--configfile", Path.Combine(Root, "nuget.config")],
            environment,
            s_timeout);
        Sipstatus = Path.Combine(ToolPath, OperatingSystem.IsWindows() ? "sipstatus.exe" : "sipstatus");
    }

    public string Root { get; }

    public string Feed { get; }

    public string ToolPath { get; }

    public string Version { get; }

    public ProcessResult Pack { get; }

    public ProcessResult? Install { get; }

    public string Sipstatus { get; } = string.Empty;

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A temporary folder; the OS cleans it up eventually.
        }
    }

    /// <summary>Runs the installed tool.</summary>
    public ProcessResult Run(string? stdin, params string[] args) => RunWith([], null, stdin, args);

    /// <summary>
    /// Runs the installed tool with <paramref name="variables"/> in its environment, none of the locale variables but
    /// those, and in front of it <paramref name="prefix"/> (a program that runs it), if given.
    /// </summary>
    public ProcessResult RunWith(Dictionary<string, string> variables, string[]? prefix, string? stdin, params string[] args)
    {
        Pack.Exit.Should().Be(0, "dotnet pack must succeed:\n{0}", Pack.Output);
        Install!.Exit.Should().Be(0, "dotnet tool install must succeed:\n{0}", Install.Output);
        var environment = LocaleFreeEnvironment(variables);
        return prefix is null
            ? ChildProcess.Run(Sipstatus, args, environment, TimeSpan.FromMinutes(1), stdin)
            : ChildProcess.Run(prefix[0], [.. prefix[1..], Sipstatus, .. args], environment, TimeSpan.FromMinutes(1), stdin);
    }

    /// <summary>Runs the tool as built for the tests (framework-dependent, on this runtime, with its globalization) the same way.</summary>
    public static ProcessResult RunPortable(Dictionary<string, string> variables, string[]? prefix, params string[] args)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "SipStatus.Cli.dll");
        var command = (prefix ?? []).Concat([Dotnet(), dll]).Concat(args).ToArray();
        return ChildProcess.Run(command[0], command[1..], LocaleFreeEnvironment(variables), TimeSpan.FromMinutes(1));
    }

    /// <summary>This process's environment for a child, without colour and without locale variables but <paramref name="variables"/>.</summary>
    private static Dictionary<string, string?> LocaleFreeEnvironment(Dictionary<string, string> variables)
    {
        var environment = ChildEnvironment();
        environment["NO_COLOR"] = "1";
        foreach (var name in environment.Keys.Where(n => n is "LANG" or "LANGUAGE" || n.StartsWith("LC_", StringComparison.Ordinal)).ToList())
        {
            environment.Remove(name);
        }

        foreach (var (name, value) in variables)
        {
            environment[name] = value;
        }

        return environment;
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "SipStatus.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("SipStatus.sln not found above " + AppContext.BaseDirectory);
    }

    /// <summary>The dotnet that runs these tests.</summary>
    internal static string Dotnet()
    {
        if (System.Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host))
        {
            return host;
        }

        var process = System.Environment.ProcessPath;
        return process is not null && Path.GetFileNameWithoutExtension(process) == "dotnet" ? process : "dotnet";
    }

    /// <summary>This process's environment without what the test run's own MSBuild left in it.</summary>
    internal static Dictionary<string, string?> ChildEnvironment()
    {
        var environment = new Dictionary<string, string?>();
        foreach (System.Collections.DictionaryEntry entry in System.Environment.GetEnvironmentVariables())
        {
            var name = (string)entry.Key;
            if (!name.StartsWith("MSBUILD", StringComparison.OrdinalIgnoreCase) && !name.StartsWith("VSTEST", StringComparison.OrdinalIgnoreCase))
            {
                environment[name] = (string?)entry.Value;
            }
        }

        environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        environment["DOTNET_NOLOGO"] = "1";
        environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        return environment;
    }
}

public sealed record ProcessResult(int Exit, string Stdout, string Stderr)
{
    public string Output => Stdout + Stderr;
}

internal static class ChildProcess
{
    public static ProcessResult Run(string fileName, IEnumerable<string> args, Dictionary<string, string?> environment, TimeSpan timeout, string? stdin = null)
    {
        var start = new ProcessStartInfo(fileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment.Clear();
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        using var process = System.Diagnostics.Process.Start(start)!;
        var stdout = new StringBuilder();
        var stderr = new StringBuilder();
        process.OutputDataReceived += (_, e) => Append(stdout, e.Data);
        process.ErrorDataReceived += (_, e) => Append(stderr, e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (stdin is not null)
        {
            process.StandardInput.Write(stdin);
        }

        process.StandardInput.Close();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            return new ProcessResult(-1, stdout.ToString(), stderr + $"\n(killed after {timeout})");
        }

        process.WaitForExit();
        lock (stdout)
        {
            lock (stderr)
            {
                return new ProcessResult(process.ExitCode, stdout.ToString(), stderr.ToString());
            }
        }
    }

    private static void Append(StringBuilder text, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (text)
        {
            text.Append(line).Append('\n');
        }
    }
}

[Trait("Category", "Package")]
public class ToolPackageTests(ToolPackageFixture tool, ITestOutputHelper log) : IClassFixture<ToolPackageFixture>
{
    private const string BusyHereInDutch = LanguageTests.BusyHereInDutch;

    private static bool Native => RuntimeInformation.RuntimeIdentifier == "linux-x64";

    [Fact]
    public void The_installed_tool_explains_486()
    {
        var (exit, stdout, stderr) = tool.Run(null, "486");
        exit.Should().Be(0, stderr);
        stdout.Should().Be(
            "486 Busy Here\n" +
            "  Meaning:   The callee's device was reached but is busy and cannot take another call. Try again later; the callee may be reachable another way, e.g. voicemail.\n" +
            "  Class:     4xx Request Failure\n" +
            "  Reference: RFC 3261, section 21.4.24\n" +
            "  Q.850:     17 User busy (RFC 3398, section 8.2.6.1)\n" +
            "  Hint:      callee's line is busy\n");
    }

    [Fact]
    public void The_installed_tool_is_the_one_just_packed()
    {
        var (exit, stdout, _) = tool.Run(null, "--version");
        exit.Should().Be(0);
        stdout.Should().StartWith(tool.Version);
    }

    [Fact]
    public void The_installed_tool_filters_piped_input_and_names_bad_input_on_stderr()
    {
        var filtered = tool.Run("INVITE sip:bob@example.com SIP/2.0\nSIP/2.0 180 Ringing\n");
        filtered.Exit.Should().Be(0, filtered.Stderr);
        filtered.Stdout.Should().Be("INVITE sip:bob@example.com SIP/2.0\nSIP/2.0 180 Ringing  # 180 Ringing (1xx Provisional)\n");

        var bad = tool.Run(null, "4x1");
        bad.Exit.Should().Be(1);
        bad.Stderr.Should().StartWith("sipstatus: '4x1' is not a SIP status code");

        var usage = tool.Run(null, "--frobnicate");
        usage.Exit.Should().Be(2);
    }

    [Fact]
    public void The_installed_tool_explains_486_in_Dutch()
    {
        var (exit, stdout, stderr) = tool.Run(null, "--lang", "nl", "486");
        exit.Should().Be(0, stderr);
        stdout.Should().Be(BusyHereInDutch);
    }

    [Theory]
    [MemberData(nameof(LanguageTests.Locales), MemberType = typeof(LanguageTests))]
    public void The_installed_tool_reads_the_locale_as_the_tool_with_ICU_does(string locale, bool dutch)
    {
        // On Linux x64 the installed tool is native, without culture data; the tool built for the tests runs on this
        // runtime, whose culture comes from ICU. Both must choose the same default language.
        var variables = LanguageTests.Variables(locale);
        var installed = tool.RunWith(variables, null, null, "486");
        var portable = ToolPackageFixture.RunPortable(variables, null, "486");
        installed.Exit.Should().Be(0, installed.Stderr);
        portable.Exit.Should().Be(0, portable.Stderr);
        installed.Stdout.Should().Be(portable.Stdout, "the locale {0}", locale);
        if (!OperatingSystem.IsWindows())
        {
            installed.Stdout.Should().Contain(dutch ? "Klasse:" : "Class:", "the locale {0}", locale);
        }
    }

    [Fact]
    public void The_native_tool_runs_and_speaks_Dutch_where_ICU_cannot_be_loaded()
    {
        if (!Native)
        {
            // The portable package: the runtime's globalization, as for any framework-dependent .NET program.
            return;
        }

        // The ICU libraries are hidden in a mount namespace of their own (each bound over by /dev/null, so that loading
        // one fails): as root with unshare --mount, otherwise in a user namespace too where the kernel allows one.
        var hide = WithoutIcu.Prefix();
        if (hide is null)
        {
            Environment.UserName.Should().NotBe("root", "as root a mount namespace can always be made");
            log.WriteLine("No mount namespace can be made here (not root, and no unprivileged user namespaces): ICU was not hidden; the executable was checked to carry no ICU loader.");
            return;
        }

        // The proof that ICU is hidden: the same tool on the JIT, which needs it, cannot start.
        var portable = ToolPackageFixture.RunPortable([], hide, "486");
        portable.Exit.Should().NotBe(0);
        portable.Stderr.Should().Contain("Couldn't find a valid ICU package");

        var dutch = tool.RunWith([], hide, null, "--lang", "nl", "486");
        dutch.Exit.Should().Be(0, dutch.Stderr);
        dutch.Stdout.Should().Be(BusyHereInDutch);
        var byLocale = tool.RunWith(new() { ["LANG"] = "nl_NL.UTF-8" }, hide, null, "486");
        byLocale.Stdout.Should().Be(BusyHereInDutch);
        tool.RunWith([], hide, null, "--help").Exit.Should().Be(0);
        var trace = tool.RunWith([], hide, "SIP/2.0 180 Ringing\n", "--lang", "nl");
        trace.Stdout.Should().Be("SIP/2.0 180 Ringing  # 180 Ringing (1xx Voorlopig)\n", trace.Stderr);
    }

    [Fact]
    public void The_installed_tool_is_native_on_Linux_x64_and_portable_elsewhere()
    {
        tool.Pack.Exit.Should().Be(0, tool.Pack.Output);
        Directory.GetFiles(tool.Feed, "*.nupkg").Select(Path.GetFileName).Should().BeEquivalentTo(
            $"SipStatus.Cli.{tool.Version}.nupkg", $"SipStatus.Cli.any.{tool.Version}.nupkg", $"SipStatus.Cli.linux-x64.{tool.Version}.nupkg");

        tool.Run(null, "200").Exit.Should().Be(0);
        var store = Path.Combine(tool.ToolPath, ".store");
        var managed = Directory.GetFiles(store, "SipStatus.Cli.dll", SearchOption.AllDirectories);
        if (RuntimeInformation.RuntimeIdentifier == "linux-x64")
        {
            // Native AOT: one executable, no managed assembly, no runtime configuration, and no debug symbols shipped,
            // neither the native ones nor the library's managed SipStatus.pdb (that is in SipStatus.snupkg).
            var package = Directory.GetDirectories(store, "sipstatus.cli.linux-x64", SearchOption.AllDirectories).Should().ContainSingle().Subject;
            var files = Directory.GetFiles(package, "*", SearchOption.AllDirectories).Select(file => Path.GetRelativePath(package, file).Replace('\\', '/')).ToList();
            var executable = files.Where(file => file.EndsWith("/tools/any/linux-x64/SipStatus.Cli", StringComparison.Ordinal)).Should().ContainSingle().Subject;
            managed.Should().BeEmpty("the linux-x64 package is Native AOT");
            files.Where(file => file.Contains("/tools/", StringComparison.Ordinal)).Select(Path.GetFileName).Should().BeEquivalentTo(["DotnetToolSettings.xml", "SipStatus.Cli"]);
            var image = File.ReadAllBytes(Path.Combine(package, executable));
            image[..4].Should().Equal([0x7F, (byte)'E', (byte)'L', (byte)'F'], "the tool is an ELF executable");

            // Invariant globalization: the runtime's ICU loader (System.Globalization.Native, which names libicuuc to
            // load it) is not linked in, so the executable cannot need ICU.
            image.AsSpan().IndexOf("libicuuc"u8).Should().Be(-1, "the native tool is built with InvariantGlobalization and loads no ICU");

            // The command on the tool path is the native executable itself, not a host that starts the runtime.
            var target = new FileInfo(tool.Sipstatus).ResolveLinkTarget(returnFinalTarget: true);
            target.Should().NotBeNull("dotnet tool install links the command to the tool's executable");
            target!.FullName.Should().Be(Path.Combine(package, executable));
        }
        else
        {
            var installed = managed.Should().ContainSingle().Subject;
            installed.Should().Contain(Path.DirectorySeparatorChar + "any" + Path.DirectorySeparatorChar);
            using var image = new PEReader(File.OpenRead(installed));
            image.PEHeaders.CorHeader!.ManagedNativeHeaderDirectory.Size.Should().Be(0, "the portable package is plain IL");
        }
    }
}

/// <summary>Runs a program with the ICU libraries of the machine hidden from it, in a mount namespace of its own.</summary>
internal static class WithoutIcu
{

    /// <summary>The command to put in front of a program to run it so, or null where no mount namespace can be made.</summary>
    public static string[]? Prefix()
    {
        var files = IcuLibraries();
        if (files.Count == 0 || !File.Exists("/usr/bin/unshare"))
        {
            return null;
        }

        // Each file bound over by /dev/null, then the program run in its place (exec), in the namespace.
        var script = $"for f in {string.Join(' ', files.Select(f => "'" + f + "'"))}; do mount --bind /dev/null \"$f\" || exit 97; done; exec \"$@\"";
        foreach (string[] unshare in (string[][])[["/usr/bin/unshare", "--mount"], ["/usr/bin/unshare", "--mount", "--map-root-user"]])
        {
            var prefix = unshare.Concat(["/bin/sh", "-c", script, "sh"]).ToArray();
            var probe = ChildProcess.Run(prefix[0], [.. prefix[1..], "/bin/true"], ToolPackageFixture.ChildEnvironment(), TimeSpan.FromSeconds(30));
            if (probe.Exit == 0)
            {
                return prefix;
            }
        }

        return null;
    }

    /// <summary>The ICU library files (not their links), in the folders where Linux distributions keep them.</summary>
    private static List<string> IcuLibraries()
    {
        var files = new List<string>();
        foreach (var folder in new[] { "/usr/lib/x86_64-linux-gnu", "/lib/x86_64-linux-gnu", "/usr/lib64", "/usr/lib", "/usr/local/lib" })
        {
            var directory = new DirectoryInfo(folder);
            if (!directory.Exists || directory.LinkTarget is not null)
            {
                continue;
            }

            files.AddRange(directory.GetFiles("libicu*.so*").Where(f => f.LinkTarget is null && !f.FullName.Contains('\'', StringComparison.Ordinal)).Select(f => f.FullName));
        }

        return files;
    }
}
