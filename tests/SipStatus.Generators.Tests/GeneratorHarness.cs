using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace SipStatus.Generators.Tests;

/// <summary>Runs <see cref="SipStatusGenerator"/> over tables the way the compiler does, without MSBuild.</summary>
internal static class GeneratorHarness
{
    public const string TablePath = "/repo/src/SipStatus/SipStatusCodes.tsv";
    public const string ClassesPath = "/repo/src/SipStatus/SipStatusClasses.tsv";
    public const string SentencesPath = "/repo/src/SipStatus/SipStatusSentences.tsv";
    public const string CausesPath = "/repo/src/SipStatus/Q850Causes.tsv";
    public const string Q850ToSipPath = "/repo/src/SipStatus/Q850ToSip.tsv";
    public const string SipToQ850Path = "/repo/src/SipStatus/SipToQ850.tsv";
    public const string WarningsPath = "/repo/src/SipStatus/SipWarningCodes.tsv";

    public const string WarningHeader = "code\twarn_text\tregistry_description\trfc\tsection\tq850_for_488_606\thint_en\thint_nl\tdescription_en\tdescription_nl\taction_en\taction_nl";

    /// <summary>A row of the warn-code table in <see cref="WarningHeader"/>'s column order.</summary>
    public static string WarningRow(
        string code,
        string text,
        string description = "Something was not available.",
        string rfc = "3261",
        string section = "20.43",
        string cause = "",
        string hintEn = "not available",
        string hintNl = "niet beschikbaar",
        string en = "Something was not available.",
        string nl = "Iets was niet beschikbaar.",
        string actionEn = "Offer something else.",
        string actionNl = "Bied iets anders aan.") =>
        string.Join("\t", code, text, description, rfc, section, cause, hintEn, hintNl, en, nl, actionEn, actionNl);

    public const string Header = "code\tidentifier\treason_phrase\trfc\tsection\tdeprecated\tretry_after\taliases\thint_en\thint_nl\tdescription_en\tdescription_nl\taction_en\taction_nl";

    public const string ClassHeader = "class\tname_en\tname_nl\tdescription_en\tdescription_nl";

    public const string SentenceHeader = "key\ttext_en\ttext_nl";

    /// <summary>A row of the status-code table in <see cref="Header"/>'s column order; every code has descriptions.</summary>
    public static string Row(
        string code,
        string identifier,
        string phrase,
        string rfc = "3261",
        string section = "",
        string deprecated = "",
        string retryAfter = "",
        string aliases = "",
        string hintEn = "",
        string hintNl = "",
        string en = "Something happened.",
        string nl = "Er gebeurde iets.",
        string actionEn = "Do something.",
        string actionNl = "Doe iets.") =>
        string.Join("\t", code, identifier, phrase, rfc, section, deprecated, retryAfter, aliases, hintEn, hintNl, en, nl, actionEn, actionNl);

    public static string Good => Row("100", "Trying", "Trying", section: "21.1.1");

    /// <summary>
    /// The rows RFC 3261 section 8.1.3.2 resolution needs in every status-code table: 183, which an unrecognized 1xx
    /// is treated as, and the x00 code of each final class.
    /// </summary>
    public static readonly string[] ResolutionTargets =
    {
        Row("183", "SessionProgress", "Session Progress", section: "21.1.4"),
        Row("200", "Ok", "OK", section: "21.2.1"),
        Row("300", "MultipleChoices", "Multiple Choices", section: "21.3.1"),
        Row("400", "BadRequest", "Bad Request", section: "21.4.1"),
        Row("500", "ServerInternalError", "Server Internal Error", section: "21.5.1"),
        Row("600", "BusyEverywhere", "Busy Everywhere", section: "21.6.1"),
    };

    /// <summary>
    /// A valid status-code table of <paramref name="rows"/>, followed by the <see cref="ResolutionTargets"/> whose code
    /// no row has (so that line numbers count the given rows from line 2).
    /// </summary>
    public static string Table(params string[] rows) => Lines(Header, WithResolutionTargets(rows));

    /// <summary>A status-code table of exactly <paramref name="rows"/>.</summary>
    public static string BareTable(params string[] rows) => Lines(Header, rows);

    /// <summary><paramref name="rows"/>, then each of <see cref="ResolutionTargets"/> whose code no row has, ending in <paramref name="suffix"/>.</summary>
    public static string[] WithResolutionTargets(string[] rows, string suffix = "")
    {
        var codes = rows.Select(static r => r.Split('\t')[0]).ToHashSet();
        return rows.Concat(ResolutionTargets.Where(t => !codes.Contains(t.Split('\t')[0])).Select(t => t + suffix)).ToArray();
    }

    public static string Lines(string header, params string[] rows) => string.Join("\n", new[] { header }.Concat(rows)) + "\n";

    /// <summary>A class table with all six classes in English and Dutch.</summary>
    public static string Classes(params string[] replacing)
    {
        var rows = Enumerable.Range(1, 6).Select(c => $"{c}\tClass {c}\tKlasse {c}\tThe {c}xx responses.\tDe {c}xx-antwoorden.").ToArray();
        foreach (var row in replacing)
        {
            var index = int.TryParse(row.Split('\t')[0], out var c) && c is >= 1 and <= 6 ? c - 1 : -1;
            rows = index >= 0 ? rows.Select((r, i) => i == index ? row : r).ToArray() : rows.Append(row).ToArray();
        }

        return Lines(ClassHeader, rows);
    }

    public static CSharpCompilation EmptyCompilation() =>
        CSharpCompilation.Create(
            "Consumer",
            new[] { CSharpSyntaxTree.ParseText("namespace Consumer; internal static class Placeholder { }") },
            new[] { MetadataReference.CreateFromFile(typeof(object).Assembly.Location) },
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));

    public static GeneratorDriver CreateDriver(params AdditionalText[] texts) =>
        CSharpGeneratorDriver.Create(
            new[] { new SipStatusGenerator().AsSourceGenerator() },
            texts,
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

    public static GeneratorRunResult Run(string table, string path = TablePath) => RunFiles((path, table));

    public static GeneratorRunResult RunFiles(params (string Path, string Text)[] files) =>
        CreateDriver(files.Select(f => (AdditionalText)new InMemoryAdditionalText(f.Path, f.Text)).ToArray())
            .RunGenerators(EmptyCompilation()).GetRunResult().Results.Single();

    public static ImmutableArray<Diagnostic> Diagnostics(params string[] rows) => Run(Table(rows)).Diagnostics;

    internal sealed class InMemoryAdditionalText(string path, string text) : AdditionalText
    {
        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => SourceText.From(text);
    }
}
