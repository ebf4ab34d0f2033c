using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using FluentAssertions;
using Xunit;

namespace SipStatus.Traffic.Tests;

/// <summary>
/// The sipstatus tool on real traffic: every status line it reports in each format is checked against the capture's
/// own structure (tshark's SIP dissector fields, sipp's message blocks), never against the filter's rule.
/// </summary>
public sealed class TrafficTests(TrafficCapture capture) : IClassFixture<TrafficCapture>
{
    private static readonly string[] s_englishClasses = ["Provisional", "Successful", "Redirection", "Request Failure", "Server Failure", "Global Failure"];

    private IReadOnlyList<CapturedResponse> Responses
    {
        get
        {
            capture.Failure.Should().BeNull("the traffic must have been made and captured");
            return capture.Responses;
        }
    }

    [TrafficFact]
    public void The_capture_holds_what_the_tests_are_about()
    {
        var responses = Responses;
        responses.Select(r => r.Code / 100).Distinct().Order().Should().Equal(1, 2, 3, 4, 5, 6);
        responses.Select(r => r.Code).Should().Contain([100, 155, 180, 183, 199, 487, 499, 599, 699, 408, 483]);
        responses.Should().Contain(r => r.Code == 404 && r.Phrase.Length == 0, "an empty phrase");
        responses.Should().Contain(r => r.Code == 480 && r.Phrase.Contains('\uFFFD'), "an ISO-8859-1 phrase, which tshark shows with U+FFFD");
        responses.Should().Contain(r => r.Code == 486 && r.Phrase.Contains('\u2013'), "a UTF-8 phrase that is not ASCII");
        responses.Should().Contain(r => r.Code == 100 && r.Phrase.Contains("your call is important", StringComparison.Ordinal), "Kamailio's own 100");
        capture.SipfragFrames.Should().Be(2, "the REFER flow's two NOTIFYs");
        capture.Formats.Keys.Should().HaveCount(TrafficCapture.PcapFormats.Length + 2);
    }

    private byte[] Format(string name)
    {
        capture.Failure.Should().BeNull("the traffic must have been made and captured");
        return capture.Formats[name];
    }

    [TrafficFact]
    public void Every_response_of_the_capture_is_annotated_in_every_format_read_from_it_in_order()
    {
        var expected = Responses.Select(r => r.Code).ToList();
        foreach (var format in TrafficCapture.PcapFormats)
        {
            var lines = Lines(Sipstatus(Format(format), "--only-responses"));
            lines.Select(NoteCode).Should().Equal(expected, "{0} shows every response once, and nothing else", format);
            var input = Encoding.UTF8.GetString(Format(format)).Split('\n');
            var output = Encoding.UTF8.GetString(Sipstatus(Format(format))).Split('\n');
            output.Should().HaveCount(input.Length, format);
            for (var i = 0; i < input.Length; i++)
            {
                (output[i] == input[i] || output[i].StartsWith(input[i].TrimEnd('\r'), StringComparison.Ordinal)).Should().BeTrue("{0} line {1}: the tool writes every line back", format, i + 1);
            }
        }
    }

    [TrafficFact]
    public void Json_gives_each_response_with_its_code_and_phrase_as_tshark_reads_them()
    {
        var responses = Responses;
        foreach (var format in TrafficCapture.PcapFormats)
        {
            var objects = Json(Format(format));
            var found = objects.Where(o => o.GetProperty("kind").GetString() == "response").Select(o => o.GetProperty("statusLine")).ToList();
            found.Select(s => s.GetProperty("code").GetInt32()).Should().Equal(responses.Select(r => r.Code), format);
            for (var i = 0; i < found.Count; i++)
            {
                var phrase = found[i].GetProperty("reasonPhrase").GetString();
                var expected = format.StartsWith("ngrep", StringComparison.Ordinal) ? AsNgrepShows(responses[i].Phrase) : responses[i].Phrase;
                phrase.Should().Be(expected, "{0}, frame {1}", format, responses[i].Frame);
            }

            var sipfrags = objects.Count(o => o.GetProperty("kind").GetString() == "sipfrag");
            sipfrags.Should().Be(format is "ngrep" or "ngrep -W single" ? 0 : capture.SipfragFrames, "{0} shows a sipfrag body as such, or not at all", format);
        }
    }

