using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace SipStatus.Cli;

/// <summary>
/// Reads the command line. Inputs alone (<c>sipstatus 486</c>, <c>sipstatus busy here</c>), the way the tool is used
/// most, and the trace filter's <c>-</c> alone have nothing to parse and go straight to <see cref="Commands"/>;
/// everything else (options, commands, no input) is parsed by System.CommandLine in <see cref="Grammar"/>, which is
/// loaded only then. A test holds both paths to the same result.
/// </summary>
internal static class CommandLine
{
    /// <summary>Runs a command line.</summary>
    /// <param name="args">The command line.</param>
    /// <param name="host">The console.</param>
    /// <param name="alwaysParse">Parse with System.CommandLine even when there is nothing to parse (for tests).</param>
    /// <returns>The exit code.</returns>
    public static int Run(IReadOnlyList<string> args, CliHost host, bool alwaysParse = false)
    {
        var commands = new Commands(host);
        return !alwaysParse && IsInputsOnly(args)
            ? commands.Explain(new ExplainRequest(args, null, false, false, false))
            : Parse(args, commands, host);
    }

    /// <summary>Parses with System.CommandLine; not inlined, so that the shortcut does not load it.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int Parse(IReadOnlyList<string> args, Commands commands, CliHost host) => new Grammar(commands, host).Run(args);

    /// <summary>
    /// Whether every word is an input: none is an option, a directive (<c>[diagram]</c>) or a command (<c>list</c>,
    /// <c>q850</c>, <c>response</c>), so that System.CommandLine would read them all as the inputs of the main command
    /// and every option as not given; or the command line is <c>-</c> alone, the trace filter on stdin.
    /// </summary>
    public static bool IsInputsOnly(IReadOnlyList<string> args)
    {
        if (args.Count == 0)
        {
            return false;
        }

        if (args is ["-"])
        {
            return true;
        }

        foreach (var arg in args)
        {
            if ((arg.Length > 0 && arg[0] is '-' or '/' or '[') || arg is "list" or "q850" or "response")
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Whether a word is meant as an option: <c>-</c> or <c>--</c> and a letter or another sign (<c>--json</c>,
    /// <c>-x</c>, <c>--bogus=1</c>), not <c>-</c> alone (stdin) and not a minus sign before a digit (<c>-1</c>, an
    /// input that is then refused as one).
    /// </summary>
    public static bool LooksLikeOption(string word) => word.Length > 1 && word[0] == '-' && !char.IsAsciiDigit(word[1]);
}
