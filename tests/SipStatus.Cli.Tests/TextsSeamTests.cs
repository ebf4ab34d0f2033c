using System.Text.Json;
using FluentAssertions;
using Xunit;

namespace SipStatus.Cli.Tests;

/// <summary>
/// Every text the explanations API will provide reaches the output through <see cref="ICatalogTexts"/> alone: these
/// tests plug in other texts and see them in every output, so that switching to the library API changes nothing else.
/// </summary>
public class TextsSeamTests
{
    private static readonly Tool s_tool = new() { Texts = new FakeTexts() };

    [Fact]
    public void Text_output_shows_the_description_and_a_hint_in_the_output_language()
    {
        var (_, output, _) = s_tool.Invoke("486");
        output.Should().Be(
            "486 Busy Here\n" +
            "  Meaning:   [description of 486 in en]\n" +
            "  Class:     4xx [class 4 in en]\n" +
            "  Reference: RFC 3261, section 21.4.24\n" +
            "  Q.850:     17 User busy (RFC 3398, section 8.2.6.1)\n" +
            "  Hint:      [hint for 486 in en]\n");
    }

    [Fact]
    public void An_unregistered_code_is_introduced_by_the_texts_paragraph()
    {
        s_tool.Invoke("--lang", "nl", "431").Out.Should().StartWith("[431 explained in nl]\n\n400 Bad Request\n  Betekenis:  [description of 400 in nl]\n");
    }

    [Fact]
    public void Json_list_and_trace_use_the_same_texts()
    {
        var json = s_tool.Invoke("486", "--json").Out;
        using (var document = JsonDocument.Parse(json))
        {
            var status = document.RootElement.GetProperty("results")[0].GetProperty("statuses")[0];
            status.GetProperty("description").GetString().Should().Be("[description of 486 in en]");
            status.GetProperty("classDescription").GetString().Should().Be("[class 4 described in en]");
            status.GetProperty("hintLanguage").GetString().Should().Be("en");
        }

        s_tool.Invoke("list", "--class", "4xx").Out.Should().Contain("4xx [class 4 in en]").And.Contain("hint: [hint for 486 in en]");
        (s_tool with { Stdin = "SIP/2.0 486 Busy Here\n"u8.ToArray() }).Invoke().Out
            .Should().Be("SIP/2.0 486 Busy Here  # 486 Busy Here (4xx [class 4 in en]); hint: [hint for 486 in en]\n");
    }

    private sealed class FakeTexts : ICatalogTexts
    {
        public string ClassName(SipStatusClass statusClass, SipLanguage language) => $"[class {(int)statusClass} in {language.Tag}]";

        public string ClassDescription(SipStatusClass statusClass, SipLanguage language) => $"[class {(int)statusClass} described in {language.Tag}]";

        public string? Description(SipStatusInfo info, SipLanguage language) => $"[description of {info.Value} in {language.Tag}]";

        public string? Hint(SipStatusInfo info, SipLanguage language) => info.Value == 486 ? $"[hint for 486 in {language.Tag}]" : null;

        public string ExplainUnregistered(int code, SipLanguage language) => $"[{code} explained in {language.Tag}]";
    }
}
