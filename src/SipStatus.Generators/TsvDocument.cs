using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;

namespace SipStatus.Generators;

/// <summary>
/// A column family that carries one column per language: <c>description_en</c>, <c>description_nl</c>, and so on.
/// </summary>
/// <param name="Prefix">The column name before the language tag, for example <c>description_</c>.</param>
/// <param name="EveryRow">
/// True when every row needs a text in every language; false when a row may leave the family empty, as long as it
/// leaves it empty in every language (a hint exists in all languages or in none).
/// </param>
internal readonly record struct LanguageColumn(string Prefix, bool EveryRow);

/// <summary>What a table's header must and may hold.</summary>
internal sealed class TsvSchema
{
    public TsvSchema(string[] required, params LanguageColumn[] languageColumns)
    {
        Required = required;
        LanguageColumns = languageColumns;
    }

    /// <summary>The columns every table of this kind must have, in the order the messages list them.</summary>
    public string[] Required { get; }

    /// <summary>The per-language column families. A table declares a language by having a column of any family.</summary>
    public LanguageColumn[] LanguageColumns { get; }

    /// <summary>The column list a message names: the required columns and the language families.</summary>
    public string Describe() =>
        LanguageColumns.Length == 0
            ? string.Join(", ", Required)
            : $"{string.Join(", ", Required)}, plus {string.Join(" and ", LanguageColumns.Select(static c => c.Prefix + "<language>"))} for each language (English, en, among them)";
}

/// <summary>One line of a table file: its zero-based number, where it starts in the file, and its text.</summary>
internal readonly record struct Line(int Number, int Start, string Text);

