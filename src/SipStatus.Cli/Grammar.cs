using System;
using System.Collections.Generic;
using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using System.CommandLine.Parsing;
using System.IO;
using System.Reflection;

namespace SipStatus.Cli;

/// <summary>The command line of <c>sipstatus</c> for System.CommandLine: the commands, their options and actions.</summary>
internal sealed class Grammar
{
    private readonly CliHost _host;
    private readonly Commands _commands;

    private readonly Argument<string[]> _inputs = new("input")
    {
        Arity = ArgumentArity.ZeroOrMore,
        Description = "A status code (486), a status line (\"SIP/2.0 486 Busy Here\"), a reason phrase (busy here), or a Reason " +
            "or Warning header value ('Q.850;cause=17', 'Warning: 304 sbc \"Media type not available\"'). " +
            "'-', or no input with piped input, reads a SIP trace from stdin and annotates every status line in it.",
    };

    private readonly Option<string> _lang = new("--lang")
    {
        Recursive = true,
        HelpName = string.Join("|", SipLanguage.All),
        Description = "The language of the output: en or nl [default: from the current culture].",
    };

    private readonly Option<bool> _json = new("--json")
    {
        Description = "Write JSON: one document for the inputs; one object per line (JSON Lines) for a trace.",
    };

    private readonly Option<bool> _listJson = new("--json") { Description = "Write the catalog as one JSON document." };

    private readonly Option<bool> _q850Json = new("--json") { Description = "Write one JSON document." };

    private readonly Option<bool> _responseJson = new("--json") { Description = "Write one JSON document with every response found." };

    private readonly Option<bool> _noColor = new("--no-color")
    {
        Recursive = true,
        Description = "Do not colour the output (colour is used only on a terminal, and never when NO_COLOR is set).",
    };

    private readonly Option<bool> _onlyResponses = new("--only-responses")
    {
        Description = "With a trace: print only the status lines, not the other lines.",
    };

    private readonly Option<string> _class = new("--class")
    {
        HelpName = "1xx-6xx",
        Description = "Only the codes of this class, for example 4xx.",
    };

    private readonly Argument<string[]> _causes = new("cause")
    {
        Arity = ArgumentArity.OneOrMore,
        Description = "A Q.850 cause value, 0-127 (34).",
    };

    // Named as the usage line and the argument list both show it: a file, or '-'.
    private readonly Argument<string> _source = new("file|-")
    {
        Description = "A file holding SIP responses (status line and headers), or '-' for stdin.",
    };

    private readonly Command _root;
    private readonly Command _list;
    private readonly Command _q850;
    private readonly Command _response;

    /// <summary>Builds the command line for a host.</summary>
    public Grammar(Commands commands, CliHost host)
    {
        _commands = commands;
        _host = host;
        _list = new Command("list", "List the catalog: every registered code as an aligned table.") { _class, _listJson };
        _list.SetAction(List);
        _q850 = new Command("q850", "Explain Q.850 causes: what each means, the SIP response RFC 3398 gives it and the SIP codes that map to it.") { _causes, _q850Json };
        _q850.SetAction(Q850);
        _response = new Command(
            "response",
            "Diagnose each SIP response in a file or on stdin: its status, who sent it, its Reason, Warning and Retry-After headers, " +
            "and the Q.850 cause, in one explanation.")
        { _source, _responseJson };
        _response.SetAction(Response);
        _root = new Command(
            "sipstatus",
            "Explains SIP response status codes, in English or Dutch: a code, a status line, a reason phrase, or a Reason or " +
            "Warning header value; explains Q.850 causes; says why a call failed from a whole response; lists the catalog; " +
            "and annotates every response in a SIP trace read from stdin (sngrep, tshark, sipp, PBX logs).")
        {
            _inputs,
            _lang,
            _json,
            _noColor,
            _onlyResponses,
            _list,
            _q850,
            _response,
        };
        _root.SetAction(Explain);
    }

