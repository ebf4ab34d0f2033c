using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using FluentAssertions;
using Xunit;

namespace SipStatus.Tests;

/// <summary>
/// The hot paths take shortcuts (a one-pass scan for canonical status lines; a phrase lookup that stops early);
/// these tests hold the shortcuts to giving exactly the answers of the rules they stand for.
/// </summary>
public class FastPathTests
{
    private static readonly string[] s_separators = [" ", "  ", "-", "_", "/", ".", "\t", "–", "\u00A0", string.Empty];

    /// <summary>The codes the rule says <paramref name="phrase"/> names: every wording compared by its key.</summary>
    private static List<int> ByTheRule(string phrase)
    {
        var key = PhraseRule.Key(phrase);
        return SipStatusCatalog.All
            .Where(info => PhraseRule.Key(info.ReasonPhrase) == key || info.Aliases.Any(alias => PhraseRule.Key(alias) == key))
            .Select(info => info.Value)
            .ToList();
    }

    private static void ShouldFindByTheRule(string phrase)
    {
        var expected = ByTheRule(phrase);
        SipStatusCatalog.FindByReasonPhrase(phrase).Select(info => info.Value).Should().Equal(expected, "'{0}' names {1}", phrase, string.Join(", ", expected));
        SipStatusCatalog.FindByReasonPhrase(phrase.AsSpan()).Select(info => info.Value).Should().Equal(expected);
        SipStatusCatalog.TryFindByReasonPhrase(phrase, out var single).Should().Be(expected.Count == 1);
        single?.Value.Should().Be(expected[0]);
        SipStatusCatalog.TryFindByReasonPhrase(phrase.AsSpan(), out var fromSpan).Should().Be(expected.Count == 1);
        fromSpan.Should().BeSameAs(single);
    }

    [Fact]
    public void Every_wording_in_any_case_spacing_and_padding_finds_what_the_rule_says()
    {
        var random = new Random(6);
        var wordings = SipStatusCatalog.All.SelectMany(info => info.Aliases.Prepend(info.ReasonPhrase)).ToArray();
        foreach (var wording in wordings)
        {
            // Padding from 0 to 40 characters takes the input past the longest key; padding is not significant.
            for (var pad = 0; pad <= 40; pad++)
            {
                var sb = new StringBuilder().Append(' ', random.Next(pad + 1));
                foreach (var c in wording)
                {
                    sb.Append(random.Next(3) switch { 0 => char.ToUpperInvariant(c), 1 => char.ToLowerInvariant(c), _ => c });
                    if (random.Next(4) == 0)
                    {
                        sb.Append(s_separators[random.Next(s_separators.Length)]);
                    }
                }

                sb.Append('-', random.Next(pad + 1));
                ShouldFindByTheRule(sb.ToString());
            }
        }
    }

    [Fact]
    public void Near_misses_non_ASCII_letters_and_long_input_find_what_the_rule_says()
    {
        var random = new Random(6);
        var wordings = SipStatusCatalog.All.SelectMany(info => info.Aliases.Prepend(info.ReasonPhrase)).ToArray();
        foreach (var wording in wordings)
        {
            var at = random.Next(wording.Length);
            ShouldFindByTheRule(wording.Remove(at, 1));
            ShouldFindByTheRule(wording.Insert(at, "x"));
            ShouldFindByTheRule(wording.Insert(at, "é"));
            ShouldFindByTheRule(wording + "1");
            ShouldFindByTheRule(wording.Replace('k', '\u212A').Replace('K', '\u212A')); // KELVIN SIGN folds to 'k'
            ShouldFindByTheRule(wording.Replace('i', '\u0130'));                       // LATIN CAPITAL I WITH DOT ABOVE
            ShouldFindByTheRule(string.Concat(wording.Select(c => c is >= 'A' and <= 'Z' ? (char)(c - 'A' + 'Ａ') : c))); // full-width
            ShouldFindByTheRule(wording + new string(' ', 100));
            ShouldFindByTheRule(string.Join("  ", Enumerable.Repeat(wording, 5)));
        }

        ShouldFindByTheRule(new string('a', 64));
        ShouldFindByTheRule(new string('a', 65));
        ShouldFindByTheRule(string.Concat(Enumerable.Repeat("Busy Here ", 40)));
        ShouldFindByTheRule(new string('-', 200));
        for (var length = 0; length < 40; length++)
        {
            ShouldFindByTheRule(new string(Enumerable.Range(0, length).Select(_ => (char)random.Next(0x20, 0x250)).ToArray()));
        }
    }

