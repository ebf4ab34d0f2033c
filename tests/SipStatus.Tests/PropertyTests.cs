using System;
using System.Linq;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using Xunit;

namespace SipStatus.Tests;

/// <summary>Property tests (FsCheck): round trips for every code and any valid phrase; no input makes Try* throw.</summary>
public class PropertyTests
{
    private static readonly Config s_config = Config.QuickThrowOnFailure.WithMaxTest(2_000);

    /// <summary>
    /// Valid phrase characters: anything but controls (HTAB allowed) and unpaired surrogates, leading spaces included
    /// (RFC 3261 section 25.1: <c>Reason-Phrase = *(reserved / unreserved / escaped / UTF8-NONASCII / UTF8-CONT / SP / HTAB)</c>).
    /// </summary>
    private static readonly Gen<string> s_phrases =
        Gen.OneOf(
                Gen.Elements(SipStatusCatalog.All.Select(i => i.ReasonPhrase).ToArray()),
                ArbMap.Default.GeneratorFor<string>().Where(s => s is not null),
                Gen.Elements("Busy here", "Occupé", "= 2**3 * 5**2 но сто", "Besetzt\tjetzt", "📞 later", "OK%20done", string.Empty, " OK", " ", "\t Busy Here "))
            .Select(s => new string((s ?? string.Empty).Where(c => !char.IsControl(c) || c == '\t').Where(c => !char.IsSurrogate(c)).ToArray()));

    [Fact]
    public void Formatting_then_parsing_gives_back_the_same_line_for_every_code_and_valid_phrase()
    {
        var property = Prop.ForAll(
            Gen.Choose(100, 699).ToArbitrary(),
            s_phrases.ToArbitrary(),
            (code, phrase) =>
            {
                var line = new SipStatusLine(code, phrase);
                var text = line.ToString();
                var utf8 = Encoding.UTF8.GetBytes(text + "\r\n");
                return SipStatusLine.Parse(text) == line
                    && SipStatusLine.Parse(utf8.AsSpan()) == line
                    && SipStatusLine.Parse(text + "\nVia: x").ReasonPhrase == phrase
                    && line.Info!.Class == (SipStatusClass)(code / 100);
            });
        Check.One(s_config, property);
    }

    [Fact]
    public void Arbitrary_bytes_never_make_TryParse_throw()
    {
        var prefixes = Gen.Elements(string.Empty, "SIP/2.0 ", "SIP/2.0 486 ", "sip/1.1 200", "SIP/2.0 4294967301 ");
        var property = Prop.ForAll(
            prefixes.ToArbitrary(),
            ArbMap.Default.ArbFor<byte[]>(),
            (prefix, tail) =>
            {
                var bytes = Encoding.ASCII.GetBytes(prefix).Concat(tail ?? Array.Empty<byte>()).ToArray();
                var ok = SipStatusLine.TryParse(bytes.AsSpan(), out var line);
                var okArray = SipStatusLine.TryParse(bytes, out var fromArray);
                return ok == okArray && line == fromArray && (!ok || line.Code is >= 100 and <= 699);
            });
        Check.One(s_config, property);
    }

    [Fact]
    public void Arbitrary_strings_never_make_TryParse_or_the_phrase_lookup_throw()
    {
        var property = Prop.ForAll(
            ArbMap.Default.ArbFor<string>(),
            text =>
            {
                var ok = SipStatusLine.TryParse(text, out var line);
                var spanOk = SipStatusLine.TryParse((text ?? string.Empty).AsSpan(), out _);
                var matches = SipStatusCatalog.FindByReasonPhrase(text);
                SipStatusCatalog.TryFindByReasonPhrase(text, out var single);
                return (text is null || ok == spanOk) && (!ok || line.Code is >= 100 and <= 699) && matches.Count <= 2 && (single is null || matches.Count == 1);
            });
        Check.One(s_config, property);
    }

    [Fact]
    public void Parse_either_succeeds_or_throws_FormatException_and_agrees_with_TryParse()
    {
        var property = Prop.ForAll(
            ArbMap.Default.ArbFor<string>(),
            text =>
            {
                var input = "SIP/2.0 " + (text ?? string.Empty);
                var ok = SipStatusLine.TryParse(input, out var tried);
                try
                {
                    var parsed = SipStatusLine.Parse(input);
                    return ok && parsed == tried;
                }
                catch (FormatException e)
                {
                    return !ok && e.Message.StartsWith("Invalid SIP status line: ", StringComparison.Ordinal) && e.Message.Length < 300;
                }
            });
        Check.One(s_config, property);
    }
}
