using System;
using System.Collections.Generic;

namespace SipStatus.Cli;

/// <summary>What <c>sipstatus &lt;input&gt;...</c> was asked.</summary>
/// <param name="Words">The inputs; none, or <c>-</c>, reads a trace from stdin.</param>
/// <param name="Lang">The <c>--lang</c> value, or null for the user's culture.</param>
/// <param name="Json">Whether <c>--json</c> was given.</param>
/// <param name="NoColor">Whether <c>--no-color</c> was given.</param>
/// <param name="OnlyResponses">Whether <c>--only-responses</c> was given.</param>
internal readonly record struct ExplainRequest(IReadOnlyList<string> Words, string? Lang, bool Json, bool NoColor, bool OnlyResponses);

/// <summary>What <c>sipstatus list</c> was asked.</summary>
/// <param name="Inputs">How many inputs of the main command were given (list takes none).</param>
/// <param name="Lang">The <c>--lang</c> value, or null for the user's culture.</param>
/// <param name="Json">Whether <c>--json</c> was given.</param>
/// <param name="NoColor">Whether <c>--no-color</c> was given.</param>
/// <param name="Class">The <c>--class</c> value, or null for all classes.</param>
internal readonly record struct ListRequest(int Inputs, string? Lang, bool Json, bool NoColor, string? Class);

/// <summary>What <c>sipstatus q850 &lt;cause&gt;...</c> was asked.</summary>
/// <param name="Causes">The cause values as given.</param>
/// <param name="Inputs">How many inputs of the main command were given (q850 takes none).</param>
/// <param name="Lang">The <c>--lang</c> value, or null for the user's culture.</param>
/// <param name="Json">Whether <c>--json</c> was given.</param>
/// <param name="NoColor">Whether <c>--no-color</c> was given.</param>
internal readonly record struct Q850Request(IReadOnlyList<string> Causes, int Inputs, string? Lang, bool Json, bool NoColor);

/// <summary>What <c>sipstatus response &lt;file&gt;</c> was asked.</summary>
/// <param name="Source">The file, or <c>-</c> for stdin.</param>
/// <param name="Inputs">How many inputs of the main command were given (response takes none).</param>
/// <param name="Lang">The <c>--lang</c> value, or null for the user's culture.</param>
/// <param name="Json">Whether <c>--json</c> was given.</param>
/// <param name="NoColor">Whether <c>--no-color</c> was given.</param>
internal readonly record struct ResponseRequest(string Source, int Inputs, string? Lang, bool Json, bool NoColor);

/// <summary>
/// The commands of the tool, given what was asked; how the command line was parsed is <see cref="CommandLine"/>'s
/// business. Nothing here names System.CommandLine, so a plain <c>sipstatus 486</c> never loads it.
/// </summary>
internal sealed class Commands(CliHost host)
{
    private static readonly string[] s_usage =
    [
        "Usage: sipstatus <code> | <status line> | <reason phrase> | <Reason or Warning value> ...",
        "       sipstatus list [--class <1xx-6xx>]",
        "       sipstatus q850 <cause> ...",
        "       sipstatus response <file|->",
        "       <trace> | sipstatus [-] [--only-responses]",
        "Run 'sipstatus --help' for more information.",
    ];

    /// <summary>Explains the inputs, or filters the trace on stdin.</summary>
    /// <returns>The exit code.</returns>
    public int Explain(ExplainRequest request)
    {
        if (!TrySettings(request.Lang, request.Json, request.NoColor, out var settings))
        {
            return Program.UsageError;
        }

        var words = request.Words;
        if (words.Count == 0 && !host.InputRedirected)
        {
            foreach (var line in s_usage)
            {
                host.Error.WriteLine(line);
            }

            return Program.UsageError;
        }

        if (words.Count == 0 || (words.Count == 1 && words[0] == "-"))
        {
            return new TraceFilter(host, settings, request.OnlyResponses).Run();
        }

        foreach (var word in words)
        {
            if (word == "-")
            {
                return UsageError("sipstatus: '-' (read a trace from stdin) cannot be combined with other inputs.");
            }
        }

        if (request.OnlyResponses)
        {
            return UsageError("sipstatus: --only-responses applies only to a trace read from stdin.");
        }

        return Write(Inputs.Read(words, host.Texts, settings.Language), settings);
    }

    /// <summary>Writes the reports of inputs: errors on stderr, the rest as text or one JSON document.</summary>
    /// <returns>The exit code: <see cref="Program.InvalidInput"/> when any input was invalid.</returns>
    private int Write(List<InputReport> reports, OutputSettings settings)
    {
        var exit = Program.Success;
        foreach (var report in reports)
        {
            if (report.Error is { } error)
            {
                host.Error.WriteLine(error);
                exit = Program.InvalidInput;
            }
        }

        if (settings.Json)
        {
            JsonOutput.Write(host, new ExplainDocument(settings.Language.Tag, reports));
        }
        else
        {
            TextOutput.WriteInputs(reports, host.Out, settings);
        }

        return exit;
    }

