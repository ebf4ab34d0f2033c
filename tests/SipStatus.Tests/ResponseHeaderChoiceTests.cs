using System;
using System.Text;
using FluentAssertions;
using Xunit;

namespace SipStatus.Tests;

/// <summary>
/// Which of several header fields a diagnosis takes, and what it says about one it cannot read: the first Server and
/// the first User-Agent (their values, RFC 3261 section 25.1 <c>server-val *(LWS server-val)</c>, are no
/// comma-separated list, so section 7.3.1 allows one row of each: a second row is not the sender's word), and for a
/// Reason or Warning value that is not of its grammar, the message its own parser gives.
/// </summary>
public class ResponseHeaderChoiceTests
{
    [Fact]
    public void The_first_Server_header_names_the_sender()
    {
        Parse("SIP/2.0 486 Busy Here", "Server: first/1.0", "Server: second/2.0").Server.Should().Be("first/1.0");
        Parse("SIP/2.0 486 Busy Here", "User-Agent: first/1.0", "User-Agent: second/2.0").Server.Should().Be("first/1.0");
        Parse("SIP/2.0 486 Busy Here", "User-Agent: ua/1.0", "Server: server/2.0").Server.Should().Be("server/2.0", "a Server header says who sent the response");
    }

    [Theory]
    [InlineData("Reason", "Q.850;cause=x")]
    [InlineData("Reason", "Q.850;text=\"no cause\"")]
    [InlineData("Warning", "399 agent unquoted")]
    [InlineData("Warning", "39 agent \"short code\"")]
    public void A_header_value_it_cannot_read_is_described_with_its_parser_s_message(string header, string value)
    {
        var expected = header == "Reason"
            ? Assert.Throws<FormatException>(() => SipReason.ParseAll(value)).Message
            : Assert.Throws<FormatException>(() => SipWarning.ParseAll(value)).Message;
        foreach (var diagnosis in new[] { SipResponseDiagnosis.Parse(Wire(header, value)), SipResponseDiagnosis.Parse(Encoding.UTF8.GetBytes(Wire(header, value))) })
        {
            var problem = diagnosis.Problems.Should().ContainSingle().Subject;
            (problem.Header, problem.Position, problem.Description).Should().Be((header, "SIP/2.0 500 Server Internal Error\r\n".Length, expected));
        }
    }

    private static string Wire(string header, string value) => "SIP/2.0 500 Server Internal Error\r\n" + header + ": " + value + "\r\n\r\n";

    private static SipResponseDiagnosis Parse(params string[] lines) => SipResponseDiagnosis.Parse(string.Join("\r\n", lines) + "\r\n\r\n");
}
