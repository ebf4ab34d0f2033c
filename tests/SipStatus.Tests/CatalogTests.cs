using System;
using System.Collections.Generic;
using System.Linq;
using FluentAssertions;
using Xunit;

namespace SipStatus.Tests;

public class CatalogTests
{
    [Fact]
    public void The_catalog_holds_exactly_the_75_registered_codes_in_ascending_order()
    {
        SipStatusCatalog.All.Select(i => i.Value).Should().Equal(Registry.Entries.Select(e => e.Code));
        SipStatusCatalog.All.Should().HaveCount(75);
        SipStatusCatalog.All.Select(i => i.Value).Should().BeInAscendingOrder();
    }

    [Fact]
    public void Every_reason_phrase_reference_and_deprecation_is_the_registry_s()
    {
        foreach (var entry in Registry.Entries)
        {
            var info = SipStatusCatalog.Get((SipStatusCode)entry.Code);
            info.ReasonPhrase.Should().Be(entry.ReasonPhrase, "the registry words {0} so", entry.Code);
            info.Rfc.Should().Be(entry.Rfc, "the registry cites RFC {0} for {1}", entry.Rfc, entry.Code);
            info.Reference.Should().StartWith($"RFC {entry.Rfc}");
            info.IsDeprecated.Should().Be(entry.Deprecated, "of the registry's deprecation of {0}", entry.Code);
        }
    }

    [Fact]
    public void The_enum_has_one_member_per_registered_code_whose_value_is_the_code()
    {
        var values = Enum.GetValues<SipStatusCode>().Select(v => (int)v).ToList();
        values.Should().BeEquivalentTo(Registry.Codes);
        values.Should().OnlyHaveUniqueItems();
    }

    [Theory]
    [InlineData(200, "Ok")]
    [InlineData(481, "CallOrTransactionDoesNotExist")]
    [InlineData(406, "NotAcceptable")]
    [InlineData(606, "NotAcceptableAnywhere")]
    [InlineData(414, "RequestUriTooLong")]
    [InlineData(504, "ServerTimeout")]
    public void Enum_identifiers_follow_the_table(int code, string name)
    {
        Enum.GetName((SipStatusCode)code).Should().Be(name);
    }

    [Fact]
    public void Only_202_is_deprecated()
    {
        SipStatusCatalog.All.Where(i => i.IsDeprecated).Select(i => i.Code).Should().Equal(SipStatusCode.Accepted);
    }

    [Fact]
    public void RFC_3261_codes_cite_their_section_21_definition()
    {
        SipStatusCode.BusyHere.GetInfo().Reference.Should().Be("RFC 3261, section 21.4.24");
        SipStatusCode.Trying.GetInfo().RfcSection.Should().Be("21.1.1");
        SipStatusCode.NotAcceptableAnywhere.GetInfo().RfcSection.Should().Be("21.6.4");
        foreach (var info in SipStatusCatalog.All.Where(i => i.Rfc == 3261))
        {
            info.RfcSection.Should().StartWith($"21.{info.Value / 100}.", "RFC 3261 defines {0} in section 21.{1}", info.Value, info.Value / 100);
        }
    }

    [Fact]
    public void Classes_and_predicates_follow_the_first_digit()
    {
        foreach (var info in SipStatusCatalog.All)
        {
            var digit = info.Value / 100;
            info.Class.Should().Be((SipStatusClass)digit);
            info.IsProvisional.Should().Be(digit == 1);
            info.IsFinal.Should().Be(digit >= 2);
            info.IsSuccessful.Should().Be(digit == 2);
            info.IsFailure.Should().Be(digit >= 4);
            info.Code.IsProvisional().Should().Be(info.IsProvisional);
            info.Code.IsFinal().Should().Be(info.IsFinal);
            info.Code.IsSuccessful().Should().Be(info.IsSuccessful);
            info.Code.IsFailure().Should().Be(info.IsFailure);
            info.Code.GetClass().Should().Be(info.Class);
            info.Code.IsDefined().Should().BeTrue();
            info.Code.GetReasonPhrase().Should().BeSameAs(info.ReasonPhrase);
            info.Code.GetInfo().Should().BeSameAs(info);
        }
    }

    [Fact]
    public void A_row_reads_as_code_and_phrase()
    {
        SipStatusCode.BusyHere.GetInfo().ToString().Should().Be("486 Busy Here");
        SipStatusCode.Ok.GetInfo().ToString().Should().Be("200 OK");
    }

    [Fact]
    public void No_alias_repeats_the_canonical_phrase_or_names_another_code()
    {
        var owners = SipStatusCatalog.All
            .SelectMany(i => i.Aliases.Select(a => (Key: PhraseRule.Key(a), i.Value)).Append((Key: PhraseRule.Key(i.ReasonPhrase), i.Value)))
            .ToLookup(x => x.Key, x => x.Value);
        foreach (var info in SipStatusCatalog.All)
        {
            foreach (var alias in info.Aliases)
            {
                PhraseRule.Key(alias).Should().NotBe(PhraseRule.Key(info.ReasonPhrase), "an alias of {0} must differ from its phrase", info.Value);
                owners[PhraseRule.Key(alias)].Distinct().Should().Equal(new[] { info.Value }, "alias '{0}' must name one code", alias);
            }
        }
    }

    [Fact]
    public void No_phrase_or_alias_ends_in_a_comment_that_lookups_would_drop()
    {
        foreach (var wording in SipStatusCatalog.All.SelectMany(i => i.Aliases.Append(i.ReasonPhrase)))
        {
            PhraseRule.Wording(wording).Should().Be(wording, "the generator refuses a wording that ends in a comment (SIPGEN021)");
        }
    }

    [Fact]
    public void The_list_and_its_aliases_are_read_only()
    {
        SipStatusCatalog.All.Should().NotBeAssignableTo<SipStatusInfo[]>();
        var asList = (IList<SipStatusInfo>)SipStatusCatalog.All;
        asList.IsReadOnly.Should().BeTrue();
        var add = () => asList.Add(SipStatusCatalog.All[0]);
        add.Should().Throw<NotSupportedException>();

        var aliases = SipStatusCode.SessionIntervalTooSmall.GetInfo().Aliases;
        aliases.Should().NotBeAssignableTo<string[]>();
        var set = () => ((IList<string>)aliases)[0] = "tampered";
        set.Should().Throw<NotSupportedException>();
    }
}
