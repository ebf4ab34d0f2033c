using System.Linq;
using System.Text.Json;
using FluentAssertions;
using Xunit;

namespace SipStatus.Cli.Tests;

public class JsonTests
{
    private static readonly string[] s_statusProperties =
    [
        "code", "registered", "reasonPhrase", "class", "className", "classDescription", "reference", "rfc", "rfcSection",
        "deprecated", "treatAs", "aliases", "description", "hint", "hintLanguage", "explanation", "resolved", "q850Cause", "q850CauseName",
    ];

    [Fact]
    public void Explaining_a_code_gives_one_document_with_the_shape_of_every_status()
    {
        var (exit, output, error) = Tool.Run("486", "--json");
        exit.Should().Be(0);
        error.Should().BeEmpty();
        var root = ToolJson.Parse(output);
        root.EnumerateObject().Select(p => p.Name).Should().Equal("language", "results");
        root.GetProperty("language").GetString().Should().Be("en");
        var result = root.GetProperty("results").EnumerateArray().Single();
        result.EnumerateObject().Select(p => p.Name).Should().Equal("input", "kind", "statusLine", "note", "statuses", "error");
        result.GetProperty("input").GetString().Should().Be("486");
        result.GetProperty("kind").GetString().Should().Be("code");
        result.GetProperty("error").ValueKind.Should().Be(JsonValueKind.Null);
        var status = result.GetProperty("statuses").EnumerateArray().Single();
        status.EnumerateObject().Select(p => p.Name).Should().Equal(s_statusProperties);
        status.GetProperty("code").GetInt32().Should().Be(486);
        status.GetProperty("registered").GetBoolean().Should().BeTrue();
        status.GetProperty("reasonPhrase").GetString().Should().Be("Busy Here");
        status.GetProperty("class").GetString().Should().Be("4xx");
        status.GetProperty("className").GetString().Should().Be("Request Failure");
        status.GetProperty("reference").GetString().Should().Be("RFC 3261, section 21.4.24");
        status.GetProperty("rfc").GetInt32().Should().Be(3261);
        status.GetProperty("rfcSection").GetString().Should().Be("21.4.24");
        status.GetProperty("deprecated").GetBoolean().Should().BeFalse();
        status.GetProperty("hint").GetString().Should().Be("callee's line is busy");
        status.GetProperty("hintLanguage").GetString().Should().Be("en");
        status.GetProperty("resolved").ValueKind.Should().Be(JsonValueKind.Null);
    }

    [Fact]
    public void Every_kind_of_input_has_its_own_result_and_an_invalid_one_carries_its_error()
    {
        var (exit, output, error) = Tool.Run("--json", "SIP/2.0 486 Busy here", "not acceptable", "431", "202", "4x1");
        exit.Should().Be(1);
        error.Should().StartWith("sipstatus: '4x1'");
        var results = ToolJson.Parse(output).GetProperty("results").EnumerateArray().ToArray();
        results.Select(r => r.GetProperty("kind").GetString()).Should().Equal("statusLine", "phrase", "code", "code", "invalid");

        var line = results[0].GetProperty("statusLine");
        line.GetProperty("version").GetString().Should().Be("SIP/2.0");
        line.GetProperty("code").GetInt32().Should().Be(486);
        line.GetProperty("reasonPhrase").GetString().Should().Be("Busy here");
        line.GetProperty("canonicalReasonPhrase").GetBoolean().Should().BeFalse();

        results[1].GetProperty("statuses").EnumerateArray().Select(s => s.GetProperty("code").GetInt32()).Should().Equal(406, 606);

        var unregistered = results[2].GetProperty("statuses")[0];
        unregistered.GetProperty("registered").GetBoolean().Should().BeFalse();
        unregistered.GetProperty("reasonPhrase").ValueKind.Should().Be(JsonValueKind.Null);
        unregistered.GetProperty("treatAs").GetInt32().Should().Be(400);
        unregistered.GetProperty("explanation").GetString().Should().StartWith("431 is not a registered SIP status code");
        unregistered.GetProperty("resolved").GetProperty("reasonPhrase").GetString().Should().Be("Bad Request");

        var deprecated = results[3].GetProperty("statuses")[0];
        deprecated.GetProperty("deprecated").GetBoolean().Should().BeTrue();
        deprecated.GetProperty("treatAs").GetInt32().Should().Be(200);

        results[4].GetProperty("statuses").GetArrayLength().Should().Be(0);
        results[4].GetProperty("error").GetString().Should().StartWith("sipstatus: '4x1' is not a SIP status code");
    }

