using System;
using System.Collections.Generic;
using System.Linq;
using FluentAssertions;
using FsCheck;
using FsCheck.Fluent;
using Xunit;

namespace SipStatus.Tests;

/// <summary>
/// The phrase lookup against a model of its rule, written as plainly as possible (<see cref="PhraseRule"/>): drop a
/// trailing comment, keep letters and digits, lower-case them, look the result up in a dictionary of every wording.
/// The string and span overloads must give the model's answer for every length, including input longer than any key
/// and characters no key holds, where the lookup stops early.
/// </summary>
public class PhraseIndexModelTests
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
}
