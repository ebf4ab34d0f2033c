using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using FluentAssertions;
using Xunit;

namespace SipStatus.Tests;

/// <summary>
/// Every text a person reads, in every language, held to docs/glossary.md: the words TestData/glossary-rejected.tsv
/// rejects for a language appear in none of its texts, and every non-English text differs from its English.
/// </summary>
public class GlossaryTests
{
    private static readonly CultureInfo s_english = CultureInfo.GetCultureInfo("en");

    /// <summary>(language, rejected, preferred) rows of the data file.</summary>
    private static readonly IReadOnlyList<(string Language, string Rejected, string Preferred)> s_rejected =
        TestFiles.ReadLines("glossary-rejected.tsv")
            .Where(line => line.Length > 0 && !line.StartsWith('#') && !line.StartsWith("language\t", StringComparison.Ordinal))
            .Select(line => line.Split('\t'))
            .Select(cells => (cells[0], cells[1], cells[2]))
            .ToList();

    /// <summary>The Dutch overviews the catalog started from: a hint quoted from them verbatim keeps their words.</summary>
    private static readonly string s_seeds = string.Concat(
        new[] { "sip-status-overview-1.txt", "sip-status-overview-2.txt" }
            .Select(seed => TestFiles.ReadAll(seed)));

    public static TheoryData<string> Languages()
    {
        var data = new TheoryData<string>();
        foreach (var language in s_rejected.Select(r => r.Language).Distinct())
        {
            data.Add(language);
        }

        return data;
    }

    [Fact]
    public void The_data_covers_English_and_Dutch_and_names_a_preferred_term_for_every_word()
    {
        s_rejected.Select(r => r.Language).Distinct().Should().BeEquivalentTo("en", "nl");
        s_rejected.Should().OnlyContain(r => r.Rejected.Trim().Length > 0 && r.Preferred.Trim().Length > 0);
        s_rejected.Select(r => (r.Language, r.Rejected.ToLowerInvariant())).Should().OnlyHaveUniqueItems();
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void No_text_of_a_language_uses_a_word_its_glossary_rejects(string language)
    {
        var culture = CultureInfo.GetCultureInfo(language);
        var rejected = s_rejected.Where(r => r.Language == language).ToList();
        var failures = new List<string>();
        foreach (var (where, text, quoted) in Texts(culture))
        {
            if (quoted)
            {
                continue;
            }

            foreach (var (_, word, preferred) in rejected)
            {
                if (Uses(text, word))
                {
                    failures.Add($"{where} uses '{word}' (say '{preferred}'): {text}");
                }
            }
        }

        failures.Should().BeEmpty();
    }

    [Fact]
    public void The_check_finds_a_whole_word_or_phrase_in_any_case_and_nothing_inside_a_word()
    {
        Uses("Het toestel, niet de Apparatuur.", "apparatuur").Should().BeTrue();
        Uses("zie RFC 3261 Sectie 8.1.3.2", "sectie").Should().BeTrue();
        Uses("Schakel die optie uit", "volgende schakel").Should().BeFalse();
        Uses("abonnementsinstellingen", "abonnement").Should().BeFalse();
        Uses("responsecode", "response").Should().BeFalse();
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Every_text_of_another_language_differs_from_its_English(string language)
    {
        if (language == "en")
        {
            return;
        }

        var culture = CultureInfo.GetCultureInfo(language);
        var english = Texts(s_english).ToList();
        var translated = Texts(culture).ToList();
        translated.Select(t => t.Where).Should().Equal(english.Select(t => t.Where), "both languages have the same texts");
        for (var i = 0; i < english.Count; i++)
        {
            translated[i].Text.Should().NotBe(english[i].Text, "{0} in {1} is a translation", english[i].Where, language);
        }
    }

    private static bool Uses(string text, string word) =>
        Regex.IsMatch(text, @"(?<![\p{L}\p{Nd}])" + Regex.Escape(word) + @"(?![\p{L}\p{Nd}])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    /// <summary>
    /// Every text of the language, named: descriptions, hints, class names and descriptions, and the explanations of
    /// every code from 100 to 699 and of SIP, Q.850 and other Reason values; the descriptions, hints and explanations of
    /// the warn-codes. Quoted parts ("...": Q.850 cause names, the sender's text) and the registries' reason phrases and
    /// warn-code texts are other people's words and are left out. A hint the Dutch
    /// overviews print verbatim is marked quoted, and left out of explanations: the catalog keeps their words
    /// (SipStatusCodes.tsv's header).
    /// </summary>
    private static IEnumerable<(string Where, string Text, bool Quoted)> Texts(CultureInfo culture)
    {
        foreach (var info in SipStatusCatalog.All)
        {
            yield return ($"the description of {info.Value}", info.GetDescription(culture)!, false);
            if (info.GetHint(culture) is { } hint)
            {
                yield return ($"the hint of {info.Value}", hint, IsQuotedFromTheSeeds(hint));
            }
        }

        foreach (var statusClass in Enum.GetValues<SipStatusClass>())
        {
            yield return ($"the name of class {(int)statusClass}xx", statusClass.GetDisplayName(culture), false);
            yield return ($"the description of class {(int)statusClass}xx", statusClass.GetDescription(culture), false);
        }

        for (var code = SipStatusCatalog.MinCode; code <= SipStatusCatalog.MaxCode; code++)
        {
            yield return ($"Explain({code})", OwnWords(SipStatusCatalog.Explain(code, culture), culture), false);
        }

        var reasons = new List<SipReason> { new("SIP", 486, "Busy"), new("SIP", 999), new("Q.850", 200), new("X-Vendor", 7) };
        reasons.AddRange(Enumerable.Range(0, Q850.MaxCause + 1).Select(cause => new SipReason("Q.850", cause)));
        foreach (var reason in reasons)
        {
            yield return ($"the explanation of Reason {reason}", OwnWords(reason.Explain(culture), culture), false);
        }

        foreach (var info in SipWarningCatalog.All)
        {
            yield return ($"the description of warn-code {info.Value}", info.GetDescription(culture), false);
            yield return ($"the hint of warn-code {info.Value}", info.GetHint(culture), false);
            var warning = new SipWarning(info.Value, "sbc.example.net", info.WarnText);
            yield return ($"the explanation of Warning {warning}", OwnWords(warning.Explain(culture), culture), false);
        }

        foreach (var code in new[] { 309, 335, 345, 375, 385 })
        {
            var unregistered = new SipWarning(code, "gw.example.net", "Codec list too long");
            yield return ($"the explanation of Warning {unregistered}", OwnWords(unregistered.Explain(culture), culture), false);
        }
    }

    private static string OwnWords(string text, CultureInfo culture)
    {
        text = Regex.Replace(text, "\"[^\"]*\"", "\"\"");
        foreach (var warning in SipWarningCatalog.All)
        {
            text = text.Replace("(" + warning.WarnText + ")", "()", StringComparison.Ordinal);
        }

        foreach (var info in SipStatusCatalog.All.OrderByDescending(i => i.ReasonPhrase.Length))
        {
            text = text.Replace(info.ReasonPhrase, string.Empty, StringComparison.Ordinal);
            if (info.GetHint(culture) is { } hint && IsQuotedFromTheSeeds(hint))
            {
                text = text.Replace(hint, string.Empty, StringComparison.Ordinal);
            }
        }

        return text;
    }

    private static bool IsQuotedFromTheSeeds(string hint) => s_seeds.Contains("(" + hint + ")", StringComparison.Ordinal);
}