    [TrafficFact]
    public void In_Dutch_every_response_is_annotated_in_Dutch()
    {
        var expected = Responses.Select(r => r.Code).ToList();
        foreach (var format in new[] { "tshark", "ngrep -W byline", "sipp -trace_msg" })
        {
            var lines = Lines(Sipstatus(Format(format), "--only-responses", "--lang", "nl"));
            if (format != "sipp -trace_msg")
            {
                lines.Select(NoteCode).Should().Equal(expected, format);
            }

            lines.Should().NotBeEmpty().And.OnlyContain(l => !s_englishClasses.Any(c => l.Contains(c, StringComparison.Ordinal)), format);
        }
    }

    [TrafficFact]
    public void A_sipp_message_log_gives_the_status_line_of_each_response_block()
    {
        // sipp -trace_msg writes each message after a line "UDP message sent (N bytes):" or "... received [N] bytes :"
        // and a blank line: the first line of each block is its start line.
        var log = Format("sipp -trace_msg");
        var lines = Split(log);
        var starts = new List<byte[]>();
        for (var i = 0; i + 2 < lines.Count; i++)
        {
            var text = Encoding.ASCII.GetString(lines[i]);
            if (text.StartsWith("UDP message ", StringComparison.Ordinal) && lines[i + 1].Length == 0)
            {
                starts.Add(lines[i + 2]);
            }
        }

        var expected = starts.Where(s => s.AsSpan().StartsWith("SIP/2.0 "u8)).ToList();
        expected.Should().HaveCountGreaterThan(40);
        var found = Json(log).Where(o => o.GetProperty("kind").GetString() == "response").ToList();
        found.Select(o => o.GetProperty("statusLine").GetProperty("code").GetInt32())
            .Should().Equal(expected.Select(s => int.Parse(Encoding.ASCII.GetString(s, 8, 3), System.Globalization.CultureInfo.InvariantCulture)));
        for (var i = 0; i < found.Count; i++)
        {
            var wire = expected[i].AsSpan(12);
            var utf8 = System.Text.Unicode.Utf8.IsValid(wire);
            found[i].GetProperty("statusLine").GetProperty("reasonPhrase").GetString().Should().Be(Encoding.UTF8.GetString(wire));
            found[i].GetProperty("statusLine").TryGetProperty("reasonPhraseUtf8", out var flag).Should().Be(!utf8);
            if (!utf8)
            {
                flag.GetBoolean().Should().BeFalse();
            }
        }

        Json(log).Count(o => o.GetProperty("kind").GetString() == "sipfrag").Should().Be(2 * 2, "both NOTIFYs, logged by the sender and the receiver");
    }

    [TrafficFact]
    public void A_Kamailio_log_gives_every_reply_Kamailio_received()
    {
        var expected = Responses.Where(r => r.From == capture.UasPort && r.To == capture.KamailioPort).Select(r => r.Code).ToList();
        expected.Should().NotBeEmpty();
        var found = Json(Format("kamailio log")).Where(o => o.GetProperty("kind").GetString() == "response");
        found.Select(o => o.GetProperty("statusLine").GetProperty("code").GetInt32()).Should().Equal(expected);
    }

    private static string AsNgrepShows(string phrase) =>
        new(Encoding.UTF8.GetBytes(phrase.Replace('\uFFFD', '\u0001')).Select(b => b is >= 0x20 and < 0x7F ? (char)b : '.').ToArray());

    private static int NoteCode(string line)
    {
        var note = line.LastIndexOf(" # ", StringComparison.Ordinal);
        return int.Parse(line.AsSpan(note + 3, 3), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static List<string> Lines(byte[] output) => Encoding.UTF8.GetString(output).Split('\n', StringSplitOptions.RemoveEmptyEntries).ToList();

    private static List<byte[]> Split(byte[] data)
    {
        var lines = new List<byte[]>();
        var start = 0;
        for (var i = 0; i <= data.Length; i++)
        {
            if (i == data.Length || data[i] == '\n')
            {
                var end = i > start && data[i - 1] == '\r' ? i - 1 : i;
                lines.Add(data[start..end]);
                start = i + 1;
            }
        }

        return lines;
    }

    private static List<JsonElement> Json(byte[] trace) =>
        Lines(Sipstatus(trace, "--json")).Select(l => JsonDocument.Parse(l).RootElement.Clone()).ToList();

    private static byte[] Sipstatus(byte[] trace, params string[] args)
    {
        var dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet";
        var (exit, output, error) = Child.Run(dotnet, ["exec", Path.Combine(AppContext.BaseDirectory, "SipStatus.Cli.dll"), "-", .. args], AppContext.BaseDirectory, 120, trace);
        exit.Should().Be(0, error);
        return output;
    }
}
