using System;
using System.Linq;
using System.Text;
using FluentAssertions;
using FsCheck.Fluent;
using Xunit;

namespace SipStatus.Tests;

/// <summary>
/// A status line that carries its code's registry phrase is read on a short path that reuses the registry's strings;
/// these tests hold it to the answers of the full scan for every code, line end and near variant.
/// </summary>
public class CanonicalStatusLineTests
{
    /// <summary>Parses through every overload and checks they agree; null when every overload refuses.</summary>
    private static SipStatusLine? ParseAll(string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        var ok = SipStatusLine.TryParse(text, out var line);
        SipStatusLine.TryParse(text.AsSpan(), out var fromSpan).Should().Be(ok, text);
        SipStatusLine.TryParse(bytes, out var fromBytes).Should().Be(ok, text);
        SipStatusLine.TryParse(bytes.AsSpan(), out var fromByteSpan).Should().Be(ok, text);
        fromSpan.Should().Be(line);
        fromBytes.Should().Be(line);
        fromByteSpan.Should().Be(line);
        if (ok)
        {
            SipStatusLine.Parse(text).Should().Be(line);
            SipStatusLine.Parse(bytes.AsSpan()).Should().Be(line);
        }
        else
        {
            FluentActions.Invoking(() => SipStatusLine.Parse(text)).Should().Throw<FormatException>();
            FluentActions.Invoking(() => SipStatusLine.Parse(bytes)).Should().Throw<FormatException>();
        }

        return ok ? line : null;
    }

    [Fact]
    public void A_canonical_line_of_every_code_reads_the_same_with_every_line_end_and_reuses_the_registry_strings()
    {
        foreach (var info in SipStatusCatalog.All)
        {
            foreach (var end in new[] { string.Empty, "\n", "\r\n", "\nVia: x", "\r\nVia: x\r\n\r\n" })
            {
                var line = ParseAll($"SIP/2.0 {info.Value} {info.ReasonPhrase}{end}")!.Value;
                line.Code.Should().Be(info.Value);
                line.ReasonPhrase.Should().BeSameAs(info.ReasonPhrase);
                line.Version.Should().BeSameAs(SipStatusLine.DefaultVersion);
                line.IsCanonicalReasonPhrase.Should().BeTrue();
            }
        }
    }

    [Fact]
    public void Whatever_differs_from_a_canonical_line_gets_the_full_scan_answer()
    {
        foreach (var info in SipStatusCatalog.All)
        {
            var code = info.Value;
            var phrase = info.ReasonPhrase;

            // Refused as the full scan refuses: a control character ends the phrase, or a separator is wrong.
            foreach (var end in new[] { "\r", "\rX", "\r\r\n", "\0", "\u007f", "\u0085" })
            {
                ParseAll($"SIP/2.0 {code} {phrase}{end}").Should().BeNull();
            }

            ParseAll($"SIP/2.0  {code} {phrase}").Should().BeNull();
            ParseAll($"SIP/2.0 {code}{phrase}").Should().BeNull();
            ParseAll($"SIP/2.0 0{code} {phrase}").Should().BeNull();

            // Accepted with the phrase as written, which is then not the registry phrase.
            // A second space after the code is the phrase's first character (RFC 3261 section 25.1: Reason-Phrase =
            // *(... / SP / HTAB)), never the registry phrase.
            foreach (var other in new[] { phrase + " ", phrase + "\t", phrase + "x", phrase[..^1], phrase.ToUpperInvariant() + "\r\n", phrase.ToLowerInvariant(), " " + phrase, " " + phrase + "\r\n" })
            {
                var line = ParseAll($"SIP/2.0 {code} {other}")!.Value;
                line.ReasonPhrase.Should().Be(other.TrimEnd('\r', '\n'));
                line.IsCanonicalReasonPhrase.Should().Be(line.ReasonPhrase == phrase);
            }

            // Other versions are kept as written.
            foreach (var version in new[] { "sip/2.0", "SIP/2.1", "SIP/20.0" })
            {
                var line = ParseAll($"{version} {code} {phrase}\r\n")!.Value;
                line.Version.Should().Be(version);
                line.ReasonPhrase.Should().Be(phrase);
            }
        }
    }

    [Fact]
    public void Unregistered_codes_never_carry_a_registry_phrase()
    {
        foreach (var code in Enumerable.Range(100, 600).Where(c => !SipStatusCatalog.IsRegistered(c)))
        {
            var phrase = SipStatusCatalog.Resolve(code).ReasonPhrase;
            var line = ParseAll($"SIP/2.0 {code} {phrase}\r\n")!.Value;
            line.Code.Should().Be(code);
            line.ReasonPhrase.Should().Be(phrase);
            line.IsCanonicalReasonPhrase.Should().BeFalse();
        }
    }
}
