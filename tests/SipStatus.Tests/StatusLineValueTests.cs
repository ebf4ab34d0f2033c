using System;
using System.Globalization;
using System.Linq;
using System.Text;
using FluentAssertions;
using FsCheck.Fluent;
using Xunit;

namespace SipStatus.Tests;

/// <summary>A status line as a value: creating it, formatting it (text, chars, UTF-8, IFormattable), equality and hashing.</summary>
public class StatusLineValueTests
{
    [Fact]
    public void Create_gives_the_canonical_line_and_refuses_unregistered_codes()
    {
        var line = SipStatusLine.Create(SipStatusCode.BusyHere);
        line.ToString().Should().Be("SIP/2.0 486 Busy Here");
        line.IsCanonicalReasonPhrase.Should().BeTrue();
        line.ReasonPhrase.Should().BeSameAs(SipStatusCode.BusyHere.GetReasonPhrase());
        FluentActions.Invoking(() => SipStatusLine.Create((SipStatusCode)431)).Should().Throw<ArgumentOutOfRangeException>().WithMessage("*431*");
        foreach (var info in SipStatusCatalog.All)
        {
            SipStatusLine.Parse(SipStatusLine.Create(info.Code).ToString()).Should().Be(SipStatusLine.Create(info.Code));
        }
    }

    [Fact]
    public void The_constructor_checks_each_part()
    {
        new SipStatusLine(486, "Busy here").ToString().Should().Be("SIP/2.0 486 Busy here");
        new SipStatusLine(486, string.Empty, "sip/2.0").ToString().Should().Be("sip/2.0 486 ");
        FluentActions.Invoking(() => new SipStatusLine(99, "x")).Should().Throw<ArgumentOutOfRangeException>().WithMessage("*99*");
        FluentActions.Invoking(() => new SipStatusLine(486, "Busy\r\nVia: x")).Should().Throw<ArgumentException>().WithParameterName("reasonPhrase");
        new SipStatusLine(486, " Busy").ToString().Should().Be("SIP/2.0 486  Busy", "RFC 3261 section 25.1 lets a Reason-Phrase begin with SP");
        FluentActions.Invoking(() => new SipStatusLine(486, "Busy\nHere")).Should().Throw<ArgumentException>().WithParameterName("reasonPhrase");
        FluentActions.Invoking(() => new SipStatusLine(486, "Busy", "SIP/2.0 486")).Should().Throw<ArgumentException>().WithParameterName("version");
        FluentActions.Invoking(() => new SipStatusLine(486, "Busy", "HTTP/1.1")).Should().Throw<ArgumentException>().WithParameterName("version").WithMessage("*HTTP/1.1*");
        FluentActions.Invoking(() => new SipStatusLine(486, null!)).Should().Throw<ArgumentNullException>();
    }

    [Theory]
    [InlineData("SIP/2.0 486 Occupé")]
    [InlineData("SIP/12.34 699 Ünïcödé 𝄞 \t")]
    [InlineData("SIP/2.0 100 ")]
    public void Formatting_fits_a_buffer_of_exactly_the_line_and_refuses_one_unit_less(string text)
    {
        var line = SipStatusLine.Parse(text);
        var chars = new char[text.Length];
        line.TryFormat(chars, out var charsWritten).Should().BeTrue();
        new string(chars, 0, charsWritten).Should().Be(text);
        line.TryFormat(chars.AsSpan(0, text.Length - 1), out charsWritten).Should().BeFalse();
        charsWritten.Should().Be(0);

        var utf8 = Encoding.UTF8.GetBytes(text);
        var bytes = new byte[utf8.Length];
        line.TryFormat(bytes, out var bytesWritten).Should().BeTrue();
        bytes.AsSpan(0, bytesWritten).ToArray().Should().Equal(utf8);
        line.TryFormat(bytes.AsSpan(0, utf8.Length - 1), out bytesWritten).Should().BeFalse();
        bytesWritten.Should().Be(0);
    }

