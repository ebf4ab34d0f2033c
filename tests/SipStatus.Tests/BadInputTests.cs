using System;
using FluentAssertions;
using Xunit;

namespace SipStatus.Tests;

/// <summary>
/// What needs a catalog row throws for an unregistered code and points to Resolve; what needs only the class works
/// for 100-699 and throws outside; every message names the bad value.
/// </summary>
public class BadInputTests
{
    public static TheoryData<int> Unregistered => new() { 431, 101, 299, 599, 699 };

    public static TheoryData<int> OutOfRange => new() { int.MinValue, -486, 0, 99, 700, 4294967, int.MaxValue };

    [Theory]
    [MemberData(nameof(Unregistered))]
    public void Row_lookups_throw_for_an_unregistered_code_naming_it_and_pointing_to_Resolve(int value)
    {
        var code = (SipStatusCode)value;
        foreach (var act in new Action[] { () => SipStatusCatalog.Get(code), () => code.GetInfo(), () => code.GetReasonPhrase() })
        {
            act.Should().Throw<ArgumentOutOfRangeException>()
                .Where(e => e.ParamName == "code")
                .Where(e => e.Message.Contains($"{value} is not a registered SIP status code", StringComparison.Ordinal))
                .Where(e => e.Message.Contains($"Resolve({value})", StringComparison.Ordinal))
                .Where(e => e.Message.Contains(SipStatusCatalog.Resolve(value).ToString(), StringComparison.Ordinal));
        }
    }

    [Theory]
    [MemberData(nameof(Unregistered))]
    public void Class_lookups_work_for_an_unregistered_code_in_range(int value)
    {
        var code = (SipStatusCode)value;
        code.GetClass().Should().Be((SipStatusClass)(value / 100));
        code.IsProvisional().Should().Be(value < 200);
        code.IsFinal().Should().Be(value >= 200);
        code.IsSuccessful().Should().Be(value is >= 200 and < 300);
        code.IsFailure().Should().Be(value >= 400);
        code.IsDefined().Should().BeFalse();
    }

    [Theory]
    [MemberData(nameof(OutOfRange))]
    public void Everything_but_TryGet_and_IsDefined_throws_outside_100_to_699_naming_the_value(int value)
    {
        var code = (SipStatusCode)value;
        var actions = new Action[]
        {
            () => SipStatusCatalog.Get(code), () => code.GetInfo(), () => code.GetReasonPhrase(),
            () => SipStatusCatalog.GetClass(value), () => SipStatusCatalog.Resolve(value), () => code.GetClass(),
            () => code.IsProvisional(), () => code.IsFinal(), () => code.IsSuccessful(), () => code.IsFailure(),
        };
        foreach (var act in actions)
        {
            act.Should().Throw<ArgumentOutOfRangeException>()
                .Where(e => e.Message.StartsWith($"{value} is not a SIP status code", StringComparison.Ordinal))
                .Where(e => e.Message.Contains("100 to 699", StringComparison.Ordinal))
                .Where(e => Equals(e.ActualValue, value));
        }

        FluentActions.Invoking(() => SipStatusCatalog.TryGet(value, out _)).Should().NotThrow();
        FluentActions.Invoking(() => code.IsDefined()).Should().NotThrow();
    }
}
