using System;
using System.Linq;
using FluentAssertions;
using Xunit;

namespace SipStatus.Tests;

/// <summary>
/// <see cref="SipStatusCatalog.ReasonPhrasesMatch(string, string)"/>: the phrase-comparison rule, held to the examples
/// the rule's documentation gives (README, "Reason phrases") and to hand-made pairs that name no SIP code at all.
/// </summary>
public class ReasonPhraseMatchTests
{
    [Theory]
    // The rule's own examples: a trailing comment is not part of the wording...
    [InlineData("Forbidden (policy)", "Forbidden")]
    [InlineData("Not Acceptable Here (codec error)", "Not Acceptable Here")]
    [InlineData("Not Found (nummer niet herkend / incompleet)", "Not Found")]
    // ...and case and every character that is not a letter or digit are ignored.
    [InlineData("Request-URI Too Long", "request uri too long")]
    [InlineData("Request-URI Too Long", "Request – URI Too Long")]
    [InlineData("busy-here", "BUSY HERE")]
    [InlineData("Forbidden(policy)", "Forbidden", "the space before the comment is optional")]
    // Hand-made pairs.
    [InlineData("Hello World", "hello-world")]
    [InlineData("Code 42", "code42")]
    [InlineData("  Spaced  Out\t", "spaced out")]
    [InlineData("Occupé", "OCCUPÉ", "letters beyond ASCII fold too")]
    [InlineData("Blue (sky (nested))", "blue", "a comment holds balanced groups")]
    [InlineData("Red (a) ", "red (b)", "whitespace after the comment is allowed")]
    public void Phrases_with_the_same_wording_match(string first, string second, string because = "")
    {
        SipStatusCatalog.ReasonPhrasesMatch(first, second).Should().BeTrue(because);
        SipStatusCatalog.ReasonPhrasesMatch(second, first).Should().BeTrue("the rule is symmetric");
        SipStatusCatalog.ReasonPhrasesMatch(first.AsSpan(), second.AsSpan()).Should().BeTrue(because);
    }

    [Theory]
    [InlineData("Busy Here", "Busy Everywhere")]
    [InlineData("Forbidden (policy", "Forbidden", "unbalanced parentheses are no comment")]
    [InlineData("Forbidden policy)", "Forbidden", "unbalanced parentheses are no comment")]
    [InlineData("Red (a) (b)", "Red", "only one group goes")]
    [InlineData("Red (a) tail", "Red", "a group that does not end the phrase is no comment")]
    [InlineData("abc", "abd")]
    [InlineData("ab", "abc", "a prefix is not the same wording")]
    [InlineData("abc", "ab")]
    [InlineData("Code 42", "Code 43")]
    public void Phrases_with_different_wordings_do_not_match(string first, string second, string because = "")
    {
        SipStatusCatalog.ReasonPhrasesMatch(first, second).Should().BeFalse(because);
        SipStatusCatalog.ReasonPhrasesMatch(second, first).Should().BeFalse(because);
        SipStatusCatalog.ReasonPhrasesMatch(first.AsSpan(), second.AsSpan()).Should().BeFalse(because);
    }

    [Theory]
    [InlineData("", "")]
    [InlineData(" ", " ")]
    [InlineData("---", "")]
    [InlineData("(policy)", "(policy)")]
    [InlineData("(policy)", "")]
    [InlineData("", "Forbidden")]
    [InlineData("(Forbidden)", "Forbidden")]
    public void A_phrase_without_wording_matches_nothing_not_even_another_without(string first, string second)
    {
        SipStatusCatalog.ReasonPhrasesMatch(first, second).Should().BeFalse();
        SipStatusCatalog.ReasonPhrasesMatch(second, first).Should().BeFalse();
    }

    [Fact]
    public void Null_has_no_wording()
    {
        SipStatusCatalog.ReasonPhrasesMatch(null, null).Should().BeFalse();
        SipStatusCatalog.ReasonPhrasesMatch(null, "Busy Here").Should().BeFalse();
        SipStatusCatalog.ReasonPhrasesMatch("Busy Here", null).Should().BeFalse();
    }

    [Fact]
    public void A_phrase_matches_a_registry_phrase_exactly_when_the_lookup_finds_that_code_by_it()
    {
        // The comparison and the lookup apply one rule: for wordings of 486 and of nothing.
        foreach (var phrase in new[] { "busy here", "Busy-Here (line 2)", "BUSY HERE", "Busy", "Busy Here Now", "(Busy Here)" })
        {
            var matches = SipStatusCatalog.ReasonPhrasesMatch(phrase, "Busy Here");
            matches.Should().Be(SipStatusCatalog.FindByReasonPhrase(phrase).Contains(SipStatusCatalog.Get(SipStatusCode.BusyHere)), phrase);
        }
    }
}
