#if !NETSTANDARD_BUILD
using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Serialization;
using FluentAssertions;
using SipStatus.Serialization;
using Xunit;

namespace SipStatus.Tests;

/// <summary>
/// The System.Text.Json converters (net8.0 and later): a status line and a reason as their wire text, a status code as a
/// JSON number, through the reflection-based serializer and a source-generated context, with nothing registered.
/// </summary>
public class JsonConverterTests
{
    /// <summary>
    /// The examples RFC 3326 section 2 prints after "Examples are:", exactly as printed (without "Reason: "), each
    /// with its reason-value written without the optional white space around ";" (SEMI = SWS ";" SWS, RFC 3261
    /// section 25.1): "SIP ;cause=200 ;text="Call completed elsewhere"", "Q.850 ;cause=16 ;text="Terminated"",
    /// "SIP ;cause=600 ;text="Busy Everywhere"", "SIP ;cause=580 ;text="Precondition Failure"".
    /// </summary>
    public static TheoryData<string, string> Rfc3326Examples => new()
    {
        { "SIP ;cause=200 ;text=\"Call completed elsewhere\"", "SIP;cause=200;text=\"Call completed elsewhere\"" },
        { "Q.850 ;cause=16 ;text=\"Terminated\"", "Q.850;cause=16;text=\"Terminated\"" },
        { "SIP ;cause=600 ;text=\"Busy Everywhere\"", "SIP;cause=600;text=\"Busy Everywhere\"" },
        { "SIP ;cause=580 ;text=\"Precondition Failure\"", "SIP;cause=580;text=\"Precondition Failure\"" },
    };

    [Fact]
    public void The_types_carry_their_converters_so_the_serializer_needs_no_registration()
    {
        var options = JsonSerializerOptions.Default;
        options.GetConverter(typeof(SipStatusCode)).Should().BeOfType<SipStatusCodeJsonConverter>();
        options.GetConverter(typeof(SipStatusLine)).Should().BeOfType<SipStatusLineJsonConverter>();
        options.GetConverter(typeof(SipReason)).Should().BeOfType<SipReasonJsonConverter>();
    }

    [Fact]
    public void Every_registered_code_round_trips_as_its_number()
    {
        Registry.Entries.Should().HaveCountGreaterThan(70);
        foreach (var entry in Registry.Entries)
        {
            var code = (SipStatusCode)entry.Code;
            var json = JsonSerializer.Serialize(code);
            json.Should().Be(entry.Code.ToString(System.Globalization.CultureInfo.InvariantCulture));
            JsonSerializer.Deserialize<SipStatusCode>(json).Should().Be(code);
            JsonSerializer.Deserialize<SipStatusCode?>(json).Should().Be(code);
        }
    }

    [Fact]
    public void Every_registered_status_line_round_trips_as_its_wire_text()
    {
        foreach (var entry in Registry.Entries)
        {
            var text = $"SIP/2.0 {entry.Code} {entry.ReasonPhrase}";
            var json = JsonSerializer.Serialize(SipStatusLine.Parse(text));
            using (var document = JsonDocument.Parse(json))
            {
                document.RootElement.ValueKind.Should().Be(JsonValueKind.String);
                document.RootElement.GetString().Should().Be(text);
            }

            var read = JsonSerializer.Deserialize<SipStatusLine>(json);
            read.Code.Should().Be(entry.Code);
            read.ReasonPhrase.Should().Be(entry.ReasonPhrase);
            read.ToString().Should().Be(text);
        }
    }

    [Fact]
    public void A_status_line_is_written_exactly_as_sent()
    {
        JsonSerializer.Serialize(SipStatusLine.Parse("SIP/2.0 486 Busy Here")).Should().Be("\"SIP/2.0 486 Busy Here\"");

        // RFC 3261 section 20.18 (Error-Info), its example response: a reason phrase of the UAS's own.
        const string Rfc3261Example = "SIP/2.0 404 The number you have dialed is not in service";
        var line = JsonSerializer.Deserialize<SipStatusLine>("\"" + Rfc3261Example + "\"");
        line.Code.Should().Be(404);
        line.ReasonPhrase.Should().Be("The number you have dialed is not in service");
        JsonSerializer.Serialize(line).Should().Be("\"" + Rfc3261Example + "\"");
    }

