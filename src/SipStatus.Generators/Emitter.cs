using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis.CSharp;

namespace SipStatus.Generators;

/// <summary>Turns valid, checked tables into C# source. Pure: the same tables give the same text.</summary>
internal static partial class Emitter
{
    public const string EnumHintName = "SipStatusCode.g.cs";
    public const string DataHintName = "SipStatusData.g.cs";
    public const string PhrasesHintName = "SipStatusPhrases.g.cs";
    public const string ClassesHintName = "SipStatusClasses.g.cs";
    public const string SentencesHintName = "SipStatusSentences.g.cs";
    public const string CausesHintName = "Q850Causes.g.cs";
    public const string Q850ToSipHintName = "Q850ToSip.g.cs";
    public const string SipToQ850HintName = "SipToQ850.g.cs";

    private static readonly string s_generatedCode =
        $"[global::System.CodeDom.Compiler.GeneratedCode(\"SipStatus.Generators\", \"{typeof(Emitter).Assembly.GetName().Version}\")]";

    public static string EmitEnum(CodeTable table)
    {
        var sb = Header();
        var english = English(table.Languages);
        OpenEnum(
            sb,
            [
                "A SIP response status code registered in the IANA \"Response Codes\" registry; the value of each member is the",
                $"code itself. There are {Number(table.Rows.Count)} members. A code that is not a member (say 431) is still a valid",
                "value to cast: see <see cref=\"SipStatusCatalog.Resolve(int)\"/> for what a user agent must treat it as.",
            ],
            "[global::System.ComponentModel.TypeConverter(typeof(global::SipStatus.Serialization.SipStatusCodeTypeConverter))]",
            "#if NET8_0_OR_GREATER",
            "[global::System.Text.Json.Serialization.JsonConverter(typeof(global::SipStatus.Serialization.SipStatusCodeJsonConverter))]",
            "#endif",
            "public enum SipStatusCode");
        for (var i = 0; i < table.Rows.Count; i++)
        {
            var row = table.Rows[i];
            var remarks = new List<string> { Xml(row.Descriptions[english]) };
            if (row.IsDeprecated)
            {
                remarks.Add($"Deprecated in the IANA registry: implementations treat a received {Number(row.Code)} like {Number(row.Code / 100)}00.");
            }

            if (row.Aliases.Count > 0)
            {
                remarks.Add($"Other wordings that lookups accept: {string.Join(", ", row.Aliases.Select(static a => "\"" + Xml(a) + "\""))}.");
            }

