using System;
using System.ComponentModel;
using System.Globalization;
using System.Linq;
using FluentAssertions;
using SipStatus.Serialization;
using Xunit;

namespace SipStatus.Tests;

/// <summary>
/// The TypeConverters (every target, netstandard2.0 included): a status line and a reason from and to their wire
/// text, a status code from and to its three digits, the same in every culture.
/// </summary>
public class TypeConverterTests
{
    private static readonly TypeConverter s_code = TypeDescriptor.GetConverter(typeof(SipStatusCode));
    private static readonly TypeConverter s_line = TypeDescriptor.GetConverter(typeof(SipStatusLine));
    private static readonly TypeConverter s_reason = TypeDescriptor.GetConverter(typeof(SipReason));

    [Fact]
    public void The_types_carry_their_converters()
    {
        s_code.Should().BeOfType<SipStatusCodeTypeConverter>("the enum's own converter replaces the member-name EnumConverter");
        s_line.Should().BeOfType<SipStatusLineTypeConverter>();
        s_reason.Should().BeOfType<SipReasonTypeConverter>();
    }

    [Fact]
    public void They_convert_from_and_to_strings_only()
    {
        foreach (var converter in new[] { s_code, s_line, s_reason })
        {
            converter.CanConvertFrom(typeof(string)).Should().BeTrue();
            converter.CanConvertTo(typeof(string)).Should().BeTrue();
            converter.CanConvertFrom(typeof(int)).Should().BeFalse();
            converter.CanConvertTo(typeof(int)).Should().BeFalse();
            FluentActions.Invoking(() => converter.ConvertFrom(486)).Should().Throw<NotSupportedException>();
            FluentActions.Invoking(() => converter.ConvertFrom(null!)).Should().Throw<NotSupportedException>();
        }

        FluentActions.Invoking(() => s_code.ConvertTo(SipStatusCode.BusyHere, typeof(int))).Should().Throw<NotSupportedException>();
        FluentActions.Invoking(() => s_line.ConvertTo(SipStatusLine.Parse("SIP/2.0 486 Busy Here"), typeof(int))).Should().Throw<NotSupportedException>();
    }

    [Fact]
    public void Every_registered_code_and_its_status_line_round_trip()
    {
        Registry.Entries.Should().HaveCountGreaterThan(70);
        foreach (var entry in Registry.Entries)
        {
            var digits = entry.Code.ToString(CultureInfo.InvariantCulture);
            s_code.ConvertToInvariantString((SipStatusCode)entry.Code).Should().Be(digits);
            s_code.ConvertFromInvariantString(digits).Should().Be((SipStatusCode)entry.Code);

            var text = $"SIP/2.0 {digits} {entry.ReasonPhrase}";
            var line = (SipStatusLine)s_line.ConvertFromInvariantString(text)!;
            line.Code.Should().Be(entry.Code);
            line.ReasonPhrase.Should().Be(entry.ReasonPhrase);
            s_line.ConvertToInvariantString(line).Should().Be(text);
        }
    }

    [Fact]
    public void Every_line_of_the_real_world_corpus_round_trips()
    {
        // TestData/status-lines.tsv: status lines from RFC examples and deployed stacks, byte for byte.
        foreach (var text in TestFiles.ReadLines("status-lines.tsv").Skip(1).Select(l => l.Split('\t')[0]))
        {
            var line = (SipStatusLine)s_line.ConvertFromInvariantString(text)!;
            line.Should().Be(SipStatusLine.Parse(text));
            s_line.ConvertToInvariantString(line).Should().Be(text);
        }

        // RFC 3261 section 20.18 (Error-Info), its example response.
        s_line.ConvertToInvariantString(s_line.ConvertFromInvariantString("SIP/2.0 404 The number you have dialed is not in service"))
            .Should().Be("SIP/2.0 404 The number you have dialed is not in service");
    }

    /// <summary>The examples RFC 3326 section 2 prints after "Examples are:", exactly as printed (without "Reason: ").</summary>
    [Theory]
    [InlineData("SIP ;cause=200 ;text=\"Call completed elsewhere\"", "SIP", 200, "Call completed elsewhere")]
    [InlineData("Q.850 ;cause=16 ;text=\"Terminated\"", "Q.850", 16, "Terminated")]
    [InlineData("SIP ;cause=600 ;text=\"Busy Everywhere\"", "SIP", 600, "Busy Everywhere")]
    [InlineData("SIP ;cause=580 ;text=\"Precondition Failure\"", "SIP", 580, "Precondition Failure")]
    public void The_RFC_3326_examples_convert_and_are_written_as_a_reason_value(string printed, string protocol, int cause, string text)
    {
        var reason = (SipReason)s_reason.ConvertFromInvariantString(printed)!;
        reason.Protocol.Should().Be(protocol);
        reason.Cause.Should().Be(cause);
        reason.Text.Should().Be(text);

        // Written without the optional white space around ";" (SEMI = SWS ";" SWS, RFC 3261 section 25.1).
        var written = s_reason.ConvertToInvariantString(reason);
        written.Should().Be($"{protocol};cause={cause};text=\"{text}\"");
        s_reason.ConvertFromInvariantString(written!).Should().Be(reason);
    }

