using System;
using System.IO;

namespace SipStatus.Cli;

/// <summary>
/// The <c>sipstatus</c> tool: explains SIP response status codes, status lines and reason phrases, lists the catalog,
/// and annotates the responses in a SIP trace read from stdin.
/// </summary>
public static class Program
{
    /// <summary>Exit code when everything asked for was understood.</summary>
    public const int Success = 0;

    /// <summary>Exit code when an input is invalid or unknown (the message on stderr names it).</summary>
    public const int InvalidInput = 1;

    /// <summary>Exit code for a usage error.</summary>
    public const int UsageError = 2;

    /// <summary>Entry point.</summary>
    /// <param name="args">The command line.</param>
    /// <returns>The exit code.</returns>
    public static int Main(string[] args)
    {
        using var host = CliHost.ForConsole();
        return Run(args, host);
    }

    /// <summary>Runs the tool on a host: the console, or memory streams in tests.</summary>
    internal static int Run(string[] args, CliHost host, bool alwaysParse = false)
    {
        try
        {
            var exit = CommandLine.Run(args, host, alwaysParse);
            host.Flush();
            return exit;
        }
        catch (IOException) when (host.OutputBroken)
        {
            // The reader of our output has gone (sipstatus list | head -3): stop quietly, like any filter.
            return Success;
        }
    }

    /// <summary>The most characters of an input shown back in a message.</summary>
    internal const int ExcerptLength = 40;

    /// <summary>
    /// The input as shown back in a message, so that no input can flood or drive the terminal: at most
    /// <see cref="ExcerptLength"/> characters (then "…"), escaped by the library's own routine (controls, bidi and
    /// invisible characters as <c>\uXXXX</c>, <c>"</c> and <c>\</c> with a backslash).
    /// </summary>
    internal static string Excerpt(string text) => Excerpts.Around(text.AsSpan(), 0, ExcerptLength);
}