    /// <summary>Parses through every overload and checks they agree; null when every overload refuses.</summary>
    private static SipStatusLine? ParseAll(string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        var ok = SipStatusLine.TryParse(text, out var line);
        SipStatusLine.TryParse(text.AsSpan(), out var fromSpan).Should().Be(ok, text);
        SipStatusLine.TryParse(bytes, out var fromBytes).Should().Be(ok, text);
        SipStatusLine.TryParse(bytes.AsSpan(), out var fromByteSpan).Should().Be(ok, text);
        fromSpan.Should().Be(line);
        fromBytes.Should().Be(line);
        fromByteSpan.Should().Be(line);
        if (ok)
        {
            SipStatusLine.Parse(text).Should().Be(line);
            SipStatusLine.Parse(bytes.AsSpan()).Should().Be(line);
        }
        else
        {
            FluentActions.Invoking(() => SipStatusLine.Parse(text)).Should().Throw<FormatException>();
            FluentActions.Invoking(() => SipStatusLine.Parse(bytes)).Should().Throw<FormatException>();
        }

        return ok ? line : null;
    }

    [Fact]
    public void A_canonical_line_of_every_code_reads_the_same_with_every_line_end_and_reuses_the_registry_strings()
    {
        foreach (var info in SipStatusCatalog.All)
        {
            foreach (var end in new[] { string.Empty, "\n", "\r\n", "\nVia: x", "\r\nVia: x\r\n\r\n" })
            {
                var line = ParseAll($"SIP/2.0 {info.Value} {info.ReasonPhrase}{end}")!.Value;
                line.Code.Should().Be(info.Value);
                line.ReasonPhrase.Should().BeSameAs(info.ReasonPhrase);
                line.Version.Should().BeSameAs(SipStatusLine.DefaultVersion);
                line.IsCanonicalReasonPhrase.Should().BeTrue();
            }
        }
    }

    [Fact]
    public void Whatever_differs_from_a_canonical_line_gets_the_full_scan_answer()
    {
        foreach (var info in SipStatusCatalog.All)
        {
            var code = info.Value;
            var phrase = info.ReasonPhrase;

            // Refused as the full scan refuses: a control character ends the phrase, or a separator is wrong.
            foreach (var end in new[] { "\r", "\rX", "\r\r\n", "\0", "\u007f", "\u0085" })
            {
                ParseAll($"SIP/2.0 {code} {phrase}{end}").Should().BeNull();
            }

            ParseAll($"SIP/2.0  {code} {phrase}").Should().BeNull();
            ParseAll($"SIP/2.0 {code}{phrase}").Should().BeNull();
            ParseAll($"SIP/2.0 0{code} {phrase}").Should().BeNull();

            // Accepted with the phrase as written, which is then not the registry phrase.
            // A second space after the code is the phrase's first character (RFC 3261 section 25.1: Reason-Phrase =
            // *(... / SP / HTAB)), never the registry phrase.
            foreach (var other in new[] { phrase + " ", phrase + "\t", phrase + "x", phrase[..^1], phrase.ToUpperInvariant() + "\r\n", phrase.ToLowerInvariant(), " " + phrase, " " + phrase + "\r\n" })
            {
                var line = ParseAll($"SIP/2.0 {code} {other}")!.Value;
                line.ReasonPhrase.Should().Be(other.TrimEnd('\r', '\n'));
                line.IsCanonicalReasonPhrase.Should().Be(line.ReasonPhrase == phrase);
            }

            // Other versions are kept as written.
            foreach (var version in new[] { "sip/2.0", "SIP/2.1", "SIP/20.0" })
            {
                var line = ParseAll($"{version} {code} {phrase}\r\n")!.Value;
                line.Version.Should().Be(version);
                line.ReasonPhrase.Should().Be(phrase);
            }
        }
    }

    [Fact]
    public void Unregistered_codes_never_carry_a_registry_phrase()
    {
        foreach (var code in Enumerable.Range(100, 600).Where(c => !SipStatusCatalog.IsRegistered(c)))
        {
            var phrase = SipStatusCatalog.Resolve(code).ReasonPhrase;
            var line = ParseAll($"SIP/2.0 {code} {phrase}\r\n")!.Value;
            line.Code.Should().Be(code);
            line.ReasonPhrase.Should().Be(phrase);
            line.IsCanonicalReasonPhrase.Should().BeFalse();
        }
    }
}
