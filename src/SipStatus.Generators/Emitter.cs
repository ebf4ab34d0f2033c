using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis.CSharp;

namespace SipStatus.Generators;

/// <summary>Turns a valid <see cref="CodeTable"/> into C# source. Pure: the same table gives the same text.</summary>
internal static class Emitter
{
    public const string EnumHintName = "SipStatusCode.g.cs";
    public const string DataHintName = "SipStatusData.g.cs";

    private static readonly string s_generatedCode =
        $"[global::System.CodeDom.Compiler.GeneratedCode(\"SipStatus.Generators\", \"{typeof(Emitter).Assembly.GetName().Version}\")]";

    public static string EmitEnum(CodeTable table)
    {
        var sb = Header();
        sb.AppendLine("namespace SipStatus;");
        sb.AppendLine();
        sb.AppendLine("/// <summary>");
        sb.AppendLine("/// A SIP response status code registered in the IANA \"Response Codes\" registry; the value of each member is the");
        sb.AppendLine($"/// code itself. There are {table.Rows.Count} members. A code that is not a member (say 431) is still a valid");
        sb.AppendLine("/// value to cast: see <see cref=\"SipStatusCatalog.Resolve(int)\"/> for what a user agent must treat it as.");
        sb.AppendLine("/// </summary>");
        sb.AppendLine(s_generatedCode);
        sb.AppendLine("public enum SipStatusCode");
        sb.AppendLine("{");
        var first = true;
        foreach (var row in table.Rows)
        {
            if (!first)
            {
                sb.AppendLine();
            }

            first = false;
            sb.AppendLine("    /// <summary>");
            sb.AppendLine($"    /// <c>{row.Code} {Xml(row.ReasonPhrase)}</c> ({Xml(Reference(row))}).");
            sb.AppendLine("    /// </summary>");
            if (row.IsDeprecated || row.Aliases.Count > 0)
            {
                sb.AppendLine("    /// <remarks>");
                if (row.IsDeprecated)
                {
                    sb.AppendLine($"    /// Deprecated in the IANA registry: implementations treat a received {row.Code} like {row.Code / 100}00.");
                }

                if (row.Aliases.Count > 0)
                {
                    sb.AppendLine($"    /// Other wordings that lookups accept: {string.Join(", ", row.Aliases.Select(static a => "\"" + Xml(a) + "\""))}.");
                }

                sb.AppendLine("    /// </remarks>");
            }

            sb.AppendLine($"    {row.Identifier} = {row.Code.ToString(CultureInfo.InvariantCulture)},");
        }

        sb.AppendLine("}");
        return Text(sb);
    }

    public static string EmitData(CodeTable table)
    {
        var sb = Header();
        sb.AppendLine("namespace SipStatus;");
        sb.AppendLine();
        sb.AppendLine("/// <summary>The catalog rows, generated from the status-code table.</summary>");
        sb.AppendLine(s_generatedCode);
        sb.AppendLine("internal static partial class SipStatusData");
        sb.AppendLine("{");
        sb.AppendLine("    /// <summary>The languages of the hint columns, in column order.</summary>");
        sb.AppendLine($"    internal static readonly string[] HintLanguages = new string[] {{ {string.Join(", ", table.HintLanguages.Select(Literal))} }};");
        sb.AppendLine();
        sb.AppendLine("    /// <summary>Creates one row per registered code, in ascending code order.</summary>");
        sb.AppendLine("    internal static global::SipStatus.SipStatusInfo[] CreateRows() => new global::SipStatus.SipStatusInfo[]");
        sb.AppendLine("    {");
        foreach (var row in table.Rows)
        {
            var aliases = row.Aliases.Count == 0
                ? "global::System.Array.Empty<string>()"
                : $"new string[] {{ {string.Join(", ", row.Aliases.Select(Literal))} }}";
            var hints = row.Hints.Count == 0
                ? "global::System.Array.Empty<string?>()"
                : $"new string?[] {{ {string.Join(", ", row.Hints.Select(static h => h.Length == 0 ? "null" : Literal(h)))} }}";
            sb.AppendLine("        new global::SipStatus.SipStatusInfo(");
            sb.AppendLine($"            global::SipStatus.SipStatusCode.{row.Identifier},");
            sb.AppendLine($"            {Literal(row.ReasonPhrase)},");
            sb.AppendLine($"            {Literal(Reference(row))},");
            sb.AppendLine($"            {row.Rfc.ToString(CultureInfo.InvariantCulture)},");
            sb.AppendLine($"            {(row.Section.Length == 0 ? "null" : Literal(row.Section))},");
            sb.AppendLine($"            {(row.IsDeprecated ? "true" : "false")},");
            sb.AppendLine($"            {aliases},");
            sb.AppendLine($"            {hints}),");
        }

        sb.AppendLine("    };");
        sb.AppendLine("}");
        return Text(sb);
    }

    /// <summary>The human-readable reference, for example <c>RFC 3261, section 21.4.24</c>.</summary>
    internal static string Reference(CodeRow row) =>
        row.Section.Length == 0
            ? $"RFC {row.Rfc.ToString(CultureInfo.InvariantCulture)}"
            : $"RFC {row.Rfc.ToString(CultureInfo.InvariantCulture)}, section {row.Section}";

    private static StringBuilder Header()
    {
        var sb = new StringBuilder();
        sb.AppendLine("// <auto-generated/>");
        sb.AppendLine("// Generated by SipStatus.Generators from the status-code table. Edit the table, not this file.");
        sb.AppendLine("#nullable enable");
        sb.AppendLine();
        return sb;
    }

    /// <summary>The text with LF line ends whatever the platform, so the output is the same everywhere.</summary>
    private static string Text(StringBuilder sb) => sb.ToString().Replace("\r\n", "\n");

    private static string Literal(string value) => SymbolDisplay.FormatLiteral(value, quote: true);

    private static string Xml(string value) =>
        value.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;");

    internal static IEnumerable<(string HintName, string Source)> EmitAll(CodeTable table)
    {
        yield return (EnumHintName, EmitEnum(table));
        yield return (DataHintName, EmitData(table));
    }
}
