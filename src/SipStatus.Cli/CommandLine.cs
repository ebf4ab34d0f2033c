using System;
using System.Collections.Generic;
using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using System.IO;
using System.Reflection;

namespace SipStatus.Cli;

/// <summary>The command line of <c>sipstatus</c>, parsed by System.CommandLine: the commands, their options and actions.</summary>
internal sealed class CommandLine
{
    private static readonly string[] s_usage =
    [
        "Usage: sipstatus <code> | <status line> | <reason phrase> ...",
        "       sipstatus list [--class <1xx-6xx>]",
        "       <trace> | sipstatus [-] [--only-responses]",
        "Run 'sipstatus --help' for more information.",
    ];

    private readonly CliHost _host;

    private readonly Argument<string[]> _inputs = new("input")
    {
        Arity = ArgumentArity.ZeroOrMore,
        Description = "A status code (486), a status line (\"SIP/2.0 486 Busy Here\") or a reason phrase (busy here). " +
            "'-', or no input with piped input, reads a SIP trace from stdin and annotates every status line in it.",
    };

    private readonly Option<string> _lang = new("--lang")
    {
        Recursive = true,
        HelpName = Languages.Supported,
        Description = "The language of the output: en or nl [default: from the current culture].",
    };

    private readonly Option<bool> _json = new("--json")
    {
        Recursive = true,
        Description = "Write machine-readable JSON (a trace gives one JSON object per status line).",
    };

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

    private readonly Command _root;
    private readonly Command _list;

    /// <summary>Builds the command line for a host.</summary>
    public CommandLine(CliHost host)
    {
        _host = host;
        _list = new Command("list", "List the catalog: every registered code as an aligned table.") { _class };
        _list.SetAction(List);
        _root = new Command(
            "sipstatus",
            "Explains SIP response status codes: a code, a status line or a reason phrase, in English or Dutch; lists the " +
            "catalog; and annotates every response in a SIP trace read from stdin (sngrep, tshark, sipp, PBX logs).")
        {
            _inputs,
            _lang,
            _json,
            _noColor,
            _onlyResponses,
            _list,
        };
        _root.SetAction(Explain);
    }

    /// <summary>The tool's version as <c>--version</c> prints it: the informational version of this assembly.</summary>
    public static string Version =>
        typeof(CommandLine).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? typeof(CommandLine).Assembly.GetName().Version?.ToString()
        ?? "0.0.0";

    /// <summary>Parses and runs a command line.</summary>
    /// <returns>The exit code.</returns>
    public int Run(IReadOnlyList<string> args)
    {
        // The standard --help and --version options, added only when asked for: creating HelpOption reads
        // System.CommandLine's resources, which costs more than everything else sipstatus 486 does.
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
        if (result.Action is HelpAction && result.CommandResult.Command == _list)
        {
            return ListHelp(result);
        }

        if (result.Action is not HelpAction && result.Errors.Count > 0)
        {
            foreach (var error in result.Errors)
            {
                _host.Error.WriteLine($"sipstatus: {error.Message}");
            }

            return UsageError("Run 'sipstatus --help' for usage.");
        }

        return result.Invoke(new InvocationConfiguration
        {
            Output = _host.Out,
            Error = _host.Error,
            EnableDefaultExceptionHandler = false,
            ProcessTerminationTimeout = null,
        });
    }

    private int Explain(ParseResult result)
    {
        if (!TrySettings(result, out var settings))
        {
            return Program.UsageError;
        }

        var words = result.GetValue(_inputs) ?? [];
        var onlyResponses = result.GetValue(_onlyResponses);
        if (words.Length == 0 && !_host.InputRedirected)
        {
            foreach (var line in s_usage)
            {
                _host.Error.WriteLine(line);
            }

            return Program.UsageError;
        }

        if (words.Length == 0 || (words.Length == 1 && words[0] == "-"))
        {
            return new TraceFilter(_host, settings, onlyResponses).Run();
        }

        foreach (var word in words)
        {
            if (word == "-")
            {
                return UsageError("sipstatus: '-' (read a trace from stdin) cannot be combined with other inputs.");
            }

            if (word.Length > 1 && word[0] == '-' && !char.IsDigit(word[1]))
            {
                return UsageError($"sipstatus: unrecognized option '{Excerpt.Of(word)}'.");
            }
        }

        if (onlyResponses)
        {
            return UsageError("sipstatus: --only-responses applies only to a trace read from stdin.");
        }

        var reports = Inputs.Read(words, _host.Texts, settings.Culture);
        var exit = Program.Success;
        foreach (var report in reports)
        {
            if (report.Error is { } error)
            {
                _host.Error.WriteLine(error);
                exit = Program.InvalidInput;
            }
        }

        if (settings.Json)
        {
            JsonOutput.Write(_host, new ExplainDocument(settings.Language, reports));
        }
        else
        {
            TextOutput.WriteInputs(reports, _host.Out, settings);
        }

        return exit;
    }

