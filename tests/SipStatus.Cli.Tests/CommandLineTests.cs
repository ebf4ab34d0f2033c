using System.Linq;
using FluentAssertions;
using Xunit;

namespace SipStatus.Cli.Tests;

/// <summary>
/// A command line of inputs alone skips System.CommandLine (it has nothing to parse, and loading the parser is most of
/// the start-up time). These tests hold that shortcut to what System.CommandLine makes of the same words.
/// </summary>
public class CommandLineTests
{
    public static TheoryData<string[]> CommandLines => new()
    {
        { ["486"] },
        { ["431"] },
        { ["202", "not acceptable"] },
        { ["busy", "here"] },
        { ["SIP/2.0", "486", "Busy", "Here"] },
        { ["SIP/2.0 500 Moved Permanently", "603"] },
        { ["SIP/2.0 486 ", "SIP/2.0 200  OK", "SIP/2.0  486 x"] },
        { ["4x1"] },
        { [""] },
        { ["@codes.txt"] },
        { ["486", "x[diagram]"] },
        { ["486", "busy hear", "٤٨٦", new string('9', 300) + "\u001b[2J"] },
        { ["LIST"] },
        { ["lists"] },
        { ["busy", "here:", "x=1"] },
    };

    [Theory]
    [MemberData(nameof(CommandLines))]
    public void Inputs_alone_give_what_System_CommandLine_gives(string[] args)
    {
        CommandLine.IsInputsOnly(args).Should().BeTrue();
        var direct = new Tool { Terminal = true }.Invoke(args);
        var parsed = new Tool { Terminal = true, AlwaysParse = true }.Invoke(args);
        direct.Should().Be(parsed);
        (direct.Out + direct.Err).Should().NotBeEmpty();
    }

    [Theory]
    [InlineData("list")]
    [InlineData("-")]
    [InlineData("--json")]
    [InlineData("-h")]
    [InlineData("/?")]
    [InlineData("--")]
    [InlineData("[diagram]")]
    public void Anything_with_an_option_or_the_list_command_is_parsed(string word)
    {
        CommandLine.IsInputsOnly(["486", word]).Should().BeFalse();
        CommandLine.IsInputsOnly([word, "486"]).Should().BeFalse();
        CommandLine.IsInputsOnly([]).Should().BeFalse();
    }

    [Theory]
    [InlineData(false, false)]
    [InlineData(true, false)]
    [InlineData(false, true)]
    [InlineData(true, true)]
    public void The_trace_filter_alone_gives_what_System_CommandLine_gives(bool terminal, bool emptyInput)
    {
        // A capture's lines: a response with a Reason header, a request, and a line that is neither.
        var trace = emptyInput ? [] : "INVITE sip:bob@10.0.0.2 SIP/2.0\r\nSIP/2.0 486 Busy Here\r\nReason: SIP;cause=486\r\n\r\nhello\n"u8.ToArray();
        CommandLine.IsInputsOnly(["-"]).Should().BeTrue();
        var direct = new Tool { Stdin = trace, Terminal = terminal }.Invoke("-");
        var parsed = new Tool { Stdin = trace, Terminal = terminal, AlwaysParse = true }.Invoke("-");
        direct.Should().Be(parsed);
        direct.Exit.Should().Be(0);
        if (!emptyInput)
        {
            direct.Out.Should().Contain("SIP/2.0 486 Busy Here").And.Contain("# 486 Busy Here (4xx Request Failure)").And.Contain("hello\n");
        }
    }

    [Fact]
    public void Every_code_from_100_to_699_gives_the_same_either_way()
    {
        var codes = Enumerable.Range(100, 600).Select(c => c.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        new Tool().Invoke(codes).Should().Be(new Tool { AlwaysParse = true }.Invoke(codes));
    }
}
