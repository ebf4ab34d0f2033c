using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Threading;

namespace SipStatus.Generators;

/// <summary>
/// Reads the two tables of texts that are not about one code: the class table (a display name and a description of
/// each class 1xx-6xx, per language) and the sentence table (the templates explanations are built from, per
/// language). Both declare their languages the way the status-code table does, by their columns.
/// </summary>
internal static class TextTableParser
{
    internal static readonly TsvSchema ClassSchema = new(
        new[] { "class" },
        new LanguageColumn("name_", EveryRow: true),
        new LanguageColumn("description_", EveryRow: true));

    internal static readonly TsvSchema SentenceSchema = new(
        new[] { "key" },
        new LanguageColumn("text_", EveryRow: true));

    public static ParseResult ParseClasses(string path, string text, CancellationToken cancellationToken)
    {
        var document = TsvDocument.Read(path, text, ClassSchema, cancellationToken);
        var rows = new Dictionary<int, ClassRow>();
        foreach (var (line, cells) in document.Rows)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var before = document.Diagnostics.Count;
            var classText = document.Cell(cells, "class");
            var value = TsvDocument.ParseNumber(classText, 1, 6);
            if (value is null || rows.ContainsKey(value.Value))
            {
                document.Report(line, DiagnosticDescriptors.InvalidKey.Id, classText, "class", "a class is one digit from 1 (1xx) to 6 (6xx), each on one row");
            }

            document.CheckLanguageTexts(line, cells, ClassSchema, $"class {classText}");
            if (document.Diagnostics.Count == before)
            {
                rows.Add(value!.Value, new ClassRow(value.Value, document.Texts(cells, "name_"), document.Texts(cells, "description_")));
            }
        }

        if (document.Diagnostics.Count == 0)
        {
            for (var digit = 1; digit <= 6; digit++)
            {
                if (!rows.ContainsKey(digit))
                {
                    document.Report(document.Header, DiagnosticDescriptors.MissingRow.Id, $"class {digit} ({digit}xx)");
                }
            }
        }

        var table = document.Diagnostics.Count > 0
            ? null
            : new ClassTable(
                new EquatableArray<ClassRow>(rows.Values.OrderBy(static r => r.Class).ToArray()),
                new EquatableArray<string>(document.Languages),
                document.Location(document.Header));
        return new ParseResult(TableKind.Classes, document.FileName, new EquatableArray<DiagnosticInfo>(document.Diagnostics.ToArray()), Classes: table);
    }

    public static ParseResult ParseSentences(string path, string text, CancellationToken cancellationToken)
    {
        var document = TsvDocument.Read(path, text, SentenceSchema, cancellationToken);
        var rows = new Dictionary<string, SentenceRow>(StringComparer.Ordinal);
        foreach (var (line, cells) in document.Rows)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var before = document.Diagnostics.Count;
            var key = document.Cell(cells, "key");
            if (!TableParser.IsValidIdentifier(key) || rows.ContainsKey(key))
            {
                document.Report(line, DiagnosticDescriptors.InvalidKey.Id, key, "key", "a key is a PascalCase C# identifier, each on one row");
            }

            document.CheckLanguageTexts(line, cells, SentenceSchema, $"sentence '{key}'");
            if (document.Diagnostics.Count == before)
            {
                CheckPlaceholders(document, line, cells);
            }

            if (document.Diagnostics.Count == before)
            {
                rows.Add(key, new SentenceRow(key, document.Texts(cells, "text_")));
            }
        }

        var table = document.Diagnostics.Count > 0
            ? null
            : new SentenceTable(
                new EquatableArray<SentenceRow>(rows.Values.OrderBy(static r => r.Key, StringComparer.Ordinal).ToArray()),
                new EquatableArray<string>(document.Languages),
                document.Location(document.Header));
        return new ParseResult(TableKind.Sentences, document.FileName, new EquatableArray<DiagnosticInfo>(document.Diagnostics.ToArray()), Sentences: table);
    }

    /// <summary>
    /// A template is formatted with <c>string.Format</c>: a placeholder is <c>{n}</c> and nothing else (no alignment,
    /// no format string), a literal brace is doubled, and every language uses the same placeholders as English, so that
    /// one argument list fits every language.
    /// </summary>
    private static void CheckPlaceholders(TsvDocument document, Line line, string[] cells)
    {
        string? english = null;
        foreach (var language in document.Languages.OrderBy(static l => l == "en" ? 0 : 1))
        {
            var column = "text_" + language;
            var placeholders = Placeholders(document.Cell(cells, column));
            if (placeholders is null)
            {
                document.Report(line, DiagnosticDescriptors.InvalidPlaceholder.Id, column, "has a brace that is not part of a {n} placeholder (write {{ or }} for a literal brace)");
                return;
            }

            if (english is null)
            {
                english = placeholders;
            }
            else if (placeholders != english)
            {
                document.Report(line, DiagnosticDescriptors.InvalidPlaceholder.Id, column, $"uses the placeholders {Show(placeholders)} but 'text_en' uses {Show(english)}; every language must use the same ones");
                return;
            }
        }

        static string Show(string set) => set.Length == 0 ? "none" : set;
    }

    /// <summary>The distinct placeholders of a template in ascending order (<c>{0} {2}</c>), or null if a brace is malformed.</summary>
    internal static string? Placeholders(string text)
    {
        var found = new SortedSet<int>();
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '}')
            {
                if (i + 1 < text.Length && text[i + 1] == '}')
                {
                    i++;
                    continue;
                }

                return null;
            }

            if (c != '{')
            {
                continue;
            }

            if (i + 1 < text.Length && text[i + 1] == '{')
            {
                i++;
                continue;
            }

            var close = text.IndexOf('}', i + 1);
            var number = close < 0 ? null : TsvDocument.ParseNumber(text.Substring(i + 1, close - i - 1), 0, 99);
            if (number is null)
            {
                return null;
            }

            found.Add(number.Value);
            i = close;
        }

        var builder = new StringBuilder();
        foreach (var index in found)
        {
            builder.Append(builder.Length == 0 ? string.Empty : " ").Append('{').Append(index.ToString(CultureInfo.InvariantCulture)).Append('}');
        }

        return builder.ToString();
    }
}