    [Fact]
    public void A_status_line_argument_gives_its_phrase_as_written_leading_and_trailing_spaces_included()
    {
        // RFC 3261 section 25.1:
        //     Status-Line     =  SIP-Version SP Status-Code SP Reason-Phrase CRLF
        //     Reason-Phrase   =  *(reserved / unreserved / escaped
        //                        / UTF8-NONASCII / UTF8-CONT / SP / HTAB)
        var (exit, output, error) = Tool.Run("--json", "SIP/2.0 486 ", "SIP/2.0 200  OK", "SIP/2.0 180  ");
        exit.Should().Be(0);
        error.Should().BeEmpty();
        var results = ToolJson.Parse(output).GetProperty("results").EnumerateArray().ToArray();
        results.Select(r => r.GetProperty("input").GetString()).Should().Equal("SIP/2.0 486 ", "SIP/2.0 200  OK", "SIP/2.0 180  ");
        results.Select(r => r.GetProperty("kind").GetString()).Should().Equal("statusLine", "statusLine", "statusLine");
        results.Select(r => r.GetProperty("statusLine").GetProperty("code").GetInt32()).Should().Equal(486, 200, 180);
        results.Select(r => r.GetProperty("statusLine").GetProperty("reasonPhrase").GetString()).Should().Equal(string.Empty, " OK", " ");
        results.Should().OnlyContain(r => !r.GetProperty("statusLine").GetProperty("canonicalReasonPhrase").GetBoolean());
        results.Should().OnlyContain(r => r.GetProperty("note").ValueKind == JsonValueKind.Null);
    }

    [Fact]
    public void List_gives_every_code_and_honours_the_class()
    {
        var all = ToolJson.Parse(Tool.Run("list", "--json").Out);
        all.GetProperty("class").ValueKind.Should().Be(JsonValueKind.Null);
        all.GetProperty("statuses").GetArrayLength().Should().Be(SipStatusCatalog.All.Count);

        var (exit, output, _) = Tool.Run("list", "--class", "6xx", "--json");
        exit.Should().Be(0);
        var global = ToolJson.Parse(output);
        global.GetProperty("class").GetString().Should().Be("6xx");
        global.GetProperty("statuses").EnumerateArray().Should().OnlyContain(s => s.GetProperty("class").GetString() == "6xx")
            .And.HaveCount(SipStatusCatalog.All.Count(i => i.Value >= 600));
    }

    [Fact]
    public void Json_is_in_the_chosen_language_and_never_coloured()
    {
        var (_, output, _) = new Tool { Terminal = true }.Invoke("486", "--json", "--lang", "nl");
        output.Should().NotContain("\u001b");
        var root = ToolJson.Parse(output);
        root.GetProperty("language").GetString().Should().Be("nl");
        var status = root.GetProperty("results")[0].GetProperty("statuses")[0];
        status.GetProperty("className").GetString().Should().Be("Requestfout");
        status.GetProperty("reference").GetString().Should().Be("RFC 3261, paragraaf 21.4.24");
        status.GetProperty("rfcSection").GetString().Should().Be("21.4.24");
        status.GetProperty("hintLanguage").GetString().Should().Be("nl");
    }
}
