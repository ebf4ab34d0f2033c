using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Threading;

namespace SipStatus.Generators;

/// <summary>One row of the warn-code table, as parsed and validated.</summary>
/// <param name="Code">The warn-code, 300-399.</param>
/// <param name="Identifier">The enum member name, <see cref="WarnText"/>'s words in PascalCase.</param>
/// <param name="WarnText">The registry's text of the code, for example <c>Media type not available</c>.</param>
/// <param name="RegistryDescription">The rest of the registry's description, after the text and its colon.</param>
/// <param name="Rfc">The number of the defining RFC.</param>
/// <param name="Section">The defining section of that RFC, or empty.</param>
/// <param name="Q850Cause">The Q.850 cause for a 488 or 606 carrying this warning, or -1 where the code's own mapping applies.</param>
/// <param name="Descriptions">
/// One description per language of <see cref="WarningTable.Languages"/>: the table's description and action, joined by a space.
/// </param>
/// <param name="Hints">One hint per language of <see cref="WarningTable.Languages"/>.</param>
/// <param name="Actions">One action per language of <see cref="WarningTable.Languages"/>: what to do, one sentence.</param>
internal sealed record WarningRow(
    int Code,
    string Identifier,
    string WarnText,
    string RegistryDescription,
    int Rfc,
    string Section,
    int Q850Cause,
    EquatableArray<string> Descriptions,
    EquatableArray<string> Hints,
    EquatableArray<string> Actions);

/// <summary>The warn-code table: its rows in ascending code order and its languages in ordinal order.</summary>
internal sealed record WarningTable(EquatableArray<WarningRow> Rows, EquatableArray<string> Languages, TextLocation Header);

/// <summary>
/// What the generator emits the warn-codes from: the table, and the SIP codes RFC 3398 section 8.2.6.1 maps "by
/// Warning header" (the <c>warning</c> rows of the SIP-to-Q.850 table; empty when that table is not given).
/// </summary>
internal sealed record WarningOutput(WarningTable Table, EquatableArray<int> MappedByWarning)
{
    /// <summary>The slice of a checked model the warn-code output depends on, or null when the model has no warn-code table.</summary>
    public static WarningOutput? Of(GenerationModel model) =>
        model.Warnings is { } table
            ? new WarningOutput(
                table,
                new EquatableArray<int>((model.SipToQ850?.Rows ?? EquatableArray<MappingRow>.Empty)
                    .Where(static r => r.Condition.Length != 0 && r.From != -1)
                    .Select(static r => r.From)
                    .ToArray()))
            : null;
}

/// <summary>
/// Reads the warn-code table (SipWarningCodes.tsv): one row per code of the IANA "Warning Codes (warn-codes)"
/// registry, with the registry's text, the defining RFC and section, the Q.850 cause RFC 3398 section 8.2.6.1 gives a
/// 488 or 606 carrying the code (where it is not the status code's own), and a description and hint per language.
/// </summary>
internal static class WarningTableParser
{
    internal static readonly TsvSchema Schema = new(
        new[] { "code", "warn_text", "registry_description", "rfc", "section", "q850_for_488_606" },
        new LanguageColumn("description_", EveryRow: true),
        new LanguageColumn("action_", EveryRow: true),
        new LanguageColumn("hint_", EveryRow: true));

    private const string CodeRule = "a warn-code is three digits from 300 to 399 (RFC 3261 section 27.2: only 3xx warn-codes may be registered), each on one row";

    private const string CauseRule = "it must be a Q.850 cause from 1 to 127, or empty where the status code's own mapping applies";

    public static ParseResult Parse(string path, string text, CancellationToken cancellationToken)
    {
        var document = TsvDocument.Read(path, text, Schema, cancellationToken);
        var rows = new Dictionary<int, WarningRow>();
        var identifiers = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (line, cells) in document.Rows)
        {
            cancellationToken.ThrowIfCancellationRequested();
            string Cell(string column) => document.Cell(cells, column);
            var before = document.Diagnostics.Count;

            var codeText = Cell("code");
            var code = codeText.Length == 3 ? TsvDocument.ParseNumber(codeText, 300, 399) : null;
            if (code is null || rows.ContainsKey(code.Value))
            {
                document.Report(line, DiagnosticDescriptors.InvalidKey.Id, codeText, "code", CodeRule);
            }

            var warnText = Cell("warn_text");
            var identifier = string.Empty;
            if (warnText.Length == 0 || !TsvDocument.IsCleanText(warnText))
            {
                document.Report(line, DiagnosticDescriptors.InvalidText.Id, "warn_text");
            }
            else
            {
                identifier = IdentifierOf(warnText);
                if (!TableParser.IsValidIdentifier(identifier) || identifiers.ContainsKey(identifier))
                {
                    var owner = identifiers.TryGetValue(identifier, out var other) ? $"warn-code {other.ToString(CultureInfo.InvariantCulture)} has it already" : "it is not a valid C# identifier";
                    document.Report(line, DiagnosticDescriptors.InvalidWarningName.Id, warnText, codeText, identifier, owner);
                }
            }

            var description = Cell("registry_description");
            if (description.Length == 0 || !TsvDocument.IsCleanText(description))
            {
                document.Report(line, DiagnosticDescriptors.InvalidText.Id, "registry_description");
            }

            var rfc = document.ReadReference(line, cells, out var section);

            var causeText = Cell("q850_for_488_606");
            var cause = causeText.Length == 0 ? -1 : TsvDocument.ParseNumber(causeText, 1, 127);
            if (cause is null)
            {
                document.Report(line, DiagnosticDescriptors.InvalidMapping.Id, causeText, "q850_for_488_606", CauseRule);
            }

            document.CheckLanguageTexts(line, cells, Schema, $"warn-code {codeText}");
            if (document.Diagnostics.Count == before)
            {
                identifiers.Add(identifier, code!.Value);
                rows.Add(code.Value, new WarningRow(
                    code.Value,
                    identifier,
                    warnText,
                    description,
                    rfc!.Value,
                    section,
                    cause!.Value,
                    document.DescriptionsWithActions(cells),
                    document.Texts(cells, "hint_"),
                    document.Texts(cells, "action_")));
            }
        }

        var table = document.Diagnostics.Count > 0
            ? null
            : new WarningTable(
                new EquatableArray<WarningRow>(rows.Values.OrderBy(static r => r.Code).ToArray()),
                new EquatableArray<string>(document.Languages),
                document.Location(document.Header));
        return new ParseResult(TableKind.Warnings, document.FileName, new EquatableArray<DiagnosticInfo>(document.Diagnostics.ToArray()), Warnings: table);
    }

    /// <summary>
    /// The enum member name of a warn-code: each run of ASCII letters and digits of its text, first letter upper case
    /// and the rest lower case, run together (<c>SIPS Not Allowed</c> gives <c>SipsNotAllowed</c>). Anything else
    /// separates words and is dropped.
    /// </summary>
    internal static string IdentifierOf(string text)
    {
        var builder = new StringBuilder(text.Length);
        var wordStart = true;
        foreach (var c in text)
        {
            if (c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9'))
            {
                builder.Append(wordStart ? char.ToUpperInvariant(c) : char.ToLowerInvariant(c));
                wordStart = false;
            }
            else
            {
                wordStart = true;
            }
        }

        return builder.ToString();
    }
}