    /// <summary>Lists the catalog.</summary>
    /// <returns>The exit code.</returns>
    public int List(ListRequest request)
    {
        if (!TrySettings(request.Lang, request.Json, request.NoColor, out var settings))
        {
            return Program.UsageError;
        }

        if (request.Inputs > 0)
        {
            return UsageError("sipstatus: list takes no inputs; use 'sipstatus <input>' to explain them.");
        }

        SipStatusClass? only = null;
        if (request.Class is { } text)
        {
            if (!TryParseClass(text, out var statusClass))
            {
                return UsageError($"sipstatus: '{Program.Excerpt(text)}' is not a class: use 1xx, 2xx, 3xx, 4xx, 5xx or 6xx.");
            }

            only = statusClass;
        }

        var rows = new List<StatusReport>();
        foreach (var info in SipStatusCatalog.All)
        {
            if (only is null || info.Class == only)
            {
                rows.Add(StatusReport.Of(info.Value, host.Texts, settings.Language));
            }
        }

        if (settings.Json)
        {
            var classTag = only is { } c ? StatusReport.ClassTag(c) : null;
            JsonOutput.Write(host, new ListDocument(settings.Language.Tag, classTag, rows));
        }
        else
        {
            TableOutput.Write(rows, host.Out, settings);
        }

        return Program.Success;
    }

    /// <summary>Explains Q.850 cause values.</summary>
    /// <returns>The exit code.</returns>
    public int Q850(Q850Request request)
    {
        if (!TrySettings(request.Lang, request.Json, request.NoColor, out var settings))
        {
            return Program.UsageError;
        }

        if (request.Inputs > 0 || request.Causes.Count == 0)
        {
            return UsageError("sipstatus: q850 takes one or more cause values, for example 'sipstatus q850 34'.");
        }

        return Write(Inputs.ReadCauses(request.Causes, host.Texts, settings.Language), settings);
    }

    /// <summary>Diagnoses the responses in a file or on stdin.</summary>
    /// <returns>The exit code.</returns>
    public int Response(ResponseRequest request)
    {
        if (!TrySettings(request.Lang, request.Json, request.NoColor, out var settings))
        {
            return Program.UsageError;
        }

        if (request.Inputs > 0)
        {
            return UsageError("sipstatus: response takes one file, or '-' for stdin.");
        }

        return new ResponseCommand(host, settings).Run(request.Source);
    }

    /// <summary>Writes a usage error to stderr.</summary>
    /// <returns><see cref="Program.UsageError"/>.</returns>
    public int UsageError(string message)
    {
        host.Error.WriteLine(message);
        return Program.UsageError;
    }

    private bool TrySettings(string? lang, bool json, bool noColor, out OutputSettings settings)
    {
        var language = host.Language;
        settings = new OutputSettings(language, false, false);
        if (lang is not null && !SipLanguage.TryGet(lang, out language))
        {
            UsageError($"sipstatus: '{Program.Excerpt(lang)}' is not a supported language: use {string.Join(" or ", SipLanguage.All)}.");
            return false;
        }

        var color = !json && host.OutputIsTerminal && !noColor
            && string.IsNullOrEmpty(host.GetEnvironmentVariable("NO_COLOR"))
            && !string.Equals(host.GetEnvironmentVariable("TERM"), "dumb", StringComparison.Ordinal)
            && (!OperatingSystem.IsWindows() || UnderstandsAnsiOnWindows());
        settings = new OutputSettings(language, json, color);
        return true;
    }

    /// <summary>
    /// Whether a Windows console shows ANSI colours rather than printing them: Windows Terminal, ConEmu with ANSI on, or
    /// a terminal that says what it is (mintty, the VS Code terminal). The classic console does not by default.
    /// </summary>
    private bool UnderstandsAnsiOnWindows() =>
        !string.IsNullOrEmpty(host.GetEnvironmentVariable("WT_SESSION"))
        || string.Equals(host.GetEnvironmentVariable("ConEmuANSI"), "ON", StringComparison.OrdinalIgnoreCase)
        || !string.IsNullOrEmpty(host.GetEnvironmentVariable("TERM"))
        || !string.IsNullOrEmpty(host.GetEnvironmentVariable("TERM_PROGRAM"));

    /// <summary>A class as <c>4xx</c> (any case) or <c>4</c>.</summary>
    private static bool TryParseClass(string text, out SipStatusClass statusClass)
    {
        statusClass = default;
        var t = text.Trim();
        if (t.Length is not (1 or 3) || t[0] is < '1' or > '6'
            || (t.Length == 3 && !t.EndsWith("xx", StringComparison.OrdinalIgnoreCase)))
        {
            return false;
        }

        statusClass = (SipStatusClass)(t[0] - '0');
        return true;
    }
}