    [Fact]
    public void Formatting_a_default_instance_writes_what_ToString_gives()
    {
        var line = default(SipStatusLine);
        var chars = new char[16];
        line.TryFormat(chars, out var charsWritten).Should().BeTrue();
        new string(chars, 0, charsWritten).Should().Be(line.ToString()).And.Be("SIP/2.0 0 ");
        var bytes = new byte[16];
        line.TryFormat(bytes, out var bytesWritten).Should().BeTrue();
        Encoding.UTF8.GetString(bytes, 0, bytesWritten).Should().Be("SIP/2.0 0 ");
    }

    [Fact]
    public void Formatting_writes_the_line_to_chars_and_UTF_8_and_reports_a_short_buffer()
    {
        var line = SipStatusLine.Parse("SIP/2.0 486 Occupé");
        Span<char> chars = stackalloc char[64];
        line.TryFormat(chars, out var written).Should().BeTrue();
        chars[..written].ToString().Should().Be("SIP/2.0 486 Occupé");
        line.TryFormat(chars[..10], out _).Should().BeFalse();

        Span<byte> bytes = stackalloc byte[64];
        line.TryFormat(bytes, out var bytesWritten).Should().BeTrue();
        Encoding.UTF8.GetString(bytes[..bytesWritten]).Should().Be("SIP/2.0 486 Occupé");
        bytesWritten.Should().Be(19, "é takes two bytes");
        line.TryFormat(bytes[..18], out _).Should().BeFalse();

        $"{line}".Should().Be("SIP/2.0 486 Occupé");
        line.ToString(null, null).Should().Be(line.ToString());
        FluentActions.Invoking(() => line.ToString("X", null)).Should().Throw<FormatException>().WithMessage("*'X'*");
    }

    [Fact]
    public void The_general_format_G_is_the_line_as_sent_as_for_every_IFormattable()
    {
        var line = SipStatusLine.Parse("SIP/2.0 486 Busy Here");
        line.ToString("G", CultureInfo.InvariantCulture).Should().Be("SIP/2.0 486 Busy Here");
        line.ToString("g", null).Should().Be("SIP/2.0 486 Busy Here");
        string.Format(CultureInfo.InvariantCulture, "{0:G}", line).Should().Be("SIP/2.0 486 Busy Here");
        Span<char> chars = stackalloc char[32];
        line.TryFormat(chars, out var written, "G").Should().BeTrue();
        chars[..written].ToString().Should().Be("SIP/2.0 486 Busy Here");
        Span<byte> bytes = stackalloc byte[32];
        line.TryFormat(bytes, out var bytesWritten, "G").Should().BeTrue();
        bytesWritten.Should().Be(21);
        FluentActions.Invoking(() => line.ToString("GG", null)).Should().Throw<FormatException>().WithMessage("'GG' is not a format of SipStatusLine*");
    }

    [Fact]
    public void The_typed_status_is_the_code_registered_or_not_and_a_default_line_answers_without_throwing()
    {
        SipStatusLine.Parse("SIP/2.0 486 Busy Here").Status.Should().Be(SipStatusCode.BusyHere);
        SipStatusLine.Parse("SIP/2.0 431 x").Status.Should().Be((SipStatusCode)431);
        SipStatusLine.Parse("SIP/2.0 431 x").Status.IsDefined().Should().BeFalse();
        default(SipStatusLine).Status.Should().Be((SipStatusCode)0);
        default(SipStatusLine).Code.Should().Be(0);
        default(SipStatusLine).ToString().Should().Be("SIP/2.0 0 ");
    }

    [Fact]
    public void TryGetReasonPhrase_gives_the_registry_phrase_and_never_throws()
    {
        foreach (var entry in Registry.Entries)
        {
            ((SipStatusCode)entry.Code).TryGetReasonPhrase(out var phrase).Should().BeTrue();
            phrase.Should().Be(entry.ReasonPhrase);
        }

        foreach (var value in new[] { 0, -1, 99, 431, 699, 700, int.MinValue, int.MaxValue })
        {
            ((SipStatusCode)value).TryGetReasonPhrase(out var phrase).Should().BeFalse();
            phrase.Should().BeNull();
        }
    }

