using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;

namespace SipStatus.Tests;

/// <summary>
/// The Status-Line rules of RFC 3261 section 25.1 as the RFC prints them (TestData/rfc3261-25.1-status-line.txt), read
/// by a small reader of their ABNF: a rule's alternatives, resolved to the single characters they admit.
/// </summary>
internal static class Rfc3261Grammar
{
    /// <summary>
    /// The core rules of RFC 2234 section 6.1 that these rules use. RFC 2234 is not in the reference folder; the values
    /// are those of its core rules as published in the RFC 2234 ABNF file at
    /// http://www.cs.columbia.edu/sip/syntax/abnfperl/rfc2234.abnf (ALPHA = %x41-5A / %x61-7A, DIGIT = %x30-39,
    /// SP = %x20, HTAB = %x09).
    /// </summary>
    private static readonly Dictionary<string, string> s_coreRules = new(StringComparer.Ordinal)
    {
        ["ALPHA"] = "%x41-5A / %x61-7A",
        ["DIGIT"] = "%x30-39",
        ["SP"] = "%x20",
        ["HTAB"] = "%x09",
    };

    /// <summary>The quoted text, as the RFC prints it.</summary>
    public static string Text { get; } = TestFiles.ReadAll("rfc3261-25.1-status-line.txt");

    /// <summary>
    /// The ASCII characters that Reason-Phrase admits one by one (reserved, unreserved, SP, HTAB), read from the rules;
    /// <c>escaped</c>, <c>UTF8-NONASCII</c> and <c>UTF8-CONT</c> are sequences or bytes above ASCII and are not in it.
    /// </summary>
    public static IReadOnlySet<char> ReasonPhraseCharacters { get; } = SingleCharacters("Reason-Phrase");

    /// <summary>
    /// The right-hand side of a rule, its continuation lines (those that start with blanks and "/") joined with single
    /// spaces, for example <c>*(reserved / unreserved / escaped / UTF8-NONASCII / UTF8-CONT / SP / HTAB)</c>.
    /// </summary>
    public static string Rule(string name)
    {
        var lines = Text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var start = Array.FindIndex(lines, line => Regex.IsMatch(line, $@"^\s*{Regex.Escape(name)}\s+=\s"));
        if (start < 0)
        {
            throw new InvalidOperationException($"The quoted grammar has no rule {name}.");
        }

        var body = new StringBuilder(lines[start][(lines[start].IndexOf('=') + 1)..].Trim());
        for (var i = start + 1; i < lines.Length && Regex.IsMatch(lines[i], @"^\s+/"); i++)
        {
            body.Append(' ').Append(lines[i].Trim());
        }

        return Regex.Replace(body.ToString(), @"\s+", " ");
    }

    /// <summary>The single ASCII characters a rule admits, following the rule names it refers to.</summary>
    private static HashSet<char> SingleCharacters(string name)
    {
        var body = s_coreRules.TryGetValue(name, out var core) ? core : Rule(name);
        if (body.StartsWith("*(", StringComparison.Ordinal) && body.EndsWith(')'))
        {
            body = body[2..^1];
        }

        var characters = new HashSet<char>();
        foreach (var alternative in Alternatives(body))
        {
            var literal = Regex.Match(alternative, "^\"(.)\"$");
            var range = Regex.Match(alternative, "^%x([0-9A-Fa-f]{2})(?:-([0-9A-Fa-f]{2}))?$");
            if (literal.Success)
            {
                characters.Add(literal.Groups[1].Value[0]);
            }
            else if (range.Success)
            {
                var low = Convert.ToInt32(range.Groups[1].Value, 16);
                var high = range.Groups[2].Success ? Convert.ToInt32(range.Groups[2].Value, 16) : low;
                characters.UnionWith(Enumerable.Range(low, high - low + 1).Where(c => c < 0x80).Select(c => (char)c));
            }
            else if (!alternative.Contains(' ', StringComparison.Ordinal))
            {
                characters.UnionWith(SingleCharacters(alternative));
            }

            // Anything else is a sequence ("%" HEXDIG HEXDIG, %xC0-DF 1UTF8-CONT): not one character.
        }

        return characters;
    }

    /// <summary>The alternatives of an ABNF body: split at "/" outside quotes.</summary>
    private static IEnumerable<string> Alternatives(string body)
    {
        var current = new StringBuilder();
        var quoted = false;
        foreach (var c in body)
        {
            if (c == '"')
            {
                quoted = !quoted;
            }

            if (c == '/' && !quoted)
            {
                yield return current.ToString().Trim();
                current.Clear();
            }
            else
            {
                current.Append(c);
            }
        }

        yield return current.ToString().Trim();
    }
}
