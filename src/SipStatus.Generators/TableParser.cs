using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis.CSharp;

namespace SipStatus.Generators;

/// <summary>
/// Reads the tab-separated status-code table: a header row naming the columns, then one row per code (see
/// <see cref="TsvDocument"/> for comments, line ends and language columns). Every problem becomes a
/// <see cref="DiagnosticInfo"/> naming the file and line; a table with any problem yields no <see cref="CodeTable"/>.
/// </summary>
internal static class TableParser
{
    /// <summary>What the status-code table's header must and may hold.</summary>
    internal static readonly TsvSchema Schema = new(
        new[] { "code", "identifier", "reason_phrase", "rfc", "section", "deprecated", "retry_after", "aliases" },
        new LanguageColumn("description_", EveryRow: true),
        new LanguageColumn("action_", EveryRow: true),
        new LanguageColumn("hint_", EveryRow: false));

    public static ParseResult Parse(string path, string text, CancellationToken cancellationToken)
    {
        var document = TsvDocument.Read(path, text, Schema, cancellationToken);
        var rows = new List<(CodeRow Row, Line Line)>();
        var codes = new Dictionary<int, Line>();
        var identifiers = new Dictionary<string, Line>(StringComparer.Ordinal);
        foreach (var (line, cells) in document.Rows)
        {
            cancellationToken.ThrowIfCancellationRequested();
            string Cell(string column) => document.Cell(cells, column);
            var before = document.Diagnostics.Count;

            var codeText = Cell("code");
            var code = ParseCode(codeText);
            if (code is null)
            {
                document.Report(line, DiagnosticDescriptors.InvalidCode.Id, codeText);
            }
            else if (codes.TryGetValue(code.Value, out var first))
            {
                document.Report(line, DiagnosticDescriptors.DuplicateCode.Id, codeText, (first.Number + 1).ToString(CultureInfo.InvariantCulture));
            }
            else
            {
                codes.Add(code.Value, line);
            }

            var identifier = Cell("identifier");
            if (!IsValidIdentifier(identifier))
            {
                document.Report(line, DiagnosticDescriptors.InvalidIdentifier.Id, identifier);
            }
            else if (identifiers.TryGetValue(identifier, out var first))
            {
                document.Report(line, DiagnosticDescriptors.DuplicateIdentifier.Id, identifier, (first.Number + 1).ToString(CultureInfo.InvariantCulture));
            }
            else
            {
                identifiers.Add(identifier, line);
            }

            var phrase = Cell("reason_phrase");
            if (!TsvDocument.IsCleanText(phrase) || phrase.Length == 0)
            {
                document.Report(line, DiagnosticDescriptors.InvalidReasonPhrase.Id, codeText);
            }
            else if (PhraseKey.EndsInComment(phrase))
            {
                document.Report(line, DiagnosticDescriptors.WordingEndsInComment.Id, "reason phrase", phrase, codeText);
            }

            var rfc = document.ReadReference(line, cells, out var section);

            var deprecated = ParseFlag(document, line, Cell("deprecated"), "deprecated");
            var retryAfter = ParseFlag(document, line, Cell("retry_after"), "retry_after");

            var aliasText = Cell("aliases");
            var aliases = aliasText.Length == 0 ? Array.Empty<string>() : aliasText.Split('|');
            var keys = new HashSet<string>(StringComparer.Ordinal) { PhraseKey.Of(phrase) };
            foreach (var alias in aliases)
            {
                // A comment would be dropped before the alias is compared, so the table would not say what is matched.
                if (PhraseKey.EndsInComment(alias))
                {
                    document.Report(line, DiagnosticDescriptors.WordingEndsInComment.Id, "alias", alias, codeText);
                }
                else if (alias.Length == 0 || !TsvDocument.IsCleanText(alias) || !keys.Add(PhraseKey.Of(alias)) || PhraseKey.Of(alias).Length == 0)
                {
                    document.Report(line, DiagnosticDescriptors.InvalidAlias.Id, alias, codeText);
                }
            }

            document.CheckLanguageTexts(line, cells, Schema, codeText);

            if (document.Diagnostics.Count == before)
            {
                rows.Add((new CodeRow(
                    code!.Value,
                    identifier,
                    phrase,
                    rfc!.Value,
                    section,
                    deprecated,
                    retryAfter,
                    new EquatableArray<string>(aliases),
                    document.DescriptionsWithActions(cells),
                    document.Texts(cells, "hint_"),
                    document.Texts(cells, "action_")), line));
            }
        }

        ReportAmbiguousAliases(rows, document.Report);

        // The generator resolves every code 100-699 (RFC 3261 section 8.1.3.2), so each code it can resolve to must be here.
        if (document.Diagnostics.Count == 0)
        {
            foreach (var target in Resolution.Targets)
            {
                if (!codes.ContainsKey(target))
                {
                    document.Report(document.Header, DiagnosticDescriptors.MissingRow.Id, target == Resolution.UnrecognizedProvisional
                        ? $"{target}, which an unrecognized provisional response is treated as (RFC 3261 section 8.1.3.2)"
                        : $"{target}, which an unrecognized {target / 100}xx response is treated as (RFC 3261 section 8.1.3.2)");
                }
            }
        }

        if (document.Diagnostics.Count > 0)
        {
            return Result(document, null);
        }

        var table = new CodeTable(
            new EquatableArray<CodeRow>(rows.Select(static r => r.Row).OrderBy(static r => r.Code).ToArray()),
            new EquatableArray<string>(document.Languages),
            document.Location(document.Header));
        return Result(document, table);
    }

