using System;
using System.Collections.Generic;
using System.Linq;
using FluentAssertions;
using Xunit;

namespace SipStatus.Tests;

/// <summary>
/// The reason phrases deployed stacks put on the wire, copied from their source into TestData/stack-phrases.tsv
/// (SIPSorcery's enum names, Asterisk chan_sip's literals): each finds its code, and only that code.
/// </summary>
public class StackPhraseTests
{
    public static TheoryData<string, int, string> Phrases()
    {
        var data = new TheoryData<string, int, string>();
        foreach (var line in TestFiles.ReadLines("stack-phrases.tsv"))
        {
            if (line.Length == 0 || line.StartsWith('#') || line.StartsWith("stack\t", StringComparison.Ordinal))
            {
                continue;
            }

            var cells = line.Split('\t');
            data.Add(cells[0], int.Parse(cells[1]), cells[2]);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Phrases))]
    public void A_phrase_a_stack_sends_finds_its_code_and_another_only_where_the_registry_gives_both_that_phrase(string stack, int code, string phrase)
    {
        var found = SipStatusCatalog.FindByReasonPhrase(phrase);
        found.Select(i => i.Value).Should().Contain(code, "{0} sends '{1}' for {2}", stack, phrase, code);
        var registryPhrase = PhraseRule.Key(Registry.Entries.Single(e => e.Code == code).ReasonPhrase);
        foreach (var other in found.Where(i => i.Value != code))
        {
            // 406 and 606 are both "Not Acceptable" in the registry: only such a shared phrase may name two codes.
            PhraseRule.Key(Registry.Entries.Single(e => e.Code == other.Value).ReasonPhrase).Should().Be(registryPhrase);
        }
    }

    [Fact]
    public void The_data_holds_every_SIPSorcery_member_of_a_registered_code_and_the_five_Asterisk_phrases()
    {
        var rows = Phrases().Select(r => ((string)r[0], (int)r[1])).ToList();
        rows.Count(r => r.Item1 == "SIPSorcery").Should().Be(66, "SIPResponseStatusCodesEnum has 68 members; None = 0 and AlternativeService = 304 name no registered code");
        rows.Where(r => r.Item1 == "Asterisk chan_sip").Select(r => r.Item2).Should().Equal(423, 481, 500, 501, 603);
        var sipsorcery = new HashSet<int>(rows.Where(r => r.Item1 == "SIPSorcery").Select(r => r.Item2));
        sipsorcery.Should().OnlyContain(c => SipStatusCatalog.IsRegistered(c));
    }

    [Fact]
    public void SIPSorcery_s_AlternativeService_names_380_so_its_304_is_decided_by_the_code()
    {
        // SIPSorcery numbers AlternativeService 304; the registry has 380 Alternative Service and no 304.
        SipStatusCatalog.FindByReasonPhrase("AlternativeService").Select(i => i.Value).Should().Equal(380);
        SipStatusCatalog.IsRegistered(304).Should().BeFalse();
    }
}
