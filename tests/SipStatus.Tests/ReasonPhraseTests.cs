using System;
using System.Linq;
using FluentAssertions;
using Xunit;

namespace SipStatus.Tests;

/// <summary>Reason-phrase lookup: registry phrases and aliases, ignoring case and everything but letters and digits.</summary>
public class ReasonPhraseTests
{
    [Fact]
    public void Every_registry_phrase_finds_its_code()
    {
        foreach (var info in SipStatusCatalog.All)
        {
            SipStatusCatalog.FindByReasonPhrase(info.ReasonPhrase).Should().Contain(info);
            SipStatusCatalog.FindByReasonPhrase(info.ReasonPhrase.AsSpan()).Should().Contain(info);
        }
    }

    [Fact]
    public void Every_alias_finds_exactly_its_own_code()
    {
        foreach (var info in SipStatusCatalog.All)
        {
            foreach (var alias in info.Aliases)
            {
                SipStatusCatalog.TryFindByReasonPhrase(alias, out var found).Should().BeTrue("'{0}' is an alias of {1}", alias, info.Value);
                found.Should().BeSameAs(info);
            }
        }
    }

    [Theory]
    [InlineData("Busy Here", 486)]
    [InlineData("busy here", 486)]
    [InlineData("BUSY-HERE", 486)]
    [InlineData("  busy_here. ", 486)]
    [InlineData("BusyHere", 486)]
    [InlineData("request uri too long", 414)]
    [InlineData("Request – URI Too Long", 414)]
    [InlineData("call/transaction does not exist", 481)]
    [InlineData("Call Leg/Transaction Does Not Exist", 481)]
    [InlineData("Server Time – out", 504)]
    [InlineData("server timeout", 504)]
    [InlineData("Gateway Timeout", 504)]
    [InlineData("Internal Server Error", 500)]
    [InlineData("Request Timed Out", 408)]
    [InlineData("Unsupported URI Type", 416)]
    [InlineData("SessionTimerTooSmal", 422)]
    [InlineData("Amiguous", 485)]
    [InlineData("Does Not Exsite Anywhere", 604)]
    [InlineData("Unsupported Certificate", 437)]
    [InlineData("Bad Identity-Info", 436)]
    [InlineData("Session Not acceptable", 606)]
    [InlineData("Declined", 603)]
    [InlineData("Precondition Failed", 412)]
    public void Phrases_in_any_case_and_spacing_and_known_variants_name_their_code(string phrase, int code)
    {
        SipStatusCatalog.TryFindByReasonPhrase(phrase, out var info).Should().BeTrue();
        info!.Value.Should().Be(code);
        SipStatusCatalog.TryFindByReasonPhrase(phrase.AsSpan(), out var fromSpan).Should().BeTrue();
        fromSpan.Should().BeSameAs(info);
    }

    [Fact]
    public void Not_Acceptable_names_both_406_and_606_so_TryFind_fails()
    {
        SipStatusCatalog.FindByReasonPhrase("not acceptable").Select(i => i.Value).Should().Equal(406, 606);
        SipStatusCatalog.TryFindByReasonPhrase("Not Acceptable", out var info).Should().BeFalse();
        info.Should().BeNull();
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("-- / --")]
    [InlineData("Busy")]
    [InlineData("Busy Here Now")]
    [InlineData("486 Busy Here")]
    [InlineData("Bad Extension 417")]
    [InlineData("Stale Date")]
    [InlineData("Multiple Choices!!!x")]
    public void Anything_else_finds_nothing(string phrase)
    {
        SipStatusCatalog.FindByReasonPhrase(phrase).Should().BeEmpty();
        SipStatusCatalog.TryFindByReasonPhrase(phrase, out var info).Should().BeFalse();
        info.Should().BeNull();
    }

    [Fact]
    public void Only_the_characters_of_a_slice_count()
    {
        SipStatusCatalog.TryFindByReasonPhrase("Busy Heres".AsSpan(0, 9), out var info).Should().BeTrue();
        info!.Value.Should().Be(486);
        SipStatusCatalog.FindByReasonPhrase("Busy Here".AsSpan(0, 8)).Should().BeEmpty();
    }

    [Fact]
    public void Null_finds_nothing_and_never_throws()
    {
        SipStatusCatalog.FindByReasonPhrase((string?)null).Should().BeEmpty();
        SipStatusCatalog.TryFindByReasonPhrase((string?)null, out _).Should().BeFalse();
    }

    [Fact]
    public void The_result_is_read_only()
    {
        var matches = SipStatusCatalog.FindByReasonPhrase("Not Acceptable");
        matches.Should().NotBeAssignableTo<SipStatusInfo[]>();
        FluentActions.Invoking(() => ((System.Collections.Generic.IList<SipStatusInfo>)matches)[0] = matches[1]).Should().Throw<NotSupportedException>();
    }

    [Fact]
    public void Every_line_of_the_real_world_corpus_parses_and_canonical_ones_are_recognised()
    {
        // TestData/status-lines.tsv: status lines collected from RFC examples and deployed stacks; the second column
        // says where each came from.
        var rows = TestFiles.ReadLines("status-lines.tsv").Skip(1)
            .Select(l => l.Split('\t')).ToList();
        rows.Should().HaveCountGreaterThan(30);
        foreach (var cells in rows)
        {
            cells.Should().HaveCount(2);
            cells[1].Should().NotBeNullOrWhiteSpace("every line says where it came from");
            SipStatusLine.TryParse(cells[0], out var line).Should().BeTrue("'{0}' is a real status line", cells[0]);
            if (line.IsCanonicalReasonPhrase)
            {
                SipStatusCatalog.FindByReasonPhrase(line.ReasonPhrase).Should().Contain(line.Info!);
            }
        }

        var recognised = rows.Select(c => SipStatusLine.Parse(c[0]))
            .Count(l => SipStatusCatalog.FindByReasonPhrase(l.ReasonPhrase).Any(i => i.Value == l.Code));
        recognised.Should().BeGreaterThanOrEqualTo(rows.Count - 4, "only free-text phrases and Kamailio's mislabelled 417 are unknown");
    }
}