    private static bool ParseFlag(TsvDocument document, Line line, string flag, string column)
    {
        if (flag.Length != 0 && flag != "yes")
        {
            document.Report(line, DiagnosticDescriptors.InvalidFlag.Id, flag, column);
        }

        return flag == "yes";
    }

    /// <summary>
    /// An alias may not match any wording (phrase or alias) of another code: a lookup by phrase must name one code.
    /// Two canonical phrases may coincide (406 and 606 are both "Not Acceptable"); that is the registry's business.
    /// </summary>
    private static void ReportAmbiguousAliases(List<(CodeRow Row, Line Line)> rows, Action<Line, string, string[]> report)
    {
        var owners = new Dictionary<string, List<(CodeRow Row, Line Line)>>(StringComparer.Ordinal);
        foreach (var entry in rows)
        {
            foreach (var wording in new[] { entry.Row.ReasonPhrase }.Concat(entry.Row.Aliases))
            {
                var key = PhraseKey.Of(wording);
                if (!owners.TryGetValue(key, out var list))
                {
                    owners[key] = list = new List<(CodeRow, Line)>();
                }

                list.Add(entry);
            }
        }

        foreach (var entry in rows)
        {
            foreach (var alias in entry.Row.Aliases)
            {
                foreach (var other in owners[PhraseKey.Of(alias)])
                {
                    if (other.Row.Code != entry.Row.Code)
                    {
                        report(entry.Line, DiagnosticDescriptors.AmbiguousAlias.Id, new[]
                        {
                            alias, entry.Row.Code.ToString(), other.Row.Code.ToString(), (other.Line.Number + 1).ToString(),
                        });
                        break;
                    }
                }
            }
        }
    }

    private static ParseResult Result(TsvDocument document, CodeTable? table) =>
        new(TableKind.Codes, document.FileName, new EquatableArray<DiagnosticInfo>(document.Diagnostics.ToArray()), Codes: table);

    private static int? ParseCode(string text)
    {
        var value = text.Length == 3 ? StatusCodeDigits.Value(text[0], text[1], text[2]) : -1;
        return StatusCodeDigits.IsInRange(value) ? value : null;
    }

    internal static bool IsValidIdentifier(string text) =>
        text.Length > 0
        && text[0] is >= 'A' and <= 'Z'
        && text.All(static c => c is (>= 'A' and <= 'Z') or (>= 'a' and <= 'z') or (>= '0' and <= '9'))
        && SyntaxFacts.IsValidIdentifier(text)
        && SyntaxFacts.GetKeywordKind(text) == SyntaxKind.None;

    /// <summary>Exactly three ASCII digits from 100 to 699.</summary>
    internal static int? ParseSipCode(string text) => ParseCode(text);
}