    [Fact]
    public void An_unregistered_code_from_100_to_699_converts()
    {
        Registry.Codes.Should().NotContain(499);
        s_code.ConvertFromInvariantString("499").Should().Be((SipStatusCode)499);
        s_code.ConvertToInvariantString((SipStatusCode)499).Should().Be("499");
    }

    [Theory]
    [InlineData("BusyHere")]
    [InlineData("700")]
    [InlineData("099")]
    [InlineData("4860")]
    [InlineData(" 486")]
    [InlineData("486 ")]
    [InlineData("+486")]
    [InlineData("")]
    [InlineData("٤٨٦")]
    public void A_code_that_is_not_three_digits_from_100_to_699_is_refused(string text)
    {
        FluentActions.Invoking(() => s_code.ConvertFromInvariantString(text))
            .Should().Throw<FormatException>()
            .WithMessage($"'{text}' is not a SIP status code: a status code is written as three digits from 100 to 699, for example 486.");
    }

    [Fact]
    public void A_long_or_hostile_code_is_quoted_only_as_a_short_escaped_excerpt()
    {
        var message = FluentActions.Invoking(() => s_code.ConvertFromInvariantString("\u001b[2J" + new string('9', 10_000)))
            .Should().Throw<FormatException>().Which.Message;
        message.Length.Should().BeLessThan(140);
        message.Should().StartWith("'\\u001B[2J999").And.NotContain("\u001b");
    }

    [Theory]
    [InlineData("SIP/2.0 4860 Busy Here")]
    [InlineData("SIP/2.0 486")]
    [InlineData("HTTP/1.1 200 OK")]
    [InlineData("")]
    public void A_malformed_status_line_throws_the_parser_s_exception(string text)
    {
        var expected = FluentActions.Invoking(() => SipStatusLine.Parse(text)).Should().Throw<FormatException>().Which.Message;
        FluentActions.Invoking(() => s_line.ConvertFromInvariantString(text)).Should().Throw<FormatException>().WithMessage(expected);
    }

    [Fact]
    public void A_status_line_with_a_line_break_is_refused_rather_than_cut()
    {
        FluentActions.Invoking(() => s_line.ConvertFromInvariantString("SIP/2.0 200 OK\r\n"))
            .Should().Throw<FormatException>()
            .WithMessage("Invalid SIP status line: a status line as a value is the line alone, without a line break (position 14, near \"…0 200 OK\\u000D\\u000A\").");
    }

    [Theory]
    [InlineData("SIP;cause=486, Q.850;cause=17")]
    [InlineData("SIP;text=\"no cause\"")]
    [InlineData("")]
    public void A_malformed_reason_throws_the_parser_s_exception(string text)
    {
        var expected = FluentActions.Invoking(() => SipReason.Parse(text)).Should().Throw<FormatException>().Which.Message;
        FluentActions.Invoking(() => s_reason.ConvertFromInvariantString(text)).Should().Throw<FormatException>().WithMessage(expected);
    }

    [Fact]
    public void What_would_not_read_back_is_not_written()
    {
        FluentActions.Invoking(() => s_line.ConvertToInvariantString(default(SipStatusLine)))
            .Should().Throw<InvalidOperationException>().WithMessage("*default instance*");
        FluentActions.Invoking(() => s_code.ConvertToInvariantString((SipStatusCode)0))
            .Should().Throw<ArgumentOutOfRangeException>().WithMessage("0 is not a SIP status code*");
    }

    [Theory]
    [InlineData("ar-SA")]
    [InlineData("fa-IR")]
    [InlineData("nl-NL")]
    [InlineData("tr-TR")]
    public void The_text_is_the_same_in_every_culture(string name)
    {
        var culture = CultureInfo.GetCultureInfo(name);
        var previous = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = culture;
            s_code.ConvertToString(SipStatusCode.BusyHere).Should().Be("486");
            s_code.ConvertTo(null, culture, SipStatusCode.BusyHere, typeof(string)).Should().Be("486");
            s_code.ConvertFrom(null, culture, "486").Should().Be(SipStatusCode.BusyHere);
            s_line.ConvertToString(SipStatusLine.Create(SipStatusCode.BusyHere)).Should().Be("SIP/2.0 486 Busy Here");
            s_line.ConvertFromString("SIP/2.0 486 Busy Here").Should().Be(SipStatusLine.Create(SipStatusCode.BusyHere));
            s_reason.ConvertToString(new SipReason("q.850", 16, "Terminated")).Should().Be("Q.850;cause=16;text=\"Terminated\"");
            s_reason.ConvertFromString("q.850;cause=16").Should().Be(new SipReason("Q.850", 16));
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }
}
