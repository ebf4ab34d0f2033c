using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;
using FluentAssertions;

namespace SipStatus.Tests;

/// <summary>
/// The RFC sentences the catalog's texts follow (TestData/rfc-quotes.txt), copied verbatim with RFC number and section:
/// a test names the quote it follows, checks that the quote says what the rule relies on, then checks the catalog.
/// </summary>
internal static class RfcQuotes
{
    private static readonly Regex s_source = new(@"^RFC (?<rfc>\d{4}) section (?<section>\d+(\.\d+)*)$");

    /// <summary>Every quote by its id.</summary>
    public static IReadOnlyDictionary<string, Quote> All { get; } = Load();

    /// <summary>The quote with this id.</summary>
    public static Quote Get(string id) => All.TryGetValue(id, out var quote) ? quote : throw new KeyNotFoundException($"no quote '{id}' in rfc-quotes.txt");

    private static Dictionary<string, Quote> Load()
    {
        var quotes = new Dictionary<string, Quote>(StringComparer.Ordinal);
        string? id = null;
        string? source = null;
        var lines = new List<string>();
        void Flush()
        {
            if (id is not null)
            {
                quotes.Add(id, Quote.Of(source!, lines));
            }

            lines.Clear();
        }

        foreach (var line in TestFiles.ReadLines("rfc-quotes.txt"))
        {
            if (line.StartsWith('#'))
            {
                continue;
            }

            if (line.StartsWith("== ", StringComparison.Ordinal))
            {
                Flush();
                var parts = line[3..].Split(" | ");
                (id, source) = (parts[0], parts[1]);
            }
            else
            {
                lines.Add(line);
            }
        }

        Flush();
        return quotes;
    }

    /// <summary>One quote: where it stands and what it says.</summary>
    /// <param name="Source">For example <c>RFC 3261 section 21.4.9</c>.</param>
    /// <param name="Rfc">The RFC's number; 0 for the IANA registry.</param>
    /// <param name="Section">The section; null for the IANA registry.</param>
    /// <param name="Text">The quoted lines joined, runs of white space as one space.</param>
    public sealed record Quote(string Source, int Rfc, string? Section, string Text)
    {
        public static Quote Of(string source, IEnumerable<string> lines)
        {
            var text = Regex.Replace(string.Join(" ", lines), @"\s+", " ").Trim();
            var match = s_source.Match(source);
            return match.Success
                ? new Quote(source, int.Parse(match.Groups["rfc"].Value), match.Groups["section"].Value, text)
                : new Quote(source, 0, null, text);
        }

        /// <summary>Asserts that the quote says <paramref name="words"/> (white space as in <see cref="Text"/>) and returns it.</summary>
        public Quote Says(string words)
        {
            Text.Should().Contain(words, "{0} is quoted as saying so", Source);
            return this;
        }
    }
}
