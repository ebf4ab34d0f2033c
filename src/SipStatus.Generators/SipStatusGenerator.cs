using System;
using System.IO;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace SipStatus.Generators;

/// <summary>
/// The incremental generator: reads the SipStatus tables from the project's AdditionalFiles (the status-code table,
/// the class and sentence texts, and the Q.850 tables) and emits the <c>SipStatusCode</c> enum, the catalog rows and
/// the per-language texts and mappings. Parsing each file is one cached step; checking the tables against each other
/// is a second; emitting runs only when the checked tables change.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class SipStatusGenerator : IIncrementalGenerator
{
    /// <summary>The status-code table.</summary>
    public const string TableFileName = "SipStatusCodes.tsv";

    /// <summary>The display names and descriptions of the classes 1xx-6xx.</summary>
    public const string ClassTableFileName = "SipStatusClasses.tsv";

    /// <summary>The sentence templates explanations are built from.</summary>
    public const string SentenceTableFileName = "SipStatusSentences.tsv";

    /// <summary>The ITU-T Q.850 cause names.</summary>
    public const string CauseTableFileName = "Q850Causes.tsv";

    /// <summary>RFC 3398 section 7.2.4.1: Q.850 cause to SIP response.</summary>
    public const string Q850ToSipFileName = "Q850ToSip.tsv";

    /// <summary>RFC 3398 section 8.2.6.1: SIP response to Q.850 cause.</summary>
    public const string SipToQ850FileName = "SipToQ850.tsv";

    /// <summary>Names of the pipeline steps, for incrementality tests.</summary>
    public static class TrackingNames
    {
        /// <summary>The step that parses a table file.</summary>
        public const string Parse = nameof(Parse);

        /// <summary>The step that checks the parsed tables against each other.</summary>
        public const string Link = nameof(Link);
    }

    /// <inheritdoc />
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var tables = context.AdditionalTextsProvider
            .Where(static file => KindOf(file.Path) is not null)
            .Select(static (file, cancellationToken) =>
                Parse(KindOf(file.Path)!.Value, file.Path, file.GetText(cancellationToken)?.ToString() ?? string.Empty, cancellationToken))
            .WithTrackingName(TrackingNames.Parse);

        var model = tables.Collect()
            .Select(static (results, _) => Linker.Link(results))
            .WithTrackingName(TrackingNames.Link);

        context.RegisterSourceOutput(model, static (spc, model) =>
        {
            foreach (var info in model.Diagnostics)
            {
                spc.ReportDiagnostic(ToDiagnostic(info));
            }

            foreach (var (hintName, source) in Emitter.EmitAll(model))
            {
                spc.AddSource(hintName, source);
            }
        });
    }

    private static TableKind? KindOf(string path) => Path.GetFileName(path) switch
    {
        var name when Is(name, TableFileName) => TableKind.Codes,
        var name when Is(name, ClassTableFileName) => TableKind.Classes,
        var name when Is(name, SentenceTableFileName) => TableKind.Sentences,
        var name when Is(name, CauseTableFileName) => TableKind.Q850Causes,
        var name when Is(name, Q850ToSipFileName) => TableKind.Q850ToSip,
        var name when Is(name, SipToQ850FileName) => TableKind.SipToQ850,
        _ => null,
    };

    private static bool Is(string name, string expected) => string.Equals(name, expected, StringComparison.OrdinalIgnoreCase);

    private static ParseResult Parse(TableKind kind, string path, string text, CancellationToken cancellationToken) => kind switch
    {
        TableKind.Codes => TableParser.Parse(path, text, cancellationToken),
        TableKind.Classes => TextTableParser.ParseClasses(path, text, cancellationToken),
        TableKind.Sentences => TextTableParser.ParseSentences(path, text, cancellationToken),
        TableKind.Q850Causes => Q850TableParser.ParseCauses(path, text, cancellationToken),
        TableKind.Q850ToSip => Q850TableParser.ParseQ850ToSip(path, text, cancellationToken),
        _ => Q850TableParser.ParseSipToQ850(path, text, cancellationToken),
    };

    private static Diagnostic ToDiagnostic(DiagnosticInfo info)
    {
        var descriptor = DiagnosticDescriptors.Find(info.DescriptorId)
            ?? throw new InvalidOperationException($"Unknown diagnostic {info.DescriptorId}.");
        var location = Location.Create(
            info.FilePath,
            new TextSpan(info.Start, info.Length),
            new LinePositionSpan(new LinePosition(info.Line, 0), new LinePosition(info.Line, info.Length)));
        var args = new object[info.Arguments.Count];
        for (var i = 0; i < args.Length; i++)
        {
            args[i] = info.Arguments[i];
        }

        return Diagnostic.Create(descriptor, location, args);
    }
}