    [Fact]
    public void Every_line_of_the_real_world_corpus_round_trips()
    {
        // TestData/status-lines.tsv: status lines from RFC examples and deployed stacks, byte for byte.
        var lines = TestFiles.ReadLines("status-lines.tsv").Skip(1).Select(l => l.Split('\t')[0]).ToList();
        lines.Should().HaveCountGreaterThan(30);
        foreach (var text in lines)
        {
            var json = JsonSerializer.Serialize(SipStatusLine.Parse(text));
            JsonSerializer.Deserialize<string>(json).Should().Be(text);
            JsonSerializer.Deserialize<SipStatusLine>(json).Should().Be(SipStatusLine.Parse(text));
        }
    }

    [Fact]
    public void A_line_read_from_escaped_or_unescaped_json_is_the_same()
    {
        // Escapes take the string path, plain text the UTF-8 path; non-ASCII phrases go through both.
        var plain = JsonSerializer.Deserialize<SipStatusLine>("\"SIP/2.0 486 Bezet hier – later\"");
        var escaped = JsonSerializer.Deserialize<SipStatusLine>("\"SIP/2.0 486 Bezet hier \\u2013 later\"");
        plain.Should().Be(escaped);
        plain.ReasonPhrase.Should().Be("Bezet hier – later");
        JsonSerializer.Deserialize<SipStatusLine>(JsonSerializer.Serialize(plain)).Should().Be(plain);
    }

    [Theory]
    [MemberData(nameof(Rfc3326Examples))]
    public void The_RFC_3326_examples_read_and_are_written_as_their_reason_value(string printed, string written)
    {
        var reason = JsonSerializer.Deserialize<SipReason>(JsonSerializer.Serialize(printed))!;
        reason.Should().Be(SipReason.Parse(printed));
        var json = JsonSerializer.Serialize(reason);
        JsonSerializer.Deserialize<string>(json).Should().Be(written);
        JsonSerializer.Deserialize<SipReason>(json).Should().Be(reason);
    }

    [Fact]
    public void A_reason_is_a_json_string_and_a_missing_one_is_null()
    {
        // The quotes of the text are escaped in JSON: the default encoder writes them as \u0022.
        var json = JsonSerializer.Serialize(new SipReason("Q.850", 16, "Terminated"));
        JsonSerializer.Deserialize<string>(json).Should().Be("Q.850;cause=16;text=\"Terminated\"");
        JsonSerializer.Serialize<SipReason?>(null).Should().Be("null");
        JsonSerializer.Deserialize<SipReason?>("null").Should().BeNull();
        JsonSerializer.Deserialize<SipReason[]>("[\"SIP;cause=486;text=\\\"Busy Here\\\"\",\"Q.850;cause=17\"]")
            .Should().Equal(new SipReason("SIP", 486, "Busy Here"), new SipReason("Q.850", 17));
    }

    [Fact]
    public void An_unregistered_code_from_100_to_699_reads_as_a_status_line_s_code_would()
    {
        // 499 is not in the IANA registry, yet a status line may carry it (RFC 3261 section 8.1.3.2 tells a UA what to do).
        Registry.Codes.Should().NotContain(499);
        JsonSerializer.Deserialize<SipStatusCode>("499").Should().Be((SipStatusCode)499);
        JsonSerializer.Serialize((SipStatusCode)499).Should().Be("499");
        JsonSerializer.Deserialize<SipStatusCode>("100").Should().Be((SipStatusCode)100);
        JsonSerializer.Deserialize<SipStatusCode>("699").Should().Be((SipStatusCode)699);
    }

