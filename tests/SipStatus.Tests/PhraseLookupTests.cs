using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using FluentAssertions;
using FsCheck;
using FsCheck.Fluent;
using Xunit;

namespace SipStatus.Tests;

/// <summary>
/// The phrase lookup against a model of its rule, written as plainly as possible (<see cref="PhraseRule"/>): drop a
/// trailing comment, keep letters and digits, lower-case them, look the result up in a dictionary of every wording.
/// The string and span overloads must give the model's answer for every wording in any case, spacing and padding, at
/// every length (including input longer than any key and characters no key holds, where the lookup stops early), for
/// near misses and for arbitrary text.
/// </summary>
public class PhraseLookupTests
{
    private static readonly Dictionary<string, int[]> s_model = SipStatusCatalog.All
        .SelectMany(info => info.Aliases.Append(info.ReasonPhrase).Select(wording => (Key: PhraseRule.Key(wording), info.Value)))
        .GroupBy(x => x.Key)
        .ToDictionary(g => g.Key, g => g.Select(x => x.Value).Distinct().OrderBy(v => v).ToArray());

    private static readonly string[] s_wordings = SipStatusCatalog.All.SelectMany(i => i.Aliases.Append(i.ReasonPhrase)).ToArray();

    private static int[] Model(string text) => s_model.TryGetValue(PhraseRule.Key(text), out var codes) ? codes : [];

    private static void ShouldAgree(string text)
    {
        var expected = Model(text);
        SipStatusCatalog.FindByReasonPhrase(text.AsSpan()).Select(i => i.Value).Should().Equal(expected, "the span lookup of '{0}' (length {1})", text, text.Length);
        SipStatusCatalog.FindByReasonPhrase(text).Select(i => i.Value).Should().Equal(expected, "the string lookup of '{0}'", text);
        SipStatusCatalog.TryFindByReasonPhrase(text, out var single).Should().Be(expected.Length == 1, "'{0}' names {1} codes", text, expected.Length);
        single?.Value.Should().Be(expected[0]);
    }

    [Fact]
    public void Every_wording_is_found_at_every_length_from_its_own_to_80_characters()
    {
        foreach (var wording in s_wordings)
        {
            var expected = Model(wording);
            expected.Should().NotBeEmpty();
            for (var pad = 0; wording.Length + pad <= 80; pad++)
            {
                ShouldAgree(new string(' ', pad / 2) + wording.ToUpperInvariant() + new string('-', pad - (pad / 2)));
            }

            ShouldAgree(string.Join(" ", wording.ToCharArray()));
            ShouldAgree(string.Join("._", wording.ToLowerInvariant().ToCharArray()));
        }
    }

    [Fact]
    public void A_wording_with_one_character_more_less_or_changed_agrees_with_the_model()
    {
        foreach (var wording in s_wordings)
        {
            for (var i = 0; i < wording.Length; i++)
            {
                ShouldAgree(wording.Remove(i, 1));
                ShouldAgree(wording.Insert(i, "x"));
                ShouldAgree(wording[..i] + (char)(wording[i] + 1) + wording[(i + 1)..]);
                ShouldAgree(wording.Insert(i, "  ") + "                     ");
            }
        }
    }

    [Fact]
    public void Every_wording_with_a_comment_agrees_at_every_length_of_the_comment()
    {
        foreach (var wording in s_wordings)
        {
            Model(wording + " (x)").Should().Equal(Model(wording), "a comment is not part of the wording");
            for (var fill = 0; wording.Length + fill <= 80; fill++)
            {
                var inside = new string('x', fill);
                ShouldAgree($"{wording} ({inside})");
                ShouldAgree($"{wording.ToUpperInvariant()}({inside}) \t");
                ShouldAgree($"{wording} (a ({inside}))");
                ShouldAgree($"{wording} ({inside}");
                ShouldAgree($"{wording} {inside})");
                ShouldAgree($"{wording} ({inside}))");
                ShouldAgree($"{wording} ({inside}) (y)");
                ShouldAgree($"({wording}) {inside}");
            }
        }
    }

    [Theory]
    [InlineData("İnterval Too Brief")]          // U+0130 folds to ASCII 'i'
    [InlineData("Unknown Resource-\u212Ariority")] // not a letter that folds to 'p'
    [InlineData("Busy Héré")]
    [InlineData("ＢＵＳＹ ＨＥＲＥ")]
    [InlineData("Busy\u00a0Here")]
    [InlineData("Busy\u0080Here")]                 // the first character past the ASCII table: a control, ignored
    [InlineData("Bad Request\u0080")]
    [InlineData("Busy\u2013Here")]
    [InlineData("Proxy Authentication Required Proxy Authentication Required")]
    [InlineData("                                                Busy Here")]
    [InlineData("Busy Here                                                 ")]
    public void Unusual_characters_and_lengths_agree_with_the_model(string text)
    {
        ShouldAgree(text);
    }

    [Fact]
    public void Arbitrary_text_built_from_wordings_and_noise_agrees_with_the_model()
    {
        var noise = Gen.Elements(" ", "-", "_", ".", "/", "–", "é", "İ", "K", "ß", "0", "9", "x", "\t", "\u00a0", "📞", "(", ")", " (policy)", "(a (b))");
        var pieces = Gen.OneOf(Gen.Elements(s_wordings), noise, Gen.Elements(s_wordings).Select(w => w.ToUpperInvariant()));
        var texts = Gen.ListOf(pieces).Select(parts => string.Concat(parts.Take(6)));
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(3_000), Prop.ForAll(texts.ToArbitrary(), text =>
        {
            ShouldAgree(text);
            return true;
        }));
    }

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
}
