using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;

namespace SipStatus.Generators;

/// <summary>
/// Reads the three Q.850 tables: the cause names (ITU-T Q.850), and the two mappings of RFC 3398 (section 7.2.4.1,
/// Q.850 cause to SIP response, and section 8.2.6.1, SIP response to Q.850 cause). A mapping table has one row per
/// value mapped from, optionally a second row for the same value under the table's one condition, and a
/// <c>default</c> row.
/// </summary>
internal static class Q850TableParser
{
    /// <summary>The key of the row that says what values the table does not list map to.</summary>
    public const string DefaultKey = "default";

    internal static readonly TsvSchema CauseSchema = new(new[] { "cause" }, new LanguageColumn("name_", EveryRow: true));

    internal static readonly TsvSchema Q850ToSipSchema = new(new[] { "cause", "sip_code", "condition" });

    internal static readonly TsvSchema SipToQ850Schema = new(new[] { "sip_code", "cause", "condition" });

    private const string CauseRule = "a Q.850 cause is a number from 1 to 127";

    /// <summary>
    /// The lowest code the SIP-to-Q.850 table maps: section 8.2.6.1 is part of section 8.2.6, "4xx-6xx Received" (a
    /// 1xx-3xx response does not fail the call, so the gateway sends no release for it).
    /// </summary>
    public const int SipToQ850FirstCode = 400;

    private const string CodeRule = "a SIP status code is three digits from 100 to 699";

    private const string FailureCodeRule = "the table maps failure responses, three digits from 400 to 699 (RFC 3398 section 8.2.6, \"4xx-6xx Received\")";

    public static ParseResult ParseCauses(string path, string text, CancellationToken cancellationToken)
    {
        var document = TsvDocument.Read(path, text, CauseSchema, cancellationToken);
        var rows = new Dictionary<int, CauseRow>();
        foreach (var (line, cells) in document.Rows)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var before = document.Diagnostics.Count;
            var causeText = document.Cell(cells, "cause");
            var cause = TsvDocument.ParseNumber(causeText, 1, 127);
            if (cause is null || rows.ContainsKey(cause.Value))
            {
                document.Report(line, DiagnosticDescriptors.InvalidKey.Id, causeText, "cause", CauseRule + ", each on one row");
            }

            document.CheckLanguageTexts(line, cells, CauseSchema, $"cause {causeText}");
            if (document.Diagnostics.Count == before)
            {
                rows.Add(cause!.Value, new CauseRow(cause.Value, document.Texts(cells, "name_")));
            }
        }