    [Fact]
    public void Equality_compares_version_code_and_phrase_ordinally()
    {
        var a = SipStatusLine.Parse("SIP/2.0 486 Busy Here");
        a.Should().Be(SipStatusLine.Create(SipStatusCode.BusyHere));
        (a == SipStatusLine.Create(SipStatusCode.BusyHere)).Should().BeTrue();
        a.GetHashCode().Should().Be(SipStatusLine.Create(SipStatusCode.BusyHere).GetHashCode());
        (a != SipStatusLine.Parse("SIP/2.0 486 Busy here")).Should().BeTrue();
        a.Should().NotBe(SipStatusLine.Parse("sip/2.0 486 Busy Here"));
        a.Equals((object)SipStatusLine.Parse("SIP/2.0 486 Busy Here")).Should().BeTrue();
        a.Equals("SIP/2.0 486 Busy Here").Should().BeFalse();
    }

#if !NETSTANDARD_BUILD // the generic parsing interfaces exist on net8.0 and later only
    [Fact]
    public void Generic_parsing_interfaces_delegate_to_the_parser()
    {
        static T ParseWith<T>(string s) where T : IParsable<T> => T.Parse(s, null);
        static T ParseUtf8<T>(byte[] s) where T : IUtf8SpanParsable<T> => T.Parse(s, null);
        static bool TryWith<T>(string s) where T : ISpanParsable<T> => T.TryParse(s.AsSpan(), null, out _);
        ParseWith<SipStatusLine>("SIP/2.0 200 OK").Code.Should().Be(200);
        ParseUtf8<SipStatusLine>("SIP/2.0 180 Ringing"u8.ToArray()).Code.Should().Be(180);
        TryWith<SipStatusLine>("SIP/2.0 99 x").Should().BeFalse();
        TryWith<SipStatusLine>("SIP/2.0 199 x").Should().BeTrue();
    }
#endif

    [Fact]
    public void Formatting_refuses_any_format_but_the_general_one()
    {
        var line = SipStatusLine.Create(SipStatusCode.Ok);
        var chars = new char[32];
        var bytes = new byte[32];
        FluentActions.Invoking(() => line.TryFormat(chars, out _, "x")).Should().Throw<FormatException>().WithMessage("'x' is not a format of SipStatusLine*");
        FluentActions.Invoking(() => line.TryFormat(bytes, out _, "x")).Should().Throw<FormatException>().WithMessage("'x' is not a format of SipStatusLine*");
        line.TryFormat(chars, out var written, default, null).Should().BeTrue();
        written.Should().Be("SIP/2.0 200 OK".Length);
    }

    [Fact]
    public void The_constructor_names_the_bad_part_in_its_message()
    {
        FluentActions.Invoking(() => new SipStatusLine(486, "Busy\u0001"))
            .Should().Throw<ArgumentException>().WithMessage("'Busy\\u0001' is not a valid reason phrase*").And.ParamName.Should().Be("reasonPhrase");
        FluentActions.Invoking(() => new SipStatusLine(486, "Busy", "SIP/x"))
            .Should().Throw<ArgumentException>().WithMessage("'SIP/x' is not a valid SIP version (SIP/<digits>.<digits>)*").And.ParamName.Should().Be("version");
        FluentActions.Invoking(() => new SipStatusLine(486, "Busy", null!))
            .Should().Throw<ArgumentNullException>().WithParameterName("version");
    }

    [Fact]
    public void Lines_that_differ_only_in_code_or_phrase_hash_differently()
    {
        var hashes = Enumerable.Range(480, 10).Select(c => new SipStatusLine(c, "X").GetHashCode())
            .Concat(new[] { "A", "B", "C" }.Select(p => new SipStatusLine(486, p).GetHashCode()))
            .Concat(new[] { new SipStatusLine(486, "A", "SIP/3.0").GetHashCode() });
        hashes.Should().OnlyHaveUniqueItems();
    }
}
