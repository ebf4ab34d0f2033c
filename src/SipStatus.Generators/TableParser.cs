using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis.CSharp;

namespace SipStatus.Generators;

/// <summary>
/// Reads the tab-separated status-code table: a header row naming the columns, then one row per code. Lines that
/// are blank or start with <c>#</c> are comments. Every problem becomes a <see cref="DiagnosticInfo"/> naming the
/// file and line; a table with any problem yields no <see cref="CodeTable"/>.
/// </summary>
internal static class TableParser
{
    private const string HintPrefix = "hint_";

    /// <summary>The columns every table must have, in the order the messages list them.</summary>
    internal static readonly string[] RequiredColumns =
        { "code", "identifier", "reason_phrase", "rfc", "section", "deprecated", "aliases" };

    public static ParseResult Parse(string path, string text, CancellationToken cancellationToken)
    {
        var fileName = Path.GetFileName(path);
        var diagnostics = new List<DiagnosticInfo>();
        var lines = SplitLines(text);

        void Report(Line line, string id, params string[] args) =>
            diagnostics.Add(new DiagnosticInfo(
                id,
                path,
                line.Number,
                line.Start,
                line.Text.Length,
                new EquatableArray<string>(new[] { fileName, (line.Number + 1).ToString() }.Concat(args).ToArray())));

        var content = lines.Where(static l => l.Text.Trim().Length > 0 && !l.Text.StartsWith("#", StringComparison.Ordinal)).ToList();
        if (content.Count == 0)
        {
            Report(new Line(0, 0, string.Empty), DiagnosticDescriptors.MissingColumn.Id, RequiredColumns[0], string.Join(", ", RequiredColumns));
            return Result(fileName, null, diagnostics);
        }

        var header = content[0];
        var columns = header.Text.Split('\t');
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var hintLanguages = new List<string>();
        var hintColumns = new List<int>();
        for (var i = 0; i < columns.Length; i++)
        {
            var name = columns[i];
            var known = Array.IndexOf(RequiredColumns, name) >= 0 || IsHintColumn(name);
            if (!known || index.ContainsKey(name))
            {
                Report(header, DiagnosticDescriptors.UnknownColumn.Id, name, string.Join(", ", RequiredColumns));
                continue;
            }

            index.Add(name, i);
            if (IsHintColumn(name))
            {
                hintLanguages.Add(name.Substring(HintPrefix.Length));
                hintColumns.Add(i);
            }
        }

        foreach (var required in RequiredColumns)
        {
            if (!index.ContainsKey(required))
            {
                Report(header, DiagnosticDescriptors.MissingColumn.Id, required, string.Join(", ", RequiredColumns));
            }
        }

        if (diagnostics.Count > 0)
        {
            return Result(fileName, null, diagnostics);
        }

        if (content.Count == 1)
        {
            Report(header, DiagnosticDescriptors.EmptyTable.Id);
            return Result(fileName, null, diagnostics);
        }

        var rows = new List<(CodeRow Row, Line Line)>();
        var codes = new Dictionary<int, Line>();
        var identifiers = new Dictionary<string, Line>(StringComparer.Ordinal);
        foreach (var line in content.Skip(1))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var cells = line.Text.Split('\t');
            if (cells.Length != columns.Length)
            {
                Report(line, DiagnosticDescriptors.WrongColumnCount.Id, cells.Length.ToString(), columns.Length.ToString());
                continue;
            }

            string Cell(string column) => cells[index[column]];
            var before = diagnostics.Count;

            var codeText = Cell("code");
            var code = ParseCode(codeText);
            if (code is null)
            {
                Report(line, DiagnosticDescriptors.InvalidCode.Id, codeText);
            }
            else if (codes.TryGetValue(code.Value, out var first))
            {
                Report(line, DiagnosticDescriptors.DuplicateCode.Id, codeText, (first.Number + 1).ToString());
            }
            else
            {
                codes.Add(code.Value, line);
            }

            var identifier = Cell("identifier");
            if (!IsValidIdentifier(identifier))
            {
                Report(line, DiagnosticDescriptors.InvalidIdentifier.Id, identifier);
            }
            else if (identifiers.TryGetValue(identifier, out var first))
            {
                Report(line, DiagnosticDescriptors.DuplicateIdentifier.Id, identifier, (first.Number + 1).ToString());
            }
            else
            {
                identifiers.Add(identifier, line);
            }

            var phrase = Cell("reason_phrase");
            if (!IsCleanText(phrase) || phrase.Length == 0)
            {
                Report(line, DiagnosticDescriptors.InvalidReasonPhrase.Id, codeText);
            }

            var rfcText = Cell("rfc");
            var rfc = ParseRfc(rfcText);
            if (rfc is null)
            {
                Report(line, DiagnosticDescriptors.InvalidReference.Id, rfcText, "rfc");
            }

            var section = Cell("section");
            if (!IsSection(section))
            {
                Report(line, DiagnosticDescriptors.InvalidReference.Id, section, "section");
            }

            var flag = Cell("deprecated");
            if (flag.Length != 0 && flag != "yes")
            {
                Report(line, DiagnosticDescriptors.InvalidFlag.Id, flag, "deprecated");
            }

            var aliasText = Cell("aliases");
            var aliases = aliasText.Length == 0 ? Array.Empty<string>() : aliasText.Split('|');
            var keys = new HashSet<string>(StringComparer.Ordinal) { PhraseKey.Of(phrase) };
            foreach (var alias in aliases)
            {
                if (alias.Length == 0 || !IsCleanText(alias) || !keys.Add(PhraseKey.Of(alias)) || PhraseKey.Of(alias).Length == 0)
                {
                    Report(line, DiagnosticDescriptors.InvalidAlias.Id, alias, codeText);
                }
            }

            var hints = new string[hintColumns.Count];
            for (var h = 0; h < hintColumns.Count; h++)
            {
                hints[h] = cells[hintColumns[h]];
                if (!IsCleanText(hints[h]))
                {
                    Report(line, DiagnosticDescriptors.InvalidText.Id, columns[hintColumns[h]]);
                }
            }

            if (diagnostics.Count == before)
            {
                rows.Add((new CodeRow(
                    code!.Value,
                    identifier,
                    phrase,
                    rfc!.Value,
                    section,
                    flag == "yes",
                    new EquatableArray<string>(aliases),
                    new EquatableArray<string>(hints)), line));
            }
        }