/// <summary>
/// A tab-separated table file as read: header checked against a <see cref="TsvSchema"/>, rows with the header's
/// number of cells, and the problems found so far. Lines that are blank or start with <c>#</c> are comments. Every
/// problem becomes a <see cref="DiagnosticInfo"/> naming the file and line.
/// </summary>
internal sealed class TsvDocument
{
    private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);

    private TsvDocument(string path)
    {
        Path = path;
        FileName = System.IO.Path.GetFileName(path);
    }

    public string Path { get; }

    public string FileName { get; }

    public List<DiagnosticInfo> Diagnostics { get; } = new();

    /// <summary>The header line (line 0 with empty text when the file has none).</summary>
    public Line Header { get; private set; }

    public string[] Columns { get; private set; } = Array.Empty<string>();

    /// <summary>The languages the header declares, in ordinal order.</summary>
    public string[] Languages { get; private set; } = Array.Empty<string>();

    /// <summary>The rows whose cell count matches the header; empty when the header itself has a problem.</summary>
    public List<(Line Line, string[] Cells)> Rows { get; } = new();

    public static TsvDocument Read(string path, string text, TsvSchema schema, CancellationToken cancellationToken)
    {
        var document = new TsvDocument(path);
        document.ReadAll(text, schema, cancellationToken);
        return document;
    }

    public void Report(Line line, string id, params string[] args) =>
        Diagnostics.Add(new DiagnosticInfo(
            id,
            Path,
            line.Number,
            line.Start,
            line.Text.Length,
            new EquatableArray<string>(new[] { FileName, (line.Number + 1).ToString(CultureInfo.InvariantCulture) }.Concat(args).ToArray())));

    public TextLocation Location(Line line) => new(Path, FileName, line.Number, line.Start, line.Text.Length);

    public string Cell(string[] cells, string column) => cells[_index[column]];

    /// <summary>
    /// Reads the reference cells a table of codes has: <c>rfc</c>, the RFC's number (1-99999, no leading zero), and
    /// <c>section</c>, numbers of one to three digits separated by dots, or empty. Each one that is not reports
    /// SIPGEN010 naming its column.
    /// </summary>
    /// <returns>The RFC's number, or null where the cell is not one.</returns>
    public int? ReadReference(Line line, string[] cells, out string section)
    {
        var rfcText = Cell(cells, "rfc");
        var rfc = ParseNumber(rfcText, 1, 99999);
        if (rfc is null)
        {
            Report(line, DiagnosticDescriptors.InvalidReference.Id, rfcText, "rfc");
        }

        section = Cell(cells, "section");
        if (!IsSection(section))
        {
            Report(line, DiagnosticDescriptors.InvalidReference.Id, section, "section");
        }

        return rfc;
    }

    /// <summary>The texts of one language family, in the order of <see cref="Languages"/>.</summary>
    public EquatableArray<string> Texts(string[] cells, string prefix) =>
        new(Languages.Select(language => cells[_index[prefix + language]]).ToArray());

    /// <summary>
    /// The description of each language followed by its action (<c>description_</c> and <c>action_</c>), joined by a
    /// space: the text a row's description is, in the order of <see cref="Languages"/>.
    /// </summary>
    public EquatableArray<string> DescriptionsWithActions(string[] cells) =>
        new(Languages.Select(language => cells[_index["description_" + language]] + " " + cells[_index["action_" + language]]).ToArray());

    /// <summary>
    /// Checks every language column of a row: each text is clean (SIPGEN013); a family that every row needs has a
    /// text in each language, and any other family has a text in all languages or in none (SIPGEN015).
    /// </summary>
    public void CheckLanguageTexts(Line line, string[] cells, TsvSchema schema, string subject)
    {
        var languages = string.Join(", ", Languages);
        foreach (var family in schema.LanguageColumns)
        {
            var present = Languages.Count(language => cells[_index[family.Prefix + language]].Length > 0);
            foreach (var language in Languages)
            {
                var column = family.Prefix + language;
                var text = cells[_index[column]];
                if (!IsCleanText(text))
                {
                    Report(line, DiagnosticDescriptors.InvalidText.Id, column);
                }
                else if (text.Length == 0 && (family.EveryRow || present > 0))
                {
                    Report(line, DiagnosticDescriptors.MissingText.Id, subject, column, family.EveryRow
                        ? $"every row needs one in each language the table declares ({languages})"
                        : $"the row has one in another language, and a text given in one language must be given in all ({languages})");
                }
            }
        }
    }

    /// <summary>No control characters, and no leading or trailing white space.</summary>
    public static bool IsCleanText(string text) =>
        !text.Any(char.IsControl) && text.Trim().Length == text.Length;

    public static bool IsLanguageTag(string tag) =>
        tag.Length is >= 2 and <= 8 && tag.All(static c => c is >= 'a' and <= 'z');

    /// <summary>A whole number written with ASCII digits only, no sign and no leading zero, within <paramref name="max"/>.</summary>
    public static int? ParseNumber(string text, int min, int max)
    {
        if (text.Length is 0 or > 9 || (text.Length > 1 && text[0] == '0') || !text.All(static c => c is >= '0' and <= '9'))
        {
            return null;
        }

        var value = int.Parse(text, CultureInfo.InvariantCulture);
        return value >= min && value <= max ? value : null;
    }

    private static bool IsSection(string text) =>
        text.Length == 0 || text.Split('.').All(static p => p.Length is >= 1 and <= 3 && p.All(static c => c is >= '0' and <= '9'));

    private void ReadAll(string text, TsvSchema schema, CancellationToken cancellationToken)
    {
        var content = SplitLines(text)
            .Where(static l => l.Text.Trim().Length > 0 && !l.Text.StartsWith("#", StringComparison.Ordinal))
            .ToList();
        if (content.Count == 0)
        {
            Report(new Line(0, 0, string.Empty), DiagnosticDescriptors.MissingColumn.Id, schema.Required[0], schema.Describe());
            return;
        }

        Header = content[0];
        Columns = Header.Text.Split('\t');
        var languages = new SortedSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < Columns.Length; i++)
        {
            var name = Columns[i];
            var language = LanguageOf(name, schema);
            var known = Array.IndexOf(schema.Required, name) >= 0 || language is not null;
            if (!known || _index.ContainsKey(name))
            {
                Report(Header, DiagnosticDescriptors.UnknownColumn.Id, name, schema.Describe());
                continue;
            }

            _index.Add(name, i);
            if (language is not null)
            {
                languages.Add(language);
            }
        }

        var missing = schema.Required.ToList();
        if (schema.LanguageColumns.Length > 0)
        {
            // English is the language every explanation falls back to, so every table must carry it.
            languages.Add("en");
            foreach (var language in languages)
            {
                missing.AddRange(schema.LanguageColumns.Select(c => c.Prefix + language));
            }
        }

        foreach (var column in missing.Where(c => !_index.ContainsKey(c)))
        {
            Report(Header, DiagnosticDescriptors.MissingColumn.Id, column, schema.Describe());
        }

        if (Diagnostics.Count > 0)
        {
            return;
        }

        Languages = languages.ToArray();
        if (content.Count == 1)
        {
            Report(Header, DiagnosticDescriptors.EmptyTable.Id);
            return;
        }

        foreach (var line in content.Skip(1))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var cells = line.Text.Split('\t');
            if (cells.Length != Columns.Length)
            {
                Report(line, DiagnosticDescriptors.WrongColumnCount.Id, cells.Length.ToString(CultureInfo.InvariantCulture), Columns.Length.ToString(CultureInfo.InvariantCulture));
                continue;
            }

            Rows.Add((line, cells));
        }
    }

    private static string? LanguageOf(string column, TsvSchema schema)
    {
        foreach (var family in schema.LanguageColumns)
        {
            if (column.StartsWith(family.Prefix, StringComparison.Ordinal) && IsLanguageTag(column.Substring(family.Prefix.Length)))
            {
                return column.Substring(family.Prefix.Length);
            }
        }

        return null;
    }

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
}
