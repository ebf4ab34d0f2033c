using System.Globalization;
using System.Linq;
using FluentAssertions;
using Xunit;

namespace SipStatus.Tests;

/// <summary>The lookups allocate nothing; CI guards what the benchmarks show.</summary>
[Collection(nameof(AllocationTests))]
public class AllocationTests
{
    [Fact]
    public void Lookups_by_code_allocate_nothing()
    {
        var sink = 0;
        Allocations.By(() =>
        {
            var all = SipStatusCatalog.All;
            for (var i = 0; i < all.Count; i++)
            {
                var info = all[i];
                sink += info.Code.GetReasonPhrase().Length;
                sink += (int)info.Code.GetClass();
                sink += info.Code.IsFinal() ? 1 : 0;
                sink += SipStatusCatalog.Get(info.Code).Value;
            }
        }).Should().Be(0);

        Allocations.By(() =>
        {
            for (var code = 90; code < 710; code++)
            {
                if (SipStatusCatalog.TryGet(code, out var info))
                {
                    sink += info.Value;
                }

                if (code is >= 100 and <= 699)
                {
                    sink += SipStatusCatalog.Resolve(code).Value;
                    sink += (int)SipStatusCatalog.GetClass(code);
                }
            }
        }).Should().Be(0);
        sink.Should().BePositive();
    }

    [Fact]
    public void Descriptions_and_hints_in_any_culture_allocate_nothing()
    {
        var cultures = new[] { "nl-BE", "nl", "en-US", "fy-NL", "de-DE", "" }.Select(CultureInfo.GetCultureInfo).ToArray();
        var sink = 0;
        Allocations.By(() =>
        {
            var all = SipStatusCatalog.All;
            foreach (var culture in cultures)
            {
                for (var i = 0; i < all.Count; i++)
                {
                    sink += all[i].GetDescription(culture).Length;
                    sink += all[i].GetHint(culture)?.Length ?? 0;
                }
            }

            sink += SipStatusCatalog.All[0].GetDescription().Length;
        }).Should().Be(0);
        sink.Should().BePositive();
    }

    [Fact]
    public void Q850_lookups_allocate_nothing()
    {
        var sink = 0;
        Allocations.By(() =>
        {
            for (var cause = Q850.MinCause; cause <= Q850.MaxCause; cause++)
            {
                sink += (int)(Q850.ToSipStatusCode(cause) ?? 0);
                sink += (int)(Q850.ToSipStatusCode(cause, hasDiagnostic: true) ?? 0);
                sink += Q850.GetCauseName(cause).Length;
            }

            for (var code = SipStatusCatalog.MinCode; code <= SipStatusCatalog.MaxCode; code++)
            {
                sink += ((SipStatusCode)code).GetQ850Cause() ?? 0;
            }

            for (var c = SipStatusClass.Provisional; c <= SipStatusClass.GlobalFailure; c++)
            {
                sink += c.GetDisplayName(null).Length + c.GetDescription(null).Length;
            }
        }).Should().Be(0);
        sink.Should().BePositive();
    }
}