    private int List(ParseResult result)
    {
        if (!TrySettings(result, out var settings))
        {
            return Program.UsageError;
        }

        if (result.GetValue(_inputs) is { Length: > 0 })
        {
            return UsageError("sipstatus: list takes no inputs; use 'sipstatus <input>' to explain them.");
        }

        SipStatusClass? only = null;
        if (result.GetValue(_class) is { } text)
        {
            if (!TryParseClass(text, out var statusClass))
            {
                return UsageError($"sipstatus: '{Excerpt.Of(text)}' is not a class: use 1xx, 2xx, 3xx, 4xx, 5xx or 6xx.");
            }

            only = statusClass;
        }

        var rows = new List<StatusReport>();
        foreach (var info in SipStatusCatalog.All)
        {
            if (only is null || info.Class == only)
            {
                rows.Add(StatusReport.Of(info.Value, _host.Texts, settings.Culture));
            }
        }

        if (settings.Json)
        {
            var classTag = only is { } c ? StatusReport.ClassTag(c) : null;
            JsonOutput.Write(_host, new ListDocument(settings.Language, classTag, rows));
        }
        else
        {
            TableOutput.Write(rows, _host.Out, settings);
        }

        return Program.Success;
    }

    private bool TrySettings(ParseResult result, out OutputSettings settings)
    {
        var culture = Languages.For(_host.Culture);
        settings = new OutputSettings(culture, false, false);
        if (result.GetValue(_lang) is { } lang && !Languages.TryParse(lang, out culture))
        {
            UsageError($"sipstatus: '{Excerpt.Of(lang)}' is not a supported language: use {Languages.Supported.Replace("|", " or ", StringComparison.Ordinal)}.");
            return false;
        }

        var json = result.GetValue(_json);
        var color = !json && _host.OutputIsTerminal && !result.GetValue(_noColor)
            && string.IsNullOrEmpty(_host.GetEnvironmentVariable("NO_COLOR"))
            && !string.Equals(_host.GetEnvironmentVariable("TERM"), "dumb", StringComparison.Ordinal);
        settings = new OutputSettings(culture, json, color);
        return true;
    }

    private int UsageError(string message)
    {
        _host.Error.WriteLine(message);
        return Program.UsageError;
    }

    /// <summary>A class as <c>4xx</c> (any case) or <c>4</c>.</summary>
    private static bool TryParseClass(string text, out SipStatusClass statusClass)
    {
        statusClass = default;
        var t = text.Trim();
        if (t.Length is not (1 or 3) || t[0] is < '1' or > '6'
            || (t.Length == 3 && !(t.EndsWith("xx", StringComparison.OrdinalIgnoreCase))))
        {
            return false;
        }

        statusClass = (SipStatusClass)(t[0] - '0');
        return true;
    }

    /// <summary>
    /// The help of <c>list</c>, without the inputs of the main command that System.CommandLine shows for every
    /// subcommand of a command with arguments.
    /// </summary>
    private int ListHelp(ParseResult result)
    {
        using var help = new StringWriter();
        var exit = result.Invoke(new InvocationConfiguration { Output = help, Error = _host.Error, ProcessTerminationTimeout = null });
        var skipping = false;
        foreach (var line in help.ToString().TrimEnd().Split('\n'))
        {
            var text = line.TrimEnd('\r');
            if (text == "Arguments:")
            {
                skipping = true;
                continue;
            }

            if (skipping)
            {
                skipping = text.Length > 0;
                continue;
            }

            _host.Out.WriteLine(text.Replace(" [<input>...] list", " list", StringComparison.Ordinal));
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