    [Theory]
    [InlineData("700", "700 is not a SIP status code: status codes are three digits from 100 to 699.")]
    [InlineData("99", "99 is not a SIP status code: status codes are three digits from 100 to 699.")]
    [InlineData("0", "0 is not a SIP status code: status codes are three digits from 100 to 699.")]
    [InlineData("-486", "-486 is not a SIP status code: status codes are three digits from 100 to 699.")]
    [InlineData("4294967782", "4294967782 is not a SIP status code: status codes are three digits from 100 to 699.")]
    [InlineData("486.0", "A SipStatusCode is written as a JSON number from 100 to 699, such as 486, not as the number 486.0.")]
    [InlineData("4.86e2", "A SipStatusCode is written as a JSON number from 100 to 699, such as 486, not as the number 4.86e2.")]
    [InlineData("\"486\"", "A SipStatusCode is written as a JSON number from 100 to 699, such as 486, not as the string \"486\".")]
    [InlineData("\"BusyHere\"", "A SipStatusCode is written as a JSON number from 100 to 699, such as 486, not as the string \"BusyHere\".")]
    [InlineData("true", "A SipStatusCode is written as a JSON number from 100 to 699, such as 486, not as true.")]
    [InlineData("[486]", "A SipStatusCode is written as a JSON number from 100 to 699, such as 486, not as an array.")]
    [InlineData("null", "A SipStatusCode is written as a JSON number from 100 to 699, such as 486, not as null (declare it SipStatusCode? to allow null).")]
    public void A_code_that_is_not_a_number_from_100_to_699_is_refused_with_what_is_wrong(string json, string message)
    {
        FluentActions.Invoking(() => JsonSerializer.Deserialize<SipStatusCode>(json))
            .Should().Throw<JsonException>().Which.Message.Should().Be(message);
    }

    [Fact]
    public void Numbers_in_strings_stay_refused_whatever_the_number_handling()
    {
        var options = new JsonSerializerOptions { NumberHandling = JsonNumberHandling.AllowReadingFromString };
        FluentActions.Invoking(() => JsonSerializer.Deserialize<SipStatusCode>("\"486\"", options)).Should().Throw<JsonException>();
    }

    [Fact]
    public void A_long_number_is_quoted_only_in_part()
    {
        var json = "1" + new string('0', 5000) + ".5";
        var message = FluentActions.Invoking(() => JsonSerializer.Deserialize<SipStatusCode>(json)).Should().Throw<JsonException>().Which.Message;
        message.Length.Should().BeLessThan(160);
        message.Should().StartWith("A SipStatusCode is written as a JSON number from 100 to 699, such as 486, not as the number 100000000000000000000000…");
    }

    [Theory]
    [InlineData("SIP/2.0 4860 Busy Here")]
    [InlineData("SIP/3 486 Busy Here")]
    [InlineData("SIP/2.0 486")]
    [InlineData("SIP/2.0  486 Busy Here")]
    [InlineData("SIP/2.0 700 Too Far")]
    [InlineData("")]
    public void A_malformed_status_line_is_refused_with_the_parser_s_message(string text)
    {
        var expected = FluentActions.Invoking(() => SipStatusLine.Parse(text)).Should().Throw<FormatException>().Which.Message;
        expected.Should().StartWith("Invalid SIP status line: ");
        var thrown = FluentActions.Invoking(() => JsonSerializer.Deserialize<SipStatusLine>(JsonSerializer.Serialize(text)))
            .Should().Throw<JsonException>().Which;
        thrown.Message.Should().Be(expected);
        thrown.InnerException.Should().BeOfType<FormatException>();
    }

    [Fact]
    public void A_status_line_with_a_line_break_is_refused_rather_than_cut()
    {
        // SipStatusLine.Parse reads a line with its CRLF or the start of a whole message; a JSON value is the line alone.
        SipStatusLine.Parse("SIP/2.0 200 OK\r\nVia: SIP/2.0/UDP pc33.atlanta.com").Code.Should().Be(200);
        FluentActions.Invoking(() => JsonSerializer.Deserialize<SipStatusLine>("\"SIP/2.0 200 OK\\r\\nVia: SIP/2.0/UDP pc33.atlanta.com\""))
            .Should().Throw<JsonException>().WithMessage(
                "Invalid SIP status line: a status line as a value is the line alone, without a line break (position 14, near \"…0 200 OK\\u000D\\u000AVia: SIP/2.0/U…\").");
        FluentActions.Invoking(() => JsonSerializer.Deserialize<SipStatusLine>("\"SIP/2.0 200 OK\\n\""))
            .Should().Throw<JsonException>().WithMessage("*without a line break (position 14*");
    }

