using System.Collections.Generic;
using System.Linq;

namespace SipStatus.Generators;

/// <summary>
/// The two RFC 3398 mappings as tables of final answers: every value the lookup accepts has its slot, with the table's
/// condition and its default row already applied, so the library only range-checks and indexes.
/// </summary>
internal static partial class Emitter
{
    /// <summary>The number of Q.850 cause values: a cause is seven bits (0-127).</summary>
    private const int CauseCount = 128;

    /// <summary>
    /// RFC 3398 section 7.2.4.1: the SIP code for each cause 0-127 without a diagnostic and with one (the
    /// <c>diagnostic</c> row where the table has one, else the plain row), the default row's code for a cause the table
    /// does not list, null where the table maps to nothing; and which causes the table lists.
    /// </summary>
    public static string EmitQ850ToSip(MappingTable table)
    {
        var fallback = table.Rows.Single(static r => r.From == -1).To;
        var plain = table.Rows.Where(static r => r.From != -1 && r.Condition.Length == 0).ToDictionary(static r => r.From, static r => r.To);
        var refined = table.Rows.Where(static r => r.Condition.Length != 0).ToDictionary(static r => r.From, static r => r.To);
        static string Code(int to) => to == -1 ? "null" : "(global::SipStatus.SipStatusCode)" + Number(to);
        int Answer(int cause) => plain.TryGetValue(cause, out var to) ? to : fallback;

        var sb = Header();
        sb.AppendLine("// RFC 3398 section 7.2.4.1, Q.850 cause to SIP response.");
        sb.AppendLine("internal static partial class Q850Data");
        sb.AppendLine("{");
        sb.AppendLine("    /// <summary>");
        sb.AppendLine("    /// The SIP response RFC 3398 gives for each cause 0-127 that carries no diagnostic, indexed by the cause: null");
        sb.AppendLine($"    /// where it says no response is sent ({Values(plain.Where(static p => p.Value == -1).Select(static p => p.Key))}), and the table's default, {Number(fallback)}, for a cause it");
        sb.AppendLine("    /// does not list.");
        sb.AppendLine("    /// </summary>");
        sb.AppendLine("    " + s_generatedCode);
        CauseTable(sb, "SipCodes", cause => Code(Answer(cause)));
        sb.AppendLine();
        sb.AppendLine("    /// <summary>");
        sb.AppendLine("    /// The SIP response RFC 3398 gives for each cause 0-127 that carries a diagnostic, indexed by the cause: as");
        sb.AppendLine($"    /// <see cref=\"SipCodes\"/> but for the causes the table maps otherwise with a diagnostic ({Values(refined.Keys)}).");
        sb.AppendLine("    /// </summary>");
        sb.AppendLine("    " + s_generatedCode);
        CauseTable(sb, "SipCodesWithDiagnostic", cause => Code(refined.TryGetValue(cause, out var to) ? to : Answer(cause)));
        sb.AppendLine();
        sb.AppendLine($"    /// <summary>Whether RFC 3398 section 7.2.4.1 lists each cause 0-127, indexed by the cause ({Number(plain.Count)} causes), rather than leaving it to the default.</summary>");
        sb.AppendLine("    " + s_generatedCode);
        sb.AppendLine($"    internal static readonly bool[] ListedCauses = new bool[{Number(CauseCount)}]");
        sb.AppendLine("    {");
        Slots(sb, 0, CauseCount, 16, cause => Bool(plain.ContainsKey(cause)));
        sb.AppendLine("    };");
        sb.AppendLine("}");
        return Text(sb);
    }

    /// <summary>
    /// RFC 3398 section 8.2.6.1: the Q.850 cause for each code 100-699, null below the table's first code
    /// (<see cref="Q850TableParser.SipToQ850FirstCode"/>) and where the table maps to nothing, the default row's cause
    /// for a code it does not list, and for a code mapped by the Warning header the cause the row gives.
    /// </summary>
    public static string EmitSipToQ850(MappingTable table)
    {
        var fallback = table.Rows.Single(static r => r.From == -1).To;
        var listed = table.Rows.Where(static r => r.From != -1).ToDictionary(static r => r.From, static r => r.To);
        var byWarning = table.Rows.Where(static r => r.Condition.Length != 0).Select(static r => r.From).ToList();
        string Cause(int code) =>
            code < Q850TableParser.SipToQ850FirstCode ? "null"
            : !listed.TryGetValue(code, out var to) ? Number(fallback)
            : to == -1 ? "null"
            : Number(to);

        var sb = Header();
        sb.AppendLine("// RFC 3398 section 8.2.6.1, SIP response to Q.850 cause.");
        sb.AppendLine("internal static partial class Q850Data");
        sb.AppendLine("{");
        sb.AppendLine("    /// <summary>");
        sb.AppendLine("    /// The Q.850 cause RFC 3398 gives for each code 100-699, indexed by the code less 100. Null below");
        sb.AppendLine($"    /// {Number(Q850TableParser.SipToQ850FirstCode)}, which section 8.2.6 (\"4xx-6xx Received\") does not map, and where the table maps to");
        sb.AppendLine($"    /// nothing ({Values(listed.Where(static p => p.Value == -1).Select(static p => p.Key))}); the table's default, {Number(fallback)}, for a code it does not list; for a code it");
        sb.AppendLine($"    /// maps by the Warning header ({Values(byWarning)}), the cause its row gives.");
        sb.AppendLine("    /// </summary>");
        sb.AppendLine("    " + s_generatedCode);
        sb.AppendLine("    internal static readonly int?[] Causes = new int?[600]");
        sb.AppendLine("    {");
        Slots(sb, 100, 600, 10, Cause);
        sb.AppendLine("    };");
        sb.AppendLine("}");
        return Text(sb);
    }

    /// <summary>A static readonly array of a slot per cause 0-127, of SIP codes unless <paramref name="type"/> says otherwise, <paramref name="perLine"/> to a line.</summary>
    private static void CauseTable(System.Text.StringBuilder sb, string name, System.Func<int, string> slot, string type = "global::SipStatus.SipStatusCode?", int perLine = 4)
    {
        sb.AppendLine($"    internal static readonly {type}[] {name} = new {type}[{Number(CauseCount)}]");
        sb.AppendLine("    {");
        Slots(sb, 0, CauseCount, perLine, slot);
        sb.AppendLine("    };");
    }

    private static string Values(IEnumerable<int> values)
    {
        var list = values.OrderBy(static v => v).Select(Number).ToList();
        return list.Count == 0 ? "none" : string.Join(", ", list);
    }
}
