using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace SipStatus.Generators.Tests;

/// <summary>Runs <see cref="SipStatusGenerator"/> over a table the way the compiler does, without MSBuild.</summary>
internal static class GeneratorHarness
{
    public const string TablePath = "/repo/src/SipStatus/SipStatusCodes.tsv";

    public const string Header = "code\tidentifier\treason_phrase\trfc\tsection\tdeprecated\taliases\thint_nl";

    public static CSharpCompilation EmptyCompilation() =>
        CSharpCompilation.Create(
            "Consumer",
            new[] { CSharpSyntaxTree.ParseText("namespace Consumer; internal static class Placeholder { }") },
            new[] { MetadataReference.CreateFromFile(typeof(object).Assembly.Location) },
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));

    public static GeneratorDriver CreateDriver(string table, string path = TablePath) =>
        CreateDriver(new InMemoryAdditionalText(path, table));

    public static GeneratorDriver CreateDriver(AdditionalText text) =>
        CSharpGeneratorDriver.Create(
            new[] { new SipStatusGenerator().AsSourceGenerator() },
            new[] { text },
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

    public static GeneratorRunResult Run(string table, string path = TablePath) =>
        CreateDriver(table, path).RunGenerators(EmptyCompilation()).GetRunResult().Results.Single();

    public static string Table(params string[] rows) => string.Join("\n", new[] { Header }.Concat(rows)) + "\n";

    public static ImmutableArray<Diagnostic> Diagnostics(params string[] rows) => Run(Table(rows)).Diagnostics;

    internal sealed class InMemoryAdditionalText(string path, string text) : AdditionalText
    {
        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => SourceText.From(text);
    }
}
