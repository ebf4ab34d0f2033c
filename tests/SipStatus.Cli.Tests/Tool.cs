using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;

namespace SipStatus.Cli.Tests;

/// <summary>What a run printed and returned.</summary>
public sealed record CliResult(int Exit, string Out, string Err);

/// <summary>Runs the tool in-process on memory streams.</summary>
public sealed record Tool
{
    /// <summary>Standard input; null means a terminal (not redirected).</summary>
    public byte[]? Stdin { get; init; }

    /// <summary>Standard input as a stream (redirected); overrides <see cref="Stdin"/>.</summary>
    public Stream? StdinStream { get; init; }

    /// <summary>Whether standard output is a terminal.</summary>
    public bool Terminal { get; init; }

    /// <summary>The environment variables the tool sees.</summary>
    public Dictionary<string, string> Environment { get; init; } = [];

    /// <summary>The user's culture (invariant: English, unless the locale variables in <see cref="Environment"/> say otherwise).</summary>
    public CultureInfo Culture { get; init; } = CultureInfo.InvariantCulture;

    /// <summary>The texts about the catalog.</summary>
    internal ICatalogTexts Texts { get; init; } = CatalogTexts.Instance;

    /// <summary>Parse with System.CommandLine even a command line of inputs alone.</summary>
    public bool AlwaysParse { get; init; }

    /// <summary>Where output goes; a memory stream unless a test wants a failing one.</summary>
    public Stream? Output { get; init; }

    /// <summary>What widening standard output's pipe does (<see cref="CliHost.WidenOutput"/>); nothing unless a test counts it.</summary>
    public Action? WidenOutput { get; init; }

    public static CliResult Run(params string[] args) => new Tool().Invoke(args);

    public static Tool WithStdin(string text) => new() { Stdin = Encoding.UTF8.GetBytes(text) };

    public CliResult Invoke(params string[] args)
    {
        var output = Output ?? new MemoryStream();
        using var error = new StringWriter();
        int exit;
        using (var host = new CliHost(
            () => StdinStream ?? new MemoryStream(Stdin ?? []),
            Stdin is not null || StdinStream is not null,
            output,
            () => error,
            Terminal,
            name => Environment.TryGetValue(name, out var value) ? value : null,
            Culture,
            Texts,
            widenOutput: WidenOutput))
        {
            exit = Program.Run(args, host, AlwaysParse);
        }

        var text = output is MemoryStream memory ? Encoding.UTF8.GetString(memory.ToArray()) : string.Empty;
        return new CliResult(exit, Normalize(text), Normalize(error.ToString()));
    }

    private static string Normalize(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal);
}

/// <summary>Reads what the tool wrote as JSON.</summary>
public static class ToolJson
{
    /// <summary>The root of a JSON document, detached from it.</summary>
    public static System.Text.Json.JsonElement Parse(string json)
    {
        using var document = System.Text.Json.JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }
}