    [Fact]
    public void A_hostile_status_line_is_quoted_only_as_a_short_escaped_excerpt()
    {
        var hostile = "SIP/2.0 200 OK\u001b[2J" + new string('A', 10_000) + "\u202e";
        var message = FluentActions.Invoking(() => JsonSerializer.Deserialize<SipStatusLine>(JsonSerializer.Serialize(hostile)))
            .Should().Throw<JsonException>().Which.Message;
        message.Length.Should().BeLessThan(200);
        message.Should().NotContain("\u001b").And.NotContain("\u202e").And.Contain("\\u001B");
    }

    [Theory]
    [InlineData("486", "A SipStatusLine is written as a JSON string such as \"SIP/2.0 486 Busy Here\", not as the number 486.")]
    [InlineData("null", "A SipStatusLine is written as a JSON string such as \"SIP/2.0 486 Busy Here\", not as null (declare it SipStatusLine? to allow null).")]
    [InlineData("{\"code\":486}", "A SipStatusLine is written as a JSON string such as \"SIP/2.0 486 Busy Here\", not as an object.")]
    public void A_status_line_that_is_not_a_string_is_refused(string json, string message)
    {
        FluentActions.Invoking(() => JsonSerializer.Deserialize<SipStatusLine>(json))
            .Should().Throw<JsonException>().Which.Message.Should().Be(message);
        JsonSerializer.Deserialize<SipStatusLine?>("null").Should().BeNull();
    }

    [Theory]
    [InlineData("SIP;cause=486, Q.850;cause=17")]
    [InlineData("SIP;text=\"no cause\"")]
    [InlineData("SIP;cause=486;text=unquoted")]
    [InlineData("")]
    public void A_malformed_reason_is_refused_with_the_parser_s_message(string text)
    {
        var expected = FluentActions.Invoking(() => SipReason.Parse(text)).Should().Throw<FormatException>().Which.Message;
        expected.Should().StartWith("Not a valid Reason header value: ");
        FluentActions.Invoking(() => JsonSerializer.Deserialize<SipReason>(JsonSerializer.Serialize(text)))
            .Should().Throw<JsonException>().Which.Message.Should().Be(expected);
        FluentActions.Invoking(() => JsonSerializer.Deserialize<SipReason>("16"))
            .Should().Throw<JsonException>().WithMessage("A SipReason is written as a JSON string such as \"Q.850;cause=16;text=\\\"Terminated\\\"\", not as the number 16.");
    }

    [Fact]
    public void What_would_not_read_back_is_not_written()
    {
        FluentActions.Invoking(() => JsonSerializer.Serialize(default(SipStatusLine)))
            .Should().Throw<InvalidOperationException>().WithMessage("*default instance*");
        FluentActions.Invoking(() => JsonSerializer.Serialize((SipStatusCode)0))
            .Should().Throw<ArgumentOutOfRangeException>().WithMessage("0 is not a SIP status code*");
        FluentActions.Invoking(() => JsonSerializer.Serialize((SipStatusCode)700))
            .Should().Throw<ArgumentOutOfRangeException>().WithMessage("700 is not a SIP status code*");
    }

    [Fact]
    public void An_error_in_a_document_says_where_it_is()
    {
        var thrown = FluentActions.Invoking(() => JsonSerializer.Deserialize<CallRecord>("{\"Code\":486,\"Line\":\"SIP/2.0 486 Busy Here\",\"Reason\":null,\"Final\":700}"))
            .Should().Throw<JsonException>().Which;
        thrown.Path.Should().Be("$.Final");
        thrown.Message.Should().StartWith("700 is not a SIP status code");
    }

    [Fact]
    public void A_dictionary_keyed_by_code_round_trips_with_the_digits_as_keys()
    {
        var counts = new Dictionary<SipStatusCode, int> { [SipStatusCode.BusyHere] = 3, [SipStatusCode.Ok] = 12, [(SipStatusCode)499] = 1 };
        var json = JsonSerializer.Serialize(counts);
        json.Should().Be("{\"486\":3,\"200\":12,\"499\":1}");
        JsonSerializer.Deserialize<Dictionary<SipStatusCode, int>>(json).Should().Equal(counts);
    }

