using System;
using System.Linq;
using FluentAssertions;
using Xunit;

namespace SipStatus.Tests;

/// <summary>
/// A trailing comment in parentheses is not part of a reason phrase's wording. The phrases come from where the rule
/// comes from: the Dutch seed documents (TestData/sip-status-overview-1.txt), which print a note in parentheses after
/// each phrase, and Asterisk's chan_sip, which sends its phrases with a comment appended. The chan_sip lines quoted
/// beside the cases are from asterisk/asterisk channels/chan_sip.c at e66c5da145b4545428fca768db7fb0921156af98, the
/// last commit before the module was removed (4095a382da, Asterisk 21); chan_sip shipped up to Asterisk 20.
/// </summary>
public class PhraseCommentTests
{
    /// <summary>The codes every lookup overload finds for <paramref name="phrase"/>, after checking that they agree.</summary>
    private static int[] Found(string phrase)
    {
        var codes = SipStatusCatalog.FindByReasonPhrase(phrase).Select(i => i.Value).ToArray();
        SipStatusCatalog.FindByReasonPhrase(phrase.AsSpan()).Select(i => i.Value).Should().Equal(codes, "the span overload agrees on '{0}'", phrase);
        SipStatusCatalog.TryFindByReasonPhrase(phrase, out var single).Should().Be(codes.Length == 1);
        SipStatusCatalog.TryFindByReasonPhrase(phrase.AsSpan(), out var fromSpan).Should().Be(codes.Length == 1);
        fromSpan.Should().BeSameAs(single);
        single?.Value.Should().Be(codes[0]);
        return codes;
    }

    [Theory]
    [InlineData("Forbidden (policy)", 403)]                                   // chan_sip: transmit_response(p, "403 Forbidden (policy)", req)
    [InlineData("Not Found (unknown domain)", 404)]                           // chan_sip: "404 Not found (unknown domain)", with this case
    [InlineData("Not found (unknown domain)", 404)]
    [InlineData("Not Acceptable Here (codec error)", 488)]                    // chan_sip: msg = "488 Not Acceptable Here (codec error)"
    [InlineData("Not Found (nummer niet herkend / incompleet)", 404)]         // seed sip-status-overview-1.txt: "404\tNot Found (nummer niet herkend / incompleet)"
    [InlineData("Service Unavailable (upstream #3)", 503)]                    // issue 9's example
    [InlineData("Service Unavailable (can't handle one-legged xfers)", 503)]  // chan_sip: a sipfrag "503 Service Unavailable (can't handle one-legged xfers)"
    [InlineData("Forbidden (Bad auth)", 403)]                                 // chan_sip: "403 Forbidden (Bad auth)"
    [InlineData("Forbidden (within dialog)", 403)]                            // chan_sip: "403 Forbidden (within dialog)"
    [InlineData("Not found (no mailbox)", 404)]                               // chan_sip: "404 Not found (no mailbox)"
    [InlineData("Bad extension (unsupported)", 420)]                          // chan_sip: "420 Bad extension (unsupported)"
    [InlineData("Not Acceptable Here (crypto)", 488)]                         // chan_sip: "488 Not Acceptable Here (crypto)"
    [InlineData("Bad Request (Refer-to missing)", 400)]                       // chan_sip: "400 Bad Request (Refer-to missing)"
    [InlineData("Bad Event (format application/simple-message-summary)", 489)] // chan_sip: "489 Bad Event (format %s)"
    [InlineData("Declined (No dialog)", 603)]                                 // chan_sip: "603 Declined (No dialog)" (Declined is an alias of 603)
    [InlineData("Declined (Non sip: uri)", 603)]                              // chan_sip: "603 Declined (Non sip: uri)"
    public void A_phrase_with_a_comment_finds_the_code_of_its_wording(string phrase, int code)
    {
        Found(phrase).Should().Equal(code);
    }

    [Fact]
    public void Every_seed_row_with_a_Dutch_note_finds_its_code_note_and_all()
    {
        // The seeds print the note after the phrase, one space before the parenthesis: "404\tNot Found (nummer niet
        // herkend / incompleet)".
        var rows = SeedTests.SeedRows().Where(r => r.Note is not null).ToList();
        rows.Should().HaveCount(12, "five rows of the first seed and seven of the second have a note");
        foreach (var (seed, code, wording, note) in rows)
        {
            Found($"{wording} ({note})").Should().Equal(new[] { code }, "{0} prints '{1} ({2})' for {3}", seed, wording, note, code);
        }
    }

    [Theory]
    [InlineData("SIP/2.0 403 Forbidden (policy)", 403)]
    [InlineData("SIP/2.0 404 Not Found (unknown domain)", 404)]
    [InlineData("SIP/2.0 488 Not Acceptable Here (codec error)", 488)]
    [InlineData("SIP/2.0 404 Not Found (nummer niet herkend / incompleet)", 404)]
    [InlineData("SIP/2.0 503 Service Unavailable (upstream #3)", 503)]
    public void The_phrase_of_a_status_line_with_a_comment_names_its_code_but_is_not_the_registry_text(string text, int code)
    {
        var line = SipStatusLine.Parse(text);
        line.Code.Should().Be(code);
        SipStatusCatalog.TryFindByReasonPhrase(line.ReasonPhrase, out var info).Should().BeTrue();
        info.Should().BeSameAs(line.Info);

        // IsCanonicalReasonPhrase is an exact, ordinal comparison (as for "busy here"); the comment is kept as sent.
        line.IsCanonicalReasonPhrase.Should().BeFalse();
        line.ToString().Should().Be(text);
    }

    [Theory]
    [InlineData("Forbidden(policy)", 403)]                // the space before the comment is optional
    [InlineData("Forbidden (policy)  \t", 403)]           // whitespace may follow it
    [InlineData("Forbidden (policy (local))", 403)]       // nested groups are one comment
    [InlineData("Forbidden ()", 403)]                     // an empty comment
    [InlineData("Forbidden ((policy)", 403)]              // the comment is the group the last ')' closes; the stray '(' is punctuation
    [InlineData("(Busy) Here", 486)]                      // parentheses elsewhere are punctuation, as before
    [InlineData("Forbidden (règle – lokaal)", 403)]       // non-ASCII inside the comment does not matter
    [InlineData("Proxy Authentication Required (realm example.com)", 407)] // a long wording
    public void The_comment_is_one_final_balanced_group(string phrase, int code)
    {
        Found(phrase).Should().Equal(code);
    }

    [Fact]
    public void A_comment_that_spells_words_is_still_a_comment()
    {
        // "Not Acceptable Here" is 488, but "(Here)" at the end is a comment: what is left names 406 and 606.
        Found("Not Acceptable (Here)").Should().Equal(406, 606);
    }

    [Theory]
    [InlineData("(policy)")]                   // only a comment: no wording, nothing guessed
    [InlineData("  (Busy Here)  ")]
    [InlineData("(Loop Detected)")]            // chan_sip: transmit_response_using_temp(..., "482 (Loop Detected)")
    [InlineData("()")]
    [InlineData("-- (Busy Here)")]             // a wording without a letter or digit
    [InlineData("Forbidden (policy")]          // unbalanced: no comment, the whole phrase is compared
    [InlineData("Forbidden policy)")]
    [InlineData("Forbidden (policy))")]
    [InlineData("Forbidden (a) (b)")]          // only one group is a comment
    [InlineData("Forbidden (policy).")]        // only whitespace may follow the comment
    public void Without_a_wording_before_a_comment_or_with_unbalanced_parentheses_nothing_is_found(string phrase)
    {
        Found(phrase).Should().BeEmpty();
    }
}
