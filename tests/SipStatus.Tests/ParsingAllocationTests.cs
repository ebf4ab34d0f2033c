using System;
using System.Linq;
using System.Text;
using FluentAssertions;
using Xunit;

namespace SipStatus.Tests;

/// <summary>The wire hot paths allocate nothing in the common case; CI guards what the benchmarks show.</summary>
[Collection(nameof(AllocationTests))]
public class ParsingAllocationTests
{
    [Fact]
    public void Parsing_a_line_with_the_canonical_phrase_allocates_nothing()
    {
        var text = "SIP/2.0 486 Busy Here\r\nVia: SIP/2.0/UDP host\r\n";
        var bytes = Encoding.UTF8.GetBytes(text);
        var sink = 0;
        Allocations.By(() => sink += SipStatusLine.Parse(text.AsSpan()).Code).Should().Be(0);
        Allocations.By(() => sink += SipStatusLine.Parse(text).Code).Should().Be(0);
        Allocations.By(() => sink += SipStatusLine.Parse(bytes.AsSpan()).Code).Should().Be(0);
        Allocations.By(() => sink += SipStatusLine.TryParse(bytes, out var line) ? line.ReasonPhrase.Length : 0).Should().Be(0);
        Allocations.By(() => sink += SipStatusLine.Parse("SIP/2.0 100 \r\n").Code).Should().Be(0, "an empty phrase is string.Empty");
        Allocations.By(() => sink += SipStatusLine.TryParse("SIP/2.0 4294967301 x", out _) ? 1 : 0).Should().Be(0, "refusing allocates nothing either");
        sink.Should().BePositive();
    }

    [Fact]
    public void Formatting_a_line_to_chars_or_UTF_8_allocates_nothing()
    {
        var line = SipStatusLine.Parse("SIP/2.0 486 Occupé");
        var chars = new char[64];
        var bytes = new byte[64];
        var sink = 0;
        Allocations.By(() => sink += line.TryFormat(chars, out var written) ? written : 0).Should().Be(0);
        Allocations.By(() => sink += line.TryFormat(bytes, out var written) ? written : 0).Should().Be(0);
        Allocations.By(() => sink += line.TryFormat(bytes.AsSpan(0, 4), out var written) ? 1 : written).Should().Be(0, "a short buffer allocates nothing either");
        sink.Should().BePositive();
    }

    [Fact]
    public void Parsing_the_canonical_line_of_every_code_allocates_nothing_through_any_overload()
    {
        var texts = SipStatusCatalog.All.SelectMany(i => new[] { $"SIP/2.0 {i.Value} {i.ReasonPhrase}", $"SIP/2.0 {i.Value} {i.ReasonPhrase}\r\nVia: x\r\n" }).ToArray();
        var bytes = texts.Select(Encoding.UTF8.GetBytes).ToArray();
        var sink = 0;
        Allocations.By(() =>
        {
            foreach (var text in texts)
            {
                sink += SipStatusLine.Parse(text).Code + SipStatusLine.Parse(text.AsSpan()).Code;
                sink += SipStatusLine.TryParse(text, out var line) ? line.ReasonPhrase.Length : 0;
                sink += SipStatusLine.TryParse(text.AsSpan(), out line) ? line.Version.Length : 0;
            }

            foreach (var utf8 in bytes)
            {
                sink += SipStatusLine.Parse(utf8).Code + SipStatusLine.Parse(utf8.AsSpan()).Code;
                sink += SipStatusLine.TryParse(utf8, out var line) ? line.ReasonPhrase.Length : 0;
                sink += SipStatusLine.TryParse(utf8.AsSpan(), out line) ? line.Version.Length : 0;
            }
        }).Should().Be(0);
        sink.Should().BePositive();
    }

    [Fact]
    public void Any_other_phrase_costs_one_string()
    {
        var bytes = Encoding.UTF8.GetBytes("SIP/2.0 486 Busy here\r\n");
        var perParse = Allocations.By(() => SipStatusLine.Parse(bytes)) / 100.0;
        var oneString = Allocations.By(() => _ = new string('x', "Busy here".Length)) / 100.0;
        perParse.Should().BeApproximately(oneString, 0.5);
    }

