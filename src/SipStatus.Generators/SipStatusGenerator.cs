using System;
using System.IO;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace SipStatus.Generators;

/// <summary>
/// The incremental generator: reads <c>SipStatusCodes.tsv</c> from the project's AdditionalFiles and emits the
/// <c>SipStatusCode</c> enum and the catalog rows. Parsing is one cached step; emitting runs only when the parsed
/// table changes.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class SipStatusGenerator : IIncrementalGenerator
{
    /// <summary>The file name the generator reads.</summary>
    public const string TableFileName = "SipStatusCodes.tsv";

    /// <summary>Names of the pipeline steps, for incrementality tests.</summary>
    public static class TrackingNames
    {
        /// <summary>The step that parses the table.</summary>
        public const string Parse = nameof(Parse);
    }

    /// <inheritdoc />
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var tables = context.AdditionalTextsProvider
            .Where(static file => string.Equals(Path.GetFileName(file.Path), TableFileName, StringComparison.OrdinalIgnoreCase))
            .Select(static (file, cancellationToken) =>
                TableParser.Parse(file.Path, file.GetText(cancellationToken)?.ToString() ?? string.Empty, cancellationToken))
            .WithTrackingName(TrackingNames.Parse);

        context.RegisterSourceOutput(tables, static (spc, result) =>
        {
            foreach (var info in result.Diagnostics)
            {
                spc.ReportDiagnostic(ToDiagnostic(info));
            }

            if (result.Table is not null)
            {
                foreach (var (hintName, source) in Emitter.EmitAll(result.Table))
                {
                    spc.AddSource(hintName, source);
                }
            }
        });
    }

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