    /// <summary>The tool's version as <c>--version</c> prints it: the informational version of this assembly.</summary>
    public static string Version =>
        typeof(Grammar).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? typeof(Grammar).Assembly.GetName().Version?.ToString()
        ?? "0.0.0";

    /// <summary>Parses and runs a command line.</summary>
    /// <returns>The exit code.</returns>
    public int Run(IReadOnlyList<string> args)
    {
        // The standard --help and --version options, added only when asked for: creating HelpOption reads
        // System.CommandLine's resources (about 5 ms), which every other command line would pay for nothing.
        foreach (var arg in args)
        {
            if (arg is "-h" or "/h" or "--help" or "-?" or "/?" or "--version")
            {
                _root.Options.Add(new HelpOption());
                _root.Options.Add(new VersionOption { Action = new VersionAction() });
                break;
            }
        }

        // No response files: an input starting with @ is an input.
        var result = _root.Parse(args, new ParserConfiguration { ResponseFileTokenReplacer = null });
        if (result.Action is HelpAction)
        {
            return result.CommandResult.Command == _root ? RootHelp(result) : SubcommandHelp(result);
        }

        // An unknown option is a usage error of every command, named as such. Left to System.CommandLine, a word such as
        // --bogus would be taken for an argument wherever one is expected (a cause of q850, the file of response) or
        // reported as the word after it; after "--" every word is an argument.
        foreach (var token in result.Tokens)
        {
            if (token.Type == TokenType.DoubleDash)
            {
                break;
            }

            if (token.Type == TokenType.Argument && CommandLine.LooksLikeOption(token.Value))
            {
                _host.Error.WriteLine($"sipstatus: unrecognized option '{Program.Excerpt(token.Value)}'.");
                return _commands.UsageError("Run 'sipstatus --help' for usage.");
            }
        }

        if (result.Errors.Count > 0)
        {
            foreach (var error in result.Errors)
            {
                _host.Error.WriteLine($"sipstatus: {error.Message}");
            }

            return _commands.UsageError("Run 'sipstatus --help' for usage.");
        }

        return result.Invoke(new InvocationConfiguration
        {
            Output = _host.Out,
            Error = _host.Error,
            EnableDefaultExceptionHandler = false,
            ProcessTerminationTimeout = null,
        });
    }

    private int Explain(ParseResult result) => _commands.Explain(new ExplainRequest(
        result.GetValue(_inputs) ?? [], result.GetValue(_lang), result.GetValue(_json), result.GetValue(_noColor), result.GetValue(_onlyResponses)));

    // A command's --json may also come before the command's name (sipstatus --json q850 34), where it is the root's;
    // --only-responses there is refused, since it applies only to a trace.
    private int List(ParseResult result) => result.GetValue(_onlyResponses) ? OnlyForTraces("list") : _commands.List(new ListRequest(
        result.GetValue(_inputs)?.Length ?? 0, result.GetValue(_lang), result.GetValue(_listJson) || result.GetValue(_json), result.GetValue(_noColor), result.GetValue(_class)));

    private int Q850(ParseResult result) => result.GetValue(_onlyResponses) ? OnlyForTraces("q850") : _commands.Q850(new Q850Request(
        result.GetValue(_causes) ?? [], result.GetValue(_inputs)?.Length ?? 0, result.GetValue(_lang), result.GetValue(_q850Json) || result.GetValue(_json), result.GetValue(_noColor)));

    private int Response(ParseResult result) => result.GetValue(_onlyResponses) ? OnlyForTraces("response") : _commands.Response(new ResponseRequest(
        result.GetValue(_source) ?? "-", result.GetValue(_inputs)?.Length ?? 0, result.GetValue(_lang), result.GetValue(_responseJson) || result.GetValue(_json), result.GetValue(_noColor)));

    private int OnlyForTraces(string command) =>
        _commands.UsageError($"sipstatus: --only-responses applies only to a trace, not to '{command}'.");