        var table = document.Diagnostics.Count > 0
            ? null
            : new CauseTable(
                new EquatableArray<CauseRow>(rows.Values.OrderBy(static r => r.Cause).ToArray()),
                new EquatableArray<string>(document.Languages),
                document.Location(document.Header));
        return new ParseResult(TableKind.Q850Causes, document.FileName, new EquatableArray<DiagnosticInfo>(document.Diagnostics.ToArray()), Causes: table);
    }

    /// <summary>
    /// RFC 3398 section 7.2.4.1: <c>cause</c> (1-127 or <c>default</c>), <c>sip_code</c> (a SIP code, or empty where
    /// the RFC says no response is sent: 16, a BYE or CANCEL; 44, untranslatable) and <c>condition</c> (empty, or
    /// <c>diagnostic</c> for the row that applies when the cause carries a diagnostic).
    /// </summary>
    public static ParseResult ParseQ850ToSip(string path, string text, CancellationToken cancellationToken) =>
        ParseMapping(
            TableKind.Q850ToSip,
            Q850ToSipSchema,
            path,
            text,
            key: ("cause", s => TsvDocument.ParseNumber(s, 1, 127), CauseRule),
            target: ("sip_code", TableParser.ParseSipCode, CodeRule + ", or empty where the RFC says no response is sent"),
            condition: "diagnostic",
            conditionRefines: true,
            cancellationToken);

    /// <summary>
    /// RFC 3398 section 8.2.6.1: <c>sip_code</c> (400-699 or <c>default</c>), <c>cause</c> (a Q.850 cause, or empty
    /// where the RFC gives no mapping) and <c>condition</c> (empty, or <c>warning</c> where the RFC maps the code by the
    /// Warning header and the cause given is its stated default).
    /// </summary>
    public static ParseResult ParseSipToQ850(string path, string text, CancellationToken cancellationToken) =>
        ParseMapping(
            TableKind.SipToQ850,
            SipToQ850Schema,
            path,
            text,
            key: ("sip_code", s => TableParser.ParseSipCode(s) is >= SipToQ850FirstCode and var code ? code : null, FailureCodeRule),
            target: ("cause", s => TsvDocument.ParseNumber(s, 1, 127), CauseRule + ", or empty where the RFC gives no mapping"),
            condition: "warning",
            conditionRefines: false,
            cancellationToken);

    private static ParseResult ParseMapping(
        TableKind kind,
        TsvSchema schema,
        string path,
        string text,
        (string Column, System.Func<string, int?> Parse, string Rule) key,
        (string Column, System.Func<string, int?> Parse, string Rule) target,
        string condition,
        bool conditionRefines,
        CancellationToken cancellationToken)
    {
        // A refining condition adds a second row for a value (cause 22 with a diagnostic); any other condition only
        // says how the value's one row reads (a code mapped by the Warning header, whose cause is the stated default).
        string KeyCondition(string text) => conditionRefines ? text : string.Empty;
        var document = TsvDocument.Read(path, text, schema, cancellationToken);
        var rows = new Dictionary<(int, string), MappingRow>();
        foreach (var (line, cells) in document.Rows)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var before = document.Diagnostics.Count;
            var keyText = document.Cell(cells, key.Column);
            var targetText = document.Cell(cells, target.Column);
            var conditionText = document.Cell(cells, "condition");
            var isDefault = keyText == DefaultKey;
            var from = isDefault ? -1 : key.Parse(keyText);

            if (conditionText.Length != 0 && (conditionText != condition || isDefault))
            {
                document.Report(line, DiagnosticDescriptors.InvalidMapping.Id, conditionText, "condition", isDefault
                    ? "the default row takes no condition"
                    : $"a condition is empty or '{condition}'");
            }

            if (from is null || rows.ContainsKey((from.Value, KeyCondition(conditionText))))
            {
                document.Report(line, DiagnosticDescriptors.InvalidKey.Id, keyText, key.Column, conditionRefines
                    ? $"{key.Rule}, or '{DefaultKey}'; each value has one row, and at most one more with the condition '{condition}'"
                    : $"{key.Rule}, or '{DefaultKey}'; each value has one row");
            }

            var to = targetText.Length == 0 ? -1 : target.Parse(targetText);
            if (to is null)
            {
                document.Report(line, DiagnosticDescriptors.InvalidMapping.Id, targetText, target.Column, target.Rule);
            }
            else if (to == -1 && (isDefault || conditionText.Length != 0))
            {
                document.Report(line, DiagnosticDescriptors.InvalidMapping.Id, targetText, target.Column, isDefault
                    ? "the default row must name what unlisted values map to"
                    : $"a row with the condition '{condition}' must name what it maps to");
            }

            if (document.Diagnostics.Count == before)
            {
                rows.Add((from!.Value, KeyCondition(conditionText)), new MappingRow(from.Value, to!.Value, conditionText, document.Location(line)));
            }
        }

        if (document.Diagnostics.Count == 0)
        {
            if (!rows.ContainsKey((-1, string.Empty)))
            {
                document.Report(document.Header, DiagnosticDescriptors.MissingRow.Id, $"'{DefaultKey}' (what the values the table does not list map to)");
            }

            foreach (var row in rows.Values.Where(r => conditionRefines && r.Condition.Length != 0 && !rows.ContainsKey((r.From, string.Empty))))
            {
                document.Report(
                    new Line(row.Location.Line, row.Location.Start, new string(' ', row.Location.Length)),
                    DiagnosticDescriptors.MissingRow.Id,
                    $"{row.From.ToString(CultureInfo.InvariantCulture)} without a condition (a row with the condition '{condition}' refines one)");
            }
        }

        var table = document.Diagnostics.Count > 0
            ? null
            : new MappingTable(new EquatableArray<MappingRow>(rows.Values.OrderBy(static r => r.From).ThenBy(static r => r.Condition, System.StringComparer.Ordinal).ToArray()));
        return new ParseResult(kind, document.FileName, new EquatableArray<DiagnosticInfo>(document.Diagnostics.ToArray()), Mapping: table);
    }
}