            EnumMember(sb, i == 0, $"<c>{Number(row.Code)} {Xml(row.ReasonPhrase)}</c> ({Xml(Reference(row))}).", remarks, row.Identifier, row.Code);
        }

        sb.AppendLine("}");
        return Text(sb);
    }

    public static string EmitClasses(ClassTable table)
    {
        var sb = Header();
        sb.AppendLine("internal static partial class SipStatusData");
        sb.AppendLine("{");
        sb.AppendLine($"    /// <summary>The display name of each class, indexed [class - 1][language] (languages: {string.Join(", ", table.Languages)}).</summary>");
        sb.AppendLine("    " + s_generatedCode);
        sb.AppendLine("    internal static readonly string[][] ClassNames = new string[][]");
        sb.AppendLine("    {");
        foreach (var row in table.Rows)
        {
            sb.AppendLine($"        {Texts(row.Names)},");
        }

        sb.AppendLine("    };");
        sb.AppendLine();
        sb.AppendLine($"    /// <summary>The description of each class, indexed [class - 1][language] (languages: {string.Join(", ", table.Languages)}).</summary>");
        sb.AppendLine("    " + s_generatedCode);
        sb.AppendLine("    internal static readonly string[][] ClassDescriptions = new string[][]");
        sb.AppendLine("    {");
        foreach (var row in table.Rows)
        {
            sb.AppendLine($"        {Texts(row.Descriptions)},");
        }

        sb.AppendLine("    };");
        sb.AppendLine("}");
        return Text(sb);
    }

    public static string EmitSentences(SentenceTable table)
    {
        var sb = Header();
        sb.AppendLine($"/// <summary>The sentence templates explanations are built from, one text per language ({string.Join(", ", table.Languages)}).</summary>");
        sb.AppendLine(s_generatedCode);
        sb.AppendLine("internal static class SipStatusSentences");
        sb.AppendLine("{");
        var first = true;
        foreach (var row in table.Rows)
        {
            if (!first)
            {
                sb.AppendLine();
            }

            first = false;
            var placeholders = TextTableParser.Placeholders(row.Texts[English(table.Languages)]);
            sb.AppendLine($"    /// <summary>{Xml(row.Texts[English(table.Languages)])}</summary>");
            sb.AppendLine($"    /// <remarks>Placeholders: {(placeholders is null or "" ? "none" : placeholders)}.</remarks>");
            sb.AppendLine($"    internal static readonly string[] {row.Key} = {Texts(row.Texts)};");
        }

        sb.AppendLine("}");
        return Text(sb);
    }

    public static string EmitCauses(CauseTable table)
    {
        var sb = Header();
        sb.AppendLine("internal static partial class Q850Data");
        sb.AppendLine("{");
        sb.AppendLine("    /// <summary>");
        sb.AppendLine("    /// The name of each cause value 0-127 in every language of the table, in ordinal order (English: ITU-T Q.850's");
        sb.AppendLine("    /// name), indexed by the cause; null where the table names none.");
        sb.AppendLine("    /// </summary>");
        sb.AppendLine("    " + s_generatedCode);
        var names = table.Rows.ToDictionary(static r => r.Cause, static r => r.Names);
        CauseTable(sb, "CauseNames", cause => names.TryGetValue(cause, out var texts) ? Texts(texts) : "null", type: "string[]?", perLine: 1);
        sb.AppendLine("}");
        return Text(sb);
    }

    /// <summary>The human-readable reference, for example <c>RFC 3261, section 21.4.24</c>.</summary>
    internal static string Reference(CodeRow row) => Reference(row.Rfc, row.Section);

    /// <summary>The human-readable reference to an RFC and its section (none where empty), for example <c>RFC 3261, section 20.43</c>.</summary>
    private static string Reference(int rfc, string section) =>
        section.Length == 0 ? $"RFC {Number(rfc)}" : $"RFC {Number(rfc)}, section {section}";

    /// <summary>The opening of a generated type: its summary lines, the GeneratedCode attribute, the declaration lines and the brace.</summary>
    private static void OpenEnum(StringBuilder sb, string[] summary, params string[] declaration)
    {
        sb.AppendLine("/// <summary>");
        foreach (var line in summary)
        {
            sb.AppendLine($"/// {line}");
        }

        sb.AppendLine("/// </summary>");
        sb.AppendLine(s_generatedCode);
        foreach (var line in declaration)
        {
            sb.AppendLine(line);
        }

        sb.AppendLine("{");
    }

    /// <summary>One member of a generated enum, after a blank line unless it is the first: its summary, the lines of its remarks and its value.</summary>
    private static void EnumMember(StringBuilder sb, bool first, string summary, IEnumerable<string> remarks, string identifier, int value)
    {
        if (!first)
        {
            sb.AppendLine();
        }

        sb.AppendLine("    /// <summary>");
        sb.AppendLine($"    /// {summary}");
        sb.AppendLine("    /// </summary>");
        sb.AppendLine("    /// <remarks>");
        foreach (var line in remarks)
        {
            sb.AppendLine($"    /// {line}");
        }

        sb.AppendLine("    /// </remarks>");
        sb.AppendLine($"    {identifier} = {Number(value)},");
    }

    /// <summary>The opening every generated file shares: the auto-generated marks and the namespace.</summary>
    private static StringBuilder Header()
    {
        var sb = new StringBuilder();
        sb.AppendLine("// <auto-generated/>");
        sb.AppendLine("// Generated by SipStatus.Generators from the tables in src/SipStatus. Edit the tables, not this file.");
        sb.AppendLine("#nullable enable");
        sb.AppendLine();
        sb.AppendLine("namespace SipStatus;");
        sb.AppendLine();
        return sb;
    }

    /// <summary>The text with LF line ends whatever the platform, so the output is the same everywhere.</summary>
    private static string Text(StringBuilder sb) => sb.ToString().Replace("\r\n", "\n");

    private static string Literal(string value) => SymbolDisplay.FormatLiteral(value, quote: true);

    private static string Texts(EquatableArray<string> texts) => $"new string[] {{ {string.Join(", ", texts.Select(Literal))} }}";

    private static string Bool(bool value) => value ? "true" : "false";

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static int English(EquatableArray<string> languages)
    {
        for (var i = 0; i < languages.Count; i++)
        {
            if (languages[i] == "en")
            {
                return i;
            }
        }

        return 0;
    }

    private static string Xml(string value) =>
        value.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;");

    /// <summary>The sources generated from the status-code table: the enum, the catalog rows and tables, the phrase table.</summary>
    internal static IEnumerable<(string HintName, string Source)> EmitCodes(CodeTable codes)
    {
        yield return (EnumHintName, EmitEnum(codes));
        yield return (DataHintName, EmitData(codes));
        yield return (PhrasesHintName, EmitPhrases(codes));
    }
}