    /// <summary>
    /// The help of the tool: System.CommandLine's, with every command's own arguments and options in the Commands
    /// section (so that <c>list --class</c> is seen without <c>list --help</c>), then examples and the exit codes.
    /// </summary>
    private int RootHelp(ParseResult result)
    {
        using var help = new StringWriter();
        var exit = result.Invoke(new InvocationConfiguration { Output = help, Error = _host.Error, ProcessTerminationTimeout = null });
        var text = help.ToString().Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd();
        var commands = text.IndexOf("\nCommands:\n", StringComparison.Ordinal);
        _host.Out.WriteLine((commands < 0 ? text : text[..commands]).TrimEnd());
        WriteSection("Commands:", [
            ("list [--class <1xx-6xx>] [--json]", _list.Description!),
            ("q850 <cause>... [--json]", _q850.Description!),
            ("response <file|-> [--json]", _response.Description!),
        ]);
        WriteSection("Examples:", [
            ("sipstatus 486", "explain a code; also a status line (\"SIP/2.0 486 Busy here\") or a phrase (busy here)"),
            ("sipstatus 'Reason: Q.850;cause=17'", "explain a Reason or Warning header value"),
            ("sipstatus q850 34", "explain a Q.850 cause, both ways (RFC 3398)"),
            ("sipstatus response call-486.txt", "say why a call failed: status, Reason, Warning, Retry-After together"),
            ("tshark -r call.pcap | sipstatus", "annotate every response in a trace (also sngrep, sipp, PBX logs)"),
            ("sipstatus list --class 4xx --lang nl", "list the 4xx codes, in Dutch"),
        ]);
        WriteSection("Exit codes:", [
            ("0", "everything asked for was understood"),
            ("1", "an input is invalid or unknown, or a file cannot be read (named on stderr); valid inputs are still explained"),
            ("2", "a usage error: an unknown option or command, a bad --lang or --class, or nothing to explain"),
        ]);
        return exit;
    }

    /// <summary>Writes a help section: its heading, then one row per entry with the descriptions in one column.</summary>
    private void WriteSection(string heading, (string Name, string Description)[] rows)
    {
        var width = 0;
        foreach (var (name, _) in rows)
        {
            width = Math.Max(width, name.Length);
        }

        _host.Out.WriteLine();
        _host.Out.WriteLine(heading);
        foreach (var (name, description) in rows)
        {
            _host.Out.WriteLine($"  {name.PadRight(width)}  {description}");
        }
    }

    /// <summary>
    /// The help of a subcommand, without the inputs of the main command that System.CommandLine shows for every
    /// subcommand of a command with arguments: the <c>&lt;input&gt;</c> entry (and its wrapped lines) goes, and the
    /// Arguments heading with it when nothing else is left under it.
    /// </summary>
    private int SubcommandHelp(ParseResult result)
    {
        using var help = new StringWriter();
        var exit = result.Invoke(new InvocationConfiguration { Output = help, Error = _host.Error, ProcessTerminationTimeout = null });
        var name = result.CommandResult.Command.Name;
        var lines = new List<string>();
        var skipping = false;
        foreach (var line in help.ToString().TrimEnd().Split('\n'))
        {
            var text = line.TrimEnd('\r');
            if (text.StartsWith("  <input>", StringComparison.Ordinal))
            {
                skipping = true;
                continue;
            }

            if (skipping && text.StartsWith("    ", StringComparison.Ordinal))
            {
                continue;
            }

            skipping = false;
            lines.Add(text.Replace($" [<input>...] {name}", $" {name}", StringComparison.Ordinal));
        }

        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i] == "Arguments:" && (i + 1 == lines.Count || lines[i + 1].Length == 0))
            {
                i++; // the heading and the blank line after it
                continue;
            }

            _host.Out.WriteLine(lines[i]);
        }

        _host.Out.WriteLine();
        return exit;
    }

    /// <summary>Prints the version of this assembly (not of the host process, which in tests is the test runner).</summary>
    private sealed class VersionAction : SynchronousCommandLineAction
    {
        public override int Invoke(ParseResult parseResult)
        {
            parseResult.InvocationConfiguration.Output.WriteLine(Version);
            return Program.Success;
        }
    }
}
