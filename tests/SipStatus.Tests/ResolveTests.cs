using System;
using System.Linq;
using FluentAssertions;
using Xunit;

namespace SipStatus.Tests;

/// <summary>
/// <see cref="SipStatusCatalog.Resolve"/>, <see cref="SipStatusCatalog.GetClass"/> and <see cref="SipStatusCatalog.TryGet"/>
/// over every integer from 99 to 700 and the extremes, against RFC 3261 section 8.1.3.2 and the registry.
/// </summary>
public class ResolveTests
{
    public static TheoryData<int> OutOfRange => new() { int.MinValue, -1, 0, 1, 10, 99, 700, 999, 1000, 4294967, int.MaxValue };

    [Fact]
    public void Every_code_from_99_to_700_resolves_classifies_and_looks_up_as_RFC_3261_says()
    {
        for (var code = 99; code <= 700; code++)
        {
            var inRange = code is >= 100 and <= 699;
            var registered = Registry.Codes.Contains(code);

            SipStatusCatalog.TryGet(code, out var info).Should().Be(registered, "{0} is {1}registered", code, registered ? "" : "not ");
            SipStatusCatalog.IsRegistered(code).Should().Be(registered);
            ((SipStatusCode)code).IsDefined().Should().Be(registered);
            if (registered)
            {
                info!.Value.Should().Be(code);
            }
            else
            {
                info.Should().BeNull();
            }

            if (!inRange)
            {
                FluentActions.Invoking(() => SipStatusCatalog.Resolve(code)).Should().Throw<ArgumentOutOfRangeException>();
                FluentActions.Invoking(() => SipStatusCatalog.GetClass(code)).Should().Throw<ArgumentOutOfRangeException>();
                continue;
            }

            SipStatusCatalog.GetClass(code).Should().Be((SipStatusClass)(code / 100));
            var expected = registered ? code : code < 200 ? 183 : code / 100 * 100;
            SipStatusCatalog.Resolve(code).Value.Should().Be(expected, "RFC 3261 8.1.3.2 treats {0} as {1}", code, expected);
        }
    }

    [Theory]
    [InlineData(431, 400, "Bad Request")]
    [InlineData(199, 199, "Early Dialog Terminated")]
    [InlineData(101, 183, "Session Progress")]
    [InlineData(299, 200, "OK")]
    [InlineData(399, 300, "Multiple Choices")]
    [InlineData(599, 500, "Server Internal Error")]
    [InlineData(699, 600, "Busy Everywhere")]
    [InlineData(486, 486, "Busy Here")]
    public void Unrecognized_codes_resolve_to_the_x00_of_their_class_and_1xx_to_183(int code, int resolved, string phrase)
    {
        var info = SipStatusCatalog.Resolve(code);
        info.Value.Should().Be(resolved);
        info.ReasonPhrase.Should().Be(phrase);
    }

    [Theory]
    [MemberData(nameof(OutOfRange))]
    public void TryGet_never_throws_and_finds_nothing_outside_the_range(int code)
    {
        SipStatusCatalog.TryGet(code, out var info).Should().BeFalse();
        info.Should().BeNull();
        SipStatusCatalog.IsRegistered(code).Should().BeFalse();
        ((SipStatusCode)code).IsDefined().Should().BeFalse();
    }

    [Fact]
    public void Registered_codes_resolve_to_the_very_same_row()
    {
        foreach (var info in SipStatusCatalog.All)
        {
            SipStatusCatalog.Resolve(info.Value).Should().BeSameAs(info);
            SipStatusCatalog.Get(info.Code).Should().BeSameAs(info);
        }

        SipStatusCatalog.All.Select(i => i.Value).Should().Contain(new[] { 200, 300, 400, 500, 600, 183 }, "Resolve relies on them");
    }
}