        ReportAmbiguousAliases(rows, Report);

        if (diagnostics.Count > 0)
        {
            return Result(fileName, null, diagnostics);
        }

        var table = new CodeTable(
            new EquatableArray<CodeRow>(rows.Select(static r => r.Row).OrderBy(static r => r.Code).ToArray()),
            new EquatableArray<string>(hintLanguages.ToArray()));
        return Result(fileName, table, diagnostics);
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

    private static ParseResult Result(string fileName, CodeTable? table, List<DiagnosticInfo> diagnostics) =>
        new(fileName, table, new EquatableArray<DiagnosticInfo>(diagnostics.ToArray()));

    private static bool IsHintColumn(string name) =>
        name.StartsWith(HintPrefix, StringComparison.Ordinal) && IsLanguageTag(name.Substring(HintPrefix.Length));

    private static bool IsLanguageTag(string tag) =>
        tag.Length is >= 2 and <= 8 && tag.All(static c => c is >= 'a' and <= 'z');

    private static int? ParseCode(string text)
    {
        if (text.Length != 3 || !text.All(static c => c is >= '0' and <= '9'))
        {
            return null;
        }

        var value = ((text[0] - '0') * 100) + ((text[1] - '0') * 10) + (text[2] - '0');
        return value is >= 100 and <= 699 ? value : null;
    }

    private static int? ParseRfc(string text) =>
        text.Length is >= 1 and <= 5 && text[0] != '0' && text.All(static c => c is >= '0' and <= '9')
            ? int.Parse(text, System.Globalization.CultureInfo.InvariantCulture)
            : null;

    private static bool IsSection(string text)
    {
        if (text.Length == 0)
        {
            return true;
        }

        var parts = text.Split('.');
        return parts.All(static p => p.Length is >= 1 and <= 3 && p.All(static c => c is >= '0' and <= '9'));
    }

    private static bool IsValidIdentifier(string text) =>
        text.Length > 0
        && text[0] is >= 'A' and <= 'Z'
        && text.All(static c => c is (>= 'A' and <= 'Z') or (>= 'a' and <= 'z') or (>= '0' and <= '9'))
        && SyntaxFacts.IsValidIdentifier(text)
        && SyntaxFacts.GetKeywordKind(text) == SyntaxKind.None;

    /// <summary>No control characters, and no leading or trailing white space.</summary>
    private static bool IsCleanText(string text) =>
        !text.Any(char.IsControl) && text.Trim().Length == text.Length;

    private static List<Line> SplitLines(string text)
    {
        var lines = new List<Line>();
        var start = 0;
        var number = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i == text.Length || text[i] == '\n')
            {
                var end = i > start && text[i - 1] == '\r' ? i - 1 : i;
                if (i < text.Length || end > start)
                {
                    lines.Add(new Line(number, start, text.Substring(start, end - start)));
                }

                start = i + 1;
                number++;
            }
        }

        return lines;
    }

    private readonly record struct Line(int Number, int Start, string Text);
}
