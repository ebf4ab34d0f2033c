using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;

namespace SipStatus.Generators;

/// <summary>
/// Checks the parsed tables against each other and puts them into one <see cref="GenerationModel"/>: every table
/// carries the languages of the status-code table, every SIP code a mapping gives is in the status-code table, and
/// every Q.850 cause a mapping uses is in the cause table. A check runs when both of its tables are present.
/// </summary>
internal static class Linker
{
    public static GenerationModel Link(ImmutableArray<ParseResult> results)
    {
        var diagnostics = results.SelectMany(static r => r.Diagnostics).ToList();
        ParseResult? Find(TableKind kind) => results.FirstOrDefault(r => r.Kind == kind);
        var codes = Find(TableKind.Codes)?.Codes;
        var classes = Find(TableKind.Classes)?.Classes;
        var sentences = Find(TableKind.Sentences)?.Sentences;
        var causes = Find(TableKind.Q850Causes)?.Causes;
        var q850ToSip = Find(TableKind.Q850ToSip)?.Mapping;
        var sipToQ850 = Find(TableKind.SipToQ850)?.Mapping;
        var warnings = Find(TableKind.Warnings)?.Warnings;

        if (codes is not null)
        {
            CheckLanguages(diagnostics, classes?.Languages, classes?.Header, codes);
            CheckLanguages(diagnostics, sentences?.Languages, sentences?.Header, codes);
            CheckLanguages(diagnostics, warnings?.Languages, warnings?.Header, codes);
            CheckLanguages(diagnostics, causes?.Languages, causes?.Header, codes);
            var registered = new HashSet<int>(codes.Rows.Select(static r => r.Code));
            foreach (var row in q850ToSip?.Rows ?? EquatableArray<MappingRow>.Empty)
            {
                if (row.To != -1 && !registered.Contains(row.To))
                {
                    Report(diagnostics, row.Location, DiagnosticDescriptors.InvalidMapping.Id, Number(row.To), "sip_code", $"it is not a code of {codes.Header.FileName}");
                }
            }
        }

        if (causes is not null)
        {
            var named = new HashSet<int>(causes.Rows.Select(static r => r.Cause));
            foreach (var row in q850ToSip?.Rows ?? EquatableArray<MappingRow>.Empty)
            {
                if (row.From != -1 && !named.Contains(row.From))
                {
                    Report(diagnostics, row.Location, DiagnosticDescriptors.InvalidMapping.Id, Number(row.From), "cause", "it is not a cause of the Q.850 cause table");
                }
            }

            foreach (var row in sipToQ850?.Rows ?? EquatableArray<MappingRow>.Empty)
            {
                if (row.To != -1 && !named.Contains(row.To))
                {
                    Report(diagnostics, row.Location, DiagnosticDescriptors.InvalidMapping.Id, Number(row.To), "cause", "it is not a cause of the Q.850 cause table");
                }
            }
        }

        var all = new EquatableArray<DiagnosticInfo>(diagnostics.ToArray());
        return diagnostics.Count > 0
            ? new GenerationModel(all, null, null, null, null, null, null)
            : new GenerationModel(all, codes, classes, sentences, causes, q850ToSip, sipToQ850) { Warnings = warnings };
    }

    private static void CheckLanguages(List<DiagnosticInfo> diagnostics, EquatableArray<string>? languages, TextLocation? header, CodeTable codes)
    {
        if (languages is { } actual && header is not null && actual != codes.Languages)
        {
            Report(diagnostics, header, DiagnosticDescriptors.LanguageMismatch.Id, string.Join(", ", actual), codes.Header.FileName, string.Join(", ", codes.Languages));
        }
    }

    private static void Report(List<DiagnosticInfo> diagnostics, TextLocation location, string id, params string[] args) =>
        diagnostics.Add(new DiagnosticInfo(
            id,
            location.FilePath,
            location.Line,
            location.Start,
            location.Length,
            new EquatableArray<string>(new[] { location.FileName, (location.Line + 1).ToString(CultureInfo.InvariantCulture) }.Concat(args).ToArray())));

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
