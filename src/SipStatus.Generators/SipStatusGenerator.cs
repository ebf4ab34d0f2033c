using System;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace SipStatus.Generators;

/// <summary>
/// The incremental generator: reads the SipStatus tables from the project's AdditionalFiles (the status-code table,
/// the class and sentence texts, and the Q.850 tables) and emits the <c>SipStatusCode</c> enum, the catalog rows and
/// the per-language texts and mappings. Parsing each file is one cached step; checking the tables against each other
/// is a second; each table is emitted from its own slice of the checked model, so that only a changed table is
/// emitted again.
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

    /// <summary>The Warning header's codes (RFC 3261 section 20.43, the IANA warn-code registry).</summary>
    public const string WarningTableFileName = "SipWarningCodes.tsv";

    /// <summary>Names of the pipeline steps, for incrementality tests.</summary>
    public static class TrackingNames
    {
        /// <summary>The step that parses a table file.</summary>
        public const string Parse = nameof(Parse);

        /// <summary>The step that checks the parsed tables against each other.</summary>
        public const string Link = nameof(Link);

        /// <summary>The step that takes the problems out of the checked model, to report them.</summary>
        public const string Diagnostics = nameof(Diagnostics);

        /// <summary>The step that takes the status-code table out of the checked model, to emit it.</summary>
        public const string EmitCodes = nameof(EmitCodes);

        /// <summary>The step that takes the class table out of the checked model, to emit it.</summary>
        public const string EmitClasses = nameof(EmitClasses);

        /// <summary>The step that takes the sentence table out of the checked model, to emit it.</summary>
        public const string EmitSentences = nameof(EmitSentences);

        /// <summary>The step that takes the Q.850 cause table out of the checked model, to emit it.</summary>
        public const string EmitCauses = nameof(EmitCauses);

        /// <summary>The step that takes the Q.850-to-SIP table out of the checked model, to emit it.</summary>
        public const string EmitQ850ToSip = nameof(EmitQ850ToSip);

        /// <summary>The step that takes the SIP-to-Q.850 table out of the checked model, to emit it.</summary>
        public const string EmitSipToQ850 = nameof(EmitSipToQ850);

        /// <summary>The step that takes the warn-code table (and the codes RFC 3398 maps by the Warning header) out of the checked model, to emit it.</summary>
        public const string EmitWarnings = nameof(EmitWarnings);
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

        context.RegisterSourceOutput(
            model.Select(static (model, _) => model.Diagnostics).WithTrackingName(TrackingNames.Diagnostics),
            static (spc, diagnostics) =>
            {
                foreach (var info in diagnostics)
                {
                    spc.ReportDiagnostic(ToDiagnostic(info));
                }
            });

        // One output per table, each from its own slice of the model: a changed table is emitted again, and every
        // other table's output comes from the cache. A model with problems holds no tables, so nothing is emitted.
        Emit(context, model.Select(static (model, _) => model.Codes), TrackingNames.EmitCodes, Emitter.EmitCodes);
        Emit(context, model.Select(static (model, _) => model.Classes), TrackingNames.EmitClasses, static t => One(Emitter.ClassesHintName, Emitter.EmitClasses(t)));
        Emit(context, model.Select(static (model, _) => model.Sentences), TrackingNames.EmitSentences, static t => One(Emitter.SentencesHintName, Emitter.EmitSentences(t)));
        Emit(context, model.Select(static (model, _) => model.Causes), TrackingNames.EmitCauses, static t => One(Emitter.CausesHintName, Emitter.EmitCauses(t)));
        Emit(context, model.Select(static (model, _) => model.Q850ToSip), TrackingNames.EmitQ850ToSip, static t => One(Emitter.Q850ToSipHintName, Emitter.EmitQ850ToSip(t)));
        Emit(context, model.Select(static (model, _) => model.SipToQ850), TrackingNames.EmitSipToQ850, static t => One(Emitter.SipToQ850HintName, Emitter.EmitSipToQ850(t)));
        Emit(context, model.Select(static (model, _) => WarningOutput.Of(model)), TrackingNames.EmitWarnings, static t => One(Emitter.WarningsHintName, Emitter.EmitWarnings(t)));
    }

    private static void Emit<T>(
        IncrementalGeneratorInitializationContext context,
        IncrementalValueProvider<T?> table,
        string trackingName,
        Func<T, IEnumerable<(string HintName, string Source)>> emit)
        where T : class =>
        context.RegisterSourceOutput(table.WithTrackingName(trackingName), (spc, table) =>
        {
            if (table is not null)
            {
                foreach (var (hintName, source) in emit(table))
                {
                    spc.AddSource(hintName, source);
                }
            }
        });

    private static IEnumerable<(string HintName, string Source)> One(string hintName, string source) => new[] { (hintName, source) };

    private static TableKind? KindOf(string path) => Path.GetFileName(path) switch
    {
        var name when Is(name, TableFileName) => TableKind.Codes,
        var name when Is(name, ClassTableFileName) => TableKind.Classes,
        var name when Is(name, SentenceTableFileName) => TableKind.Sentences,
        var name when Is(name, CauseTableFileName) => TableKind.Q850Causes,
        var name when Is(name, Q850ToSipFileName) => TableKind.Q850ToSip,
        var name when Is(name, SipToQ850FileName) => TableKind.SipToQ850,
        var name when Is(name, WarningTableFileName) => TableKind.Warnings,
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
        TableKind.Warnings => WarningTableParser.Parse(path, text, cancellationToken),
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
