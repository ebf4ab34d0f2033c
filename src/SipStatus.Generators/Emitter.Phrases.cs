using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace SipStatus.Generators;

/// <summary>The phrase lookup table: every wording's key under the shared rule, placed by the shared hash.</summary>
internal static partial class Emitter
{
    /// <summary>
    /// The keys of every registry phrase and alias (<see cref="PhraseKey.Of"/>), the codes each names, and the
    /// open-addressing table that finds a key by <see cref="PhraseKey.Hash"/>; with them, what the lookup needs to
    /// refuse a phrase at once: the longest key and, for each ASCII character, whether any key holds it.
    /// </summary>
    public static string EmitPhrases(CodeTable table)
    {
        // Rows are in ascending code order, so each key's codes are too.
        var codesByKey = new SortedDictionary<string, List<CodeRow>>(System.StringComparer.Ordinal);
        foreach (var row in table.Rows)
        {
            foreach (var key in row.Aliases.Prepend(row.ReasonPhrase).Select(PhraseKey.Of).Distinct())
            {
                if (!codesByKey.TryGetValue(key, out var rows))
                {
                    codesByKey[key] = rows = new List<CodeRow>();
                }

                rows.Add(row);
            }
        }

        var keys = codesByKey.Keys.ToList();
        var bits = 1;
        while ((1 << bits) < 2 * keys.Count)
        {
            bits++;
        }

        var slots = new int[1 << bits];
        for (var i = 0; i < keys.Count; i++)
        {
            var slot = PhraseKey.FirstSlot(HashOf(keys[i]), bits);
            while (slots[slot] != 0)
            {
                slot = (slot + 1) & (slots.Length - 1);
            }

            slots[slot] = i + 1;
        }

        var alphabet = new HashSet<char>(keys.SelectMany(static k => k));
        var sb = Header();
        sb.AppendLine("/// <summary>");
        sb.AppendLine($"/// The {keys.Count} keys of the registry phrases and aliases under the rule of <see cref=\"PhraseKey\"/>, the codes");
        sb.AppendLine("/// each names, and the open-addressing table that finds a key by <see cref=\"PhraseKey.Hash\"/>.");
        sb.AppendLine("/// </summary>");
        sb.AppendLine(s_generatedCode);
        sb.AppendLine("internal static class PhraseTable");
        sb.AppendLine("{");
        sb.AppendLine("    /// <summary>The length of the longest key: a phrase with more significant characters names no code.</summary>");
        sb.AppendLine($"    internal const int LongestKey = {Number(keys.Count == 0 ? 0 : keys.Max(static k => k.Length))};");
        sb.AppendLine();
        sb.AppendLine("    /// <summary>");
        sb.AppendLine("    /// For each ASCII character: its folded form when a key holds that, <c>'\\0'</c> when the rule ignores the");
        sb.AppendLine("    /// character, <c>'\\uFFFF'</c> when it is significant but no key holds it.");
        sb.AppendLine("    /// </summary>");
        sb.AppendLine("    internal const string Ascii =");
        for (var line = 0; line < 0x80; line += 16)
        {
            var chars = Enumerable.Range(line, 16).Select(c => AsciiEntry((char)c, alphabet));
            var end = line + 16 == 0x80 ? ";" : " +";
            sb.AppendLine($"        {Literal(string.Concat(chars))}{end} // 0x{line.ToString("X2", CultureInfo.InvariantCulture)}-0x{(line + 15).ToString("X2", CultureInfo.InvariantCulture)}");
        }

        sb.AppendLine();
        sb.AppendLine("    /// <summary>The characters outside ASCII that keys hold, in ordinal order.</summary>");
        sb.AppendLine($"    internal const string OtherKeyChars = {Literal(string.Concat(alphabet.Where(static c => c >= 0x80).OrderBy(static c => c)))};");
        sb.AppendLine();
        sb.AppendLine("    /// <summary>The number of slots is 2 to this power.</summary>");
        sb.AppendLine($"    internal const int SlotBits = {Number(bits)};");
        sb.AppendLine();
        sb.AppendLine("    /// <summary>The keys, in ordinal order.</summary>");
        sb.AppendLine("    internal static readonly string[] Keys = new string[]");
        sb.AppendLine("    {");
        foreach (var key in keys)
        {
            sb.AppendLine($"        {Literal(key)},");
        }

        sb.AppendLine("    };");
        sb.AppendLine();
        sb.AppendLine("    /// <summary>The codes each key names, in ascending order, indexed as <see cref=\"Keys\"/>.</summary>");
        sb.AppendLine("    internal static readonly global::System.Collections.ObjectModel.ReadOnlyCollection<global::SipStatus.SipStatusInfo>[] Codes =");
        sb.AppendLine("        new global::System.Collections.ObjectModel.ReadOnlyCollection<global::SipStatus.SipStatusInfo>[]");
        sb.AppendLine("    {");
        foreach (var key in keys)
        {
            sb.AppendLine($"        Rows({string.Join(", ", codesByKey[key].Select(static r => "global::SipStatus.SipStatusCode." + r.Identifier))}),");
        }

        sb.AppendLine("    };");
        sb.AppendLine();
        sb.AppendLine("    /// <summary>The one code each key names, indexed as <see cref=\"Keys\"/>; null where it names several.</summary>");
        sb.AppendLine("    internal static readonly global::SipStatus.SipStatusInfo?[] Single = new global::SipStatus.SipStatusInfo?[]");
        sb.AppendLine("    {");
        foreach (var key in keys)
        {
            var rows = codesByKey[key];
            sb.AppendLine(rows.Count == 1 ? $"        global::SipStatus.SipStatusCatalog.Get(global::SipStatus.SipStatusCode.{rows[0].Identifier})," : "        null,");
        }

        sb.AppendLine("    };");
        sb.AppendLine();
        sb.AppendLine("    /// <summary>For each slot, one more than the index of the key it holds; 0 where it is empty.</summary>");
        sb.AppendLine("    internal static readonly short[] Slots = new short[]");
        sb.AppendLine("    {");
        for (var line = 0; line < slots.Length; line += 16)
        {
            sb.AppendLine($"        {string.Join(", ", slots.Skip(line).Take(16).Select(Number))},");
        }

        sb.AppendLine("    };");
        sb.AppendLine();
        sb.AppendLine("    private static global::System.Collections.ObjectModel.ReadOnlyCollection<global::SipStatus.SipStatusInfo> Rows(params global::SipStatus.SipStatusCode[] codes) =>");
        sb.AppendLine("        new(global::System.Array.ConvertAll(codes, global::SipStatus.SipStatusCatalog.Get));");
        sb.AppendLine("}");
        return Text(sb);
    }

    private static uint HashOf(string key) => PhraseKey.Hash(key[0], key[key.Length / 2], key[key.Length - 1], key.Length);

    private static char AsciiEntry(char c, HashSet<char> alphabet) =>
        !PhraseKey.IsSignificant(c) ? '\0' : alphabet.Contains(PhraseKey.Fold(c)) ? PhraseKey.Fold(c) : '\uFFFF';
}
