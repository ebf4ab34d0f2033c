using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace SipStatus.Generators;

/// <summary>The catalog rows and the tables the lookups index by code, every slot written out.</summary>
internal static partial class Emitter
{
    /// <summary>The length of the by-code tables: indexed by the code itself, so that one bounds check is the range check.</summary>
    private const int ByCodeLength = 700;

    /// <summary>
    /// The rows as fields (<c>Row486</c>), all of them in code order, and three tables indexed by the code itself
    /// (0-699): the row of each registered code, the row each code 100-699 is treated as (<see cref="Resolution"/>)
    /// and the registry phrase of each registered code.
    /// </summary>
    public static string EmitData(CodeTable table)
    {
        var byCode = table.Rows.ToDictionary(static r => r.Code);
        var registered = new HashSet<int>(byCode.Keys);
        var sb = Header();
        sb.AppendLine("/// <summary>The catalog rows, generated from the status-code table, and the tables the lookups index by code.</summary>");
        sb.AppendLine(s_generatedCode);
        sb.AppendLine("internal static partial class SipStatusData");
        sb.AppendLine("{");
        sb.AppendLine("    /// <summary>The languages of the tables, in ordinal order: the order of every per-language array.</summary>");
        sb.AppendLine($"    internal static readonly string[] Languages = new string[] {{ {string.Join(", ", table.Languages.Select(Literal))} }};");
        foreach (var row in table.Rows)
        {
            var aliases = row.Aliases.Count == 0
                ? "global::System.Array.Empty<string>()"
                : $"new string[] {{ {string.Join(", ", row.Aliases.Select(Literal))} }}";
            sb.AppendLine();
            sb.AppendLine($"    /// <summary><c>{row.Code} {Xml(row.ReasonPhrase)}</c>.</summary>");
            sb.AppendLine($"    internal static readonly global::SipStatus.SipStatusInfo {RowField(row.Code)} = new global::SipStatus.SipStatusInfo(");
            sb.AppendLine($"        global::SipStatus.SipStatusCode.{row.Identifier},");
            sb.AppendLine($"        {Literal(row.ReasonPhrase)},");
            sb.AppendLine($"        {Literal(Reference(row))},");
            sb.AppendLine($"        {row.Rfc.ToString(CultureInfo.InvariantCulture)},");
            sb.AppendLine($"        {(row.Section.Length == 0 ? "null" : Literal(row.Section))},");
            sb.AppendLine($"        isDeprecated: {Bool(row.IsDeprecated)},");
            sb.AppendLine($"        allowsRetryAfter: {Bool(row.AllowsRetryAfter)},");
            sb.AppendLine($"        {aliases},");
            sb.AppendLine($"        {Texts(row.Descriptions)},");
            sb.AppendLine($"        {(row.Hints.All(static h => h.Length == 0) ? "null" : Texts(row.Hints))},");
            sb.AppendLine($"        {Texts(row.Actions)});");
        }

        sb.AppendLine();
        sb.AppendLine($"    /// <summary>Every row, in ascending code order ({Number(table.Rows.Count)} rows).</summary>");
        sb.AppendLine("    internal static readonly global::SipStatus.SipStatusInfo[] Rows = new global::SipStatus.SipStatusInfo[]");
        sb.AppendLine("    {");
        for (var i = 0; i < table.Rows.Count; i += 10)
        {
            sb.AppendLine($"        {string.Join(", ", table.Rows.Skip(i).Take(10).Select(static r => RowField(r.Code)))},");
        }

        sb.AppendLine("    };");
        sb.AppendLine();
        sb.AppendLine("    /// <summary>The row of each registered code, indexed by the code itself (0-699); null where the code is not registered.</summary>");
        ByCodeTable(sb, "global::SipStatus.SipStatusInfo?", "ByCode", code => byCode.ContainsKey(code) ? RowField(code) : "null");
        sb.AppendLine();
        sb.AppendLine("    /// <summary>");
        sb.AppendLine("    /// The row a user agent client treats each code as (RFC 3261 section 8.1.3.2), indexed by the code itself; null");
        sb.AppendLine("    /// below 100. A registered code is itself; an unrecognized final code is the x00 code of its class (431 is 400);");
        sb.AppendLine($"    /// an unrecognized provisional code is {Number(Resolution.UnrecognizedProvisional)}.");
        sb.AppendLine("    /// </summary>");
        ByCodeTable(sb, "global::SipStatus.SipStatusInfo?", "Resolved", code => code < 100 ? "null" : RowField(Resolution.Resolve(code, registered)));
        sb.AppendLine();
        sb.AppendLine("    /// <summary>The registry phrase of each registered code, indexed by the code itself (0-699); null where the code is not registered.</summary>");
        ByCodeTable(sb, "string?", "Phrases", code => byCode.TryGetValue(code, out var row) ? Literal(row.ReasonPhrase) : "null");
        sb.AppendLine("}");
        return Text(sb);
    }

    private static string RowField(int code) => "Row" + Number(code);

    /// <summary>A static readonly array of <see cref="ByCodeLength"/> slots, ten to a line, each line led by its first code.</summary>
    private static void ByCodeTable(StringBuilder sb, string elementType, string name, Func<int, string> slot)
    {
        sb.AppendLine($"    internal static readonly {elementType}[] {name} = new {elementType}[{Number(ByCodeLength)}]");
        sb.AppendLine("    {");
        Slots(sb, 0, ByCodeLength, 10, slot);
        sb.AppendLine("    };");
    }

    /// <summary>The slots <paramref name="first"/> to <paramref name="first"/> + <paramref name="count"/> - 1, <paramref name="perLine"/> to a line, each line led by its first index.</summary>
    private static void Slots(StringBuilder sb, int first, int count, int perLine, Func<int, string> slot)
    {
        for (var line = first; line < first + count; line += perLine)
        {
            var slots = Enumerable.Range(line, Math.Min(perLine, first + count - line)).Select(slot);
            sb.AppendLine($"        /* {Number(line),3} */ {string.Join(", ", slots)},");
        }
    }
}
