using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using FluentAssertions;
using Xunit;

namespace SipStatus.Tests;

/// <summary>
/// The two Dutch source documents (TestData/sip-status-overview-*.txt), read as published: every code they list is
/// in the catalog, their errors are corrected, and their other wordings survive only as aliases.
/// </summary>
public class SeedTests
{
    private static readonly Regex s_seedRow = new(@"^\s*(?:•\s*)?(?:<b>)?(\d{3})(?:</b>)?\s+(.+?)\s*$", RegexOptions.Multiline);

    /// <summary>Every (code, wording, Dutch note) a seed prints; the note is the text in parentheses, if any.</summary>
    internal static IEnumerable<(string Seed, int Code, string Wording, string? Note)> SeedRows()
    {
        foreach (var seed in new[] { "sip-status-overview-1.txt", "sip-status-overview-2.txt" })
        {
            var text = TestFiles.ReadAll(seed);
            foreach (Match match in s_seedRow.Matches(text))
            {
                var code = int.Parse(match.Groups[1].Value);
                var rest = match.Groups[2].Value;
                var note = Regex.Match(rest, @"\((.*)\)");
                var wording = (note.Success ? rest[..note.Index] : rest).Trim();
                yield return (seed, code, wording, note.Success ? note.Groups[1].Value : null);
            }
        }
    }

    [Fact]
    public void The_seeds_list_51_codes_and_every_one_is_in_the_catalog()
    {
        var codes = SeedRows().Select(r => r.Code).Distinct().ToList();
        codes.Should().HaveCount(51, "5 + 1 + 5 + 29 + 7 + 4 codes by class");
        foreach (var code in codes)
        {
            SipStatusCatalog.TryGet(code, out var info).Should().BeTrue("the seeds list {0}", code);
            info!.Value.Should().Be(code);
        }
    }

    [Theory]
    [InlineData(500, "Server Internal Error")]
    [InlineData(501, "Not Implemented")]
    [InlineData(502, "Bad Gateway")]
    [InlineData(503, "Service Unavailable")]
    [InlineData(504, "Server Time-out")]
    [InlineData(408, "Request Timeout")]
    [InlineData(414, "Request-URI Too Long")]
    [InlineData(416, "Unsupported URI Scheme")]
    [InlineData(422, "Session Interval Too Small")]
    [InlineData(481, "Call/Transaction Does Not Exist")]
    [InlineData(485, "Ambiguous")]
    [InlineData(604, "Does Not Exist Anywhere")]
    public void The_catalog_corrects_the_seeds(int code, string phrase)
    {
        SipStatusCatalog.Get((SipStatusCode)code).ReasonPhrase.Should().Be(phrase);
    }

    [Fact]
    public void Every_other_seed_wording_is_an_alias_of_its_code()
    {
        var variants = new HashSet<(int, string)>();
        foreach (var (seed, code, wording, _) in SeedRows())
        {
            // The first seed prints 500-504 with the 3xx phrases: those rows are wrong, not variants.
            if (seed.EndsWith("1.txt", StringComparison.Ordinal) && code is >= 500 and <= 504)
            {
                continue;
            }

            // The first seed runs its last row into the next page's title ("Not AcceptableHandig overzicht...").
            var clean = code == 606 ? wording.Replace("Handig overzicht met alle SIP Response codes (statuscode)", string.Empty) : wording;
            var info = SipStatusCatalog.Get((SipStatusCode)code);
            if (PhraseRule.Key(clean) != PhraseRule.Key(info.ReasonPhrase))
            {
                info.Aliases.Should().Contain(clean, "{0} prints '{1}' for {2}", seed, clean, code);
                variants.Add((code, clean));
            }
        }

        variants.Should().HaveCount(7, "the seeds have seven distinct wordings that differ from the registry's");
    }

    [Fact]
    public void The_first_seed_s_wrong_5xx_phrases_are_not_aliases()
    {
        foreach (var code in new[] { 500, 501, 502, 503, 504 })
        {
            var aliases = SipStatusCatalog.Get((SipStatusCode)code).Aliases;
            aliases.Should().NotContain(new[] { "Multiple Choices", "Moved Permanently", "Moved Temporarily", "Use Proxy", "Alternative Service" });
        }
    }

    [Theory]
    [InlineData(404, "nummer niet herkend")]
    [InlineData(484, "gebelde nummer niet compleet")]
    [InlineData(486, "apparatuur gebelde partij in gesprek")]
    [InlineData(500, "fout bij opzetten gesprek, probeer nogmaals")]
    public void The_seeds_Dutch_hints_are_kept_where_true_with_their_spelling_corrected(int code, string hint)
    {
        SipStatusCatalog.Get((SipStatusCode)code).GetHint(SipLanguage.Dutch).Should().Be(hint);
    }

    [Fact]
    public void Every_Dutch_note_in_the_seeds_is_kept_trimmed_or_rewritten_as_the_catalog_header_says()
    {
        var notes = SeedRows().Where(r => r.Note is not null).ToList();
        notes.Select(n => n.Code).Distinct().Should().BeEquivalentTo(new[] { 404, 408, 484, 486, 487, 500, 503 });
        foreach (var (_, code, _, note) in notes)
        {
            // The seeds differ in spacing around '/' and one drops the 'e' of 'gebelde': compare the words that matter.
            var hint = SipStatusCatalog.Get((SipStatusCode)code).GetHint(SipLanguage.Dutch);
            hint.Should().NotBeNull();
            var noteWords = Words(note!).Select(w => w == "gebeld" ? "gebelde" : w).ToList();
            var hintWords = Words(hint!).ToList();
            switch (code)
            {
                case 404:
                    // "incompleet" is 484's case (RFC 3261 section 21.4.22): the hint keeps only what 404 means.
                    noteWords.Should().EndWith("incompleet");
                    hintWords.Should().Equal(noteWords.Take(noteWords.Count - 1));
                    break;
                case 408 or 487 or 503:
                    // These notes blamed the callee's side; the rewritten hints are checked in RfcRuleTests.
                    hintWords.Should().NotEqual(noteWords);
                    break;
                default:
                    hintWords.Should().Equal(noteWords);
                    break;
            }
        }
    }

    private static IEnumerable<string> Words(string text) => Regex.Split(text, @"[\s/,]+").Where(w => w.Length > 0);
}