    [Fact]
    public void Looking_up_a_phrase_allocates_nothing()
    {
        var sink = 0;
        Allocations.By(() =>
        {
            sink += SipStatusCatalog.FindByReasonPhrase("  busy-HERE ".AsSpan()).Count;
            sink += SipStatusCatalog.FindByReasonPhrase("Not Acceptable").Count;
            sink += SipStatusCatalog.TryFindByReasonPhrase("request uri too long", out var info) ? info.Value : 0;
            sink += SipStatusCatalog.FindByReasonPhrase("no such phrase at all").Count;
            sink += SipStatusCatalog.TryFindByReasonPhrase("Not Found (nummer niet herkend / incompleet)", out info) ? info.Value : 0;
            sink += SipStatusCatalog.FindByReasonPhrase("Service Unavailable (can't handle one-legged xfers)".AsSpan()).Count;
            sink += SipStatusCatalog.FindByReasonPhrase("Forbidden (règle (lokaal))").Count;
            sink += SipStatusCatalog.FindByReasonPhrase("(policy)").Count + SipStatusCatalog.FindByReasonPhrase("Forbidden (policy").Count;
        }).Should().Be(0);
        sink.Should().BePositive();
    }

    [Fact]
    public void Looking_up_every_wording_in_any_case_and_spacing_allocates_nothing()
    {
        var phrases = SipStatusCatalog.All
            .SelectMany(i => i.Aliases.Prepend(i.ReasonPhrase))
            .SelectMany(p => new[] { p, p.ToUpperInvariant(), p.ToLowerInvariant().Replace(' ', '-'), $"  {p.Replace(" ", "  ")}  ", p + new string(' ', 80) })
            .SelectMany(p => new[] { p, $"{p} (comment)", $"{p}(nested (comment)) " })
            .Append("Request – URI Too Long") // a non-ASCII separator takes the scalar path
            .Append(string.Concat(Enumerable.Repeat("Busy Here ", 10))) // more than any key: the slow path
            .ToArray();
        var sink = 0;
        Allocations.By(() =>
        {
            foreach (var phrase in phrases)
            {
                sink += SipStatusCatalog.TryFindByReasonPhrase(phrase, out var info) ? info.Value : 0;
                sink += SipStatusCatalog.TryFindByReasonPhrase(phrase.AsSpan(), out info) ? info.Value : 0;
                sink += SipStatusCatalog.FindByReasonPhrase(phrase).Count + SipStatusCatalog.FindByReasonPhrase(phrase.AsSpan()).Count;
            }
        }).Should().Be(0);
        sink.Should().BePositive();
    }

    [Fact]
    public void Reading_a_code_comparing_phrases_and_parsing_with_an_error_overload_allocate_nothing()
    {
        var utf8 = Encoding.UTF8.GetBytes("SIP/2.0 486 Busy Here\r\n");
        var sink = 0;
        Allocations.By(() =>
        {
            sink += SipStatusCatalog.TryParseCode("486", out var code) ? code : 0;
            sink += SipStatusCatalog.TryParseCode("486".AsSpan(), out code) ? code : 0;
            sink += SipStatusCatalog.TryParseCode(utf8.AsSpan(8, 3), out code) ? code : 0;
            sink += SipStatusCatalog.TryParseCode("4x6", out code) ? 1 : 0;
            sink += SipStatusCatalog.ReasonPhrasesMatch("Busy-Here (line 2)", "Busy Here") ? 1 : 0;
            sink += SipStatusCatalog.ReasonPhrasesMatch("Request – URI Too Long".AsSpan(), "request uri too long".AsSpan()) ? 1 : 0;
            sink += SipStatusCatalog.ReasonPhrasesMatch("Busy Here", "Busy Everywhere") ? 1 : 0;
            sink += SipStatusLine.TryParse(utf8, out var line, out var error) && error is null ? line.Code : 0;
            sink += SipStatusLine.TryParse("SIP/2.0 486 Busy Here", out line, out error) && error is null ? line.Code : 0;
        }).Should().Be(0, "the error overloads allocate only when they refuse");
        sink.Should().BePositive();
    }
}