    [Theory]
    [InlineData("{\"BusyHere\":1}", "'BusyHere' is not a SIP status code: a status code is written as three digits from 100 to 699, for example 486.")]
    [InlineData("{\"700\":1}", "'700' is not a SIP status code: a status code is written as three digits from 100 to 699, for example 486.")]
    [InlineData("{\"0486\":1}", "'0486' is not a SIP status code: a status code is written as three digits from 100 to 699, for example 486.")]
    [InlineData("{\" 486\":1}", "' 486' is not a SIP status code: a status code is written as three digits from 100 to 699, for example 486.")]
    public void A_key_that_is_not_three_digits_from_100_to_699_is_refused(string json, string message)
    {
        FluentActions.Invoking(() => JsonSerializer.Deserialize<Dictionary<SipStatusCode, int>>(json))
            .Should().Throw<JsonException>().Which.Message.Should().Be(message);
    }

    [Fact]
    public void Lines_and_reasons_can_be_keys_too()
    {
        var byLine = new Dictionary<SipStatusLine, int> { [SipStatusLine.Parse("SIP/2.0 486 Busy Here")] = 2 };
        var lineJson = JsonSerializer.Serialize(byLine);
        lineJson.Should().Be("{\"SIP/2.0 486 Busy Here\":2}");
        JsonSerializer.Deserialize<Dictionary<SipStatusLine, int>>(lineJson).Should().Equal(byLine);

        var byReason = new Dictionary<SipReason, int> { [new SipReason("Q.850", 16)] = 5 };
        var reasonJson = JsonSerializer.Serialize(byReason);
        reasonJson.Should().Be("{\"Q.850;cause=16\":5}");
        JsonSerializer.Deserialize<Dictionary<SipReason, int>>(reasonJson).Should().Equal(byReason);
    }

    [Fact]
    public void A_source_generated_context_uses_the_converters_too()
    {
        var context = ConverterTestContext.Default;
        context.GetTypeInfo(typeof(SipStatusCode))!.Converter.Should().BeOfType<SipStatusCodeJsonConverter>();
        context.GetTypeInfo(typeof(SipStatusLine))!.Converter.Should().BeOfType<SipStatusLineJsonConverter>();
        context.GetTypeInfo(typeof(SipReason))!.Converter.Should().BeOfType<SipReasonJsonConverter>();

        var record = new CallRecord(SipStatusCode.BusyHere, SipStatusLine.Parse("SIP/2.0 486 Busy Here"), SipReason.Parse("Q.850 ;cause=17"), null);
        var json = JsonSerializer.Serialize(record, context.CallRecord);
        json.Should().Be("{\"Code\":486,\"Line\":\"SIP/2.0 486 Busy Here\",\"Reason\":\"Q.850;cause=17\",\"Final\":null}");
        JsonSerializer.Deserialize(json, context.CallRecord).Should().Be(record);

        var counts = new Dictionary<SipStatusCode, int> { [SipStatusCode.Ok] = 1, [SipStatusCode.Decline] = 2 };
        var countsJson = JsonSerializer.Serialize(counts, context.DictionarySipStatusCodeInt32);
        countsJson.Should().Be("{\"200\":1,\"603\":2}");
        JsonSerializer.Deserialize(countsJson, context.DictionarySipStatusCodeInt32).Should().Equal(counts);

        FluentActions.Invoking(() => JsonSerializer.Deserialize("{\"Code\":\"486\"}", context.CallRecord))
            .Should().Throw<JsonException>().Which.Path.Should().Be("$.Code");
    }
}

/// <summary>A record a call log might keep: each kind of value the converters handle, one of them optional.</summary>
public sealed record CallRecord(SipStatusCode Code, SipStatusLine Line, SipReason? Reason, SipStatusCode? Final);

/// <summary>A source-generated context, as a Native AOT app would have: it registers no converter.</summary>
[JsonSerializable(typeof(CallRecord))]
[JsonSerializable(typeof(SipStatusCode))]
[JsonSerializable(typeof(SipStatusLine))]
[JsonSerializable(typeof(SipReason))]
[JsonSerializable(typeof(Dictionary<SipStatusCode, int>))]
internal sealed partial class ConverterTestContext : JsonSerializerContext
{
}
#endif
