using System.Linq;

namespace SipStatus.Generators;

/// <summary>The warn-code table's output: the <c>SipWarningCode</c> enum and the rows of <c>SipWarningCatalog</c>.</summary>
internal static partial class Emitter
{
    public const string WarningsHintName = "SipWarningCodes.g.cs";

    public static string EmitWarnings(WarningOutput output)
    {
        var table = output.Table;
        var english = English(table.Languages);
        var sb = Header();
        OpenEnum(
            sb,
            [
                "A code of the SIP Warning header (RFC 3261 section 20.43) registered in the IANA \"Warning Codes (warn-codes)\"",
                $"registry; the value of each member is the code itself. There are {Number(table.Rows.Count)} members; each is named from the",
                "registry's text of its code. A warn-code that is not a member is still a valid value to cast.",
            ],
            "public enum SipWarningCode");
        for (var i = 0; i < table.Rows.Count; i++)
        {
            var row = table.Rows[i];
            EnumMember(sb, i == 0, $"<c>{Number(row.Code)} {Xml(row.WarnText)}</c> ({Xml(Reference(row))}): {Xml(row.RegistryDescription)}", [Xml(row.Descriptions[english])], row.Identifier, row.Code);
        }

        sb.AppendLine("}");
        sb.AppendLine();
        sb.AppendLine("/// <summary>The warn-code rows, generated from the warn-code table.</summary>");
        sb.AppendLine(s_generatedCode);
        sb.AppendLine("internal static partial class SipWarningData");
        sb.AppendLine("{");
        sb.AppendLine("    /// <summary>Creates one row per registered warn-code, in ascending code order.</summary>");
        sb.AppendLine("    internal static global::SipStatus.SipWarningInfo[] CreateRows() => new global::SipStatus.SipWarningInfo[]");
        sb.AppendLine("    {");
        foreach (var row in table.Rows)
        {
            sb.AppendLine("        new global::SipStatus.SipWarningInfo(");
            sb.AppendLine($"            global::SipStatus.SipWarningCode.{row.Identifier},");
            sb.AppendLine($"            {Literal(row.WarnText)},");
            sb.AppendLine($"            {Literal(row.RegistryDescription)},");
            sb.AppendLine($"            {Literal(Reference(row))},");
            sb.AppendLine($"            {Number(row.Rfc)},");
            sb.AppendLine($"            {(row.Section.Length == 0 ? "null" : Literal(row.Section))},");
            sb.AppendLine($"            q850CauseFor488And606: {(row.Q850Cause == -1 ? "null" : Number(row.Q850Cause))},");
            sb.AppendLine($"            {Texts(row.Descriptions)},");
            sb.AppendLine($"            {Texts(row.Hints)},");
            sb.AppendLine($"            {Texts(row.Actions)}),");
        }

        sb.AppendLine("    };");
        sb.AppendLine();
        var codes = output.MappedByWarning.OrderBy(static c => c).ToList();
        sb.AppendLine("    /// <summary>");
        sb.AppendLine("    /// Whether RFC 3398 section 8.2.6.1 maps a SIP status code to a Q.850 cause \"by Warning header\"");
        sb.AppendLine($"    /// ({(codes.Count == 0 ? "no code: the SIP-to-Q.850 table was not given" : string.Join(" and ", codes.Select(Number)))}).");
        sb.AppendLine("    /// </summary>");
        sb.AppendLine($"    internal static bool IsMappedByWarning(int code) => {(codes.Count == 0 ? "false" : "code is " + string.Join(" or ", codes.Select(Number)))};");
        sb.AppendLine("}");
        return Text(sb);
    }

    /// <summary>The human-readable reference of a warn-code, for example <c>RFC 3261, section 20.43</c>.</summary>
    internal static string Reference(WarningRow row) => Reference(row.Rfc, row.Section);
}
