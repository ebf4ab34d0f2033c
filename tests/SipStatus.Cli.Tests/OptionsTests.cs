using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using FluentAssertions;
using Xunit;

namespace SipStatus.Cli.Tests;

public class OptionsTests
{
    [Theory]
    [InlineData("--help")]
    [InlineData("-h")]
    [InlineData("-?")]
    public void Help_describes_the_inputs_options_and_commands(string option)
    {
        var (exit, output, error) = Tool.Run(option);
        exit.Should().Be(0);
        error.Should().BeEmpty();
        output.Should().StartWith("Description:\n  Explains SIP response status codes");
        output.Should().Contain("Usage:\n  sipstatus [<input>...] [command] [options]\n");
        output.Should().Contain("Arguments:\n  <input>");
        foreach (var name in new[] { "--lang <en|nl>", "--json", "--no-color", "--only-responses", "-?, -h, --help", "--version" })
        {
            output.Should().Contain(name);
        }

        output.Should().Contain("Commands:\n  list ");
    }

    [Fact]
    public void Help_shows_every_command_with_its_own_options_examples_and_the_exit_codes()
    {
        var (_, output, _) = Tool.Run("--help");
        output.Should().Contain("\n\nCommands:\n  list [--class <1xx-6xx>] [--json]  List the catalog")
            .And.MatchRegex(@"\n  q850 <cause>\.\.\. \[--json\] +Explain Q\.850 causes")
            .And.MatchRegex(@"\n  response <file\|-> \[--json\] +Diagnose each SIP response");
        output.Should().Contain("\n\nExamples:\n  sipstatus 486 ").And.Contain("\n  sipstatus q850 34 ").And.Contain("\n  sipstatus response ");
        output.Should().Contain("\n\nExit codes:\n  0  ").And.Contain("\n  1  ").And.Contain("\n  2  ");
        output.Should().NotContain("\n\n\n");

        // Each example runs: the ones that need no file or pipe give exit code 0.
        Tool.Run("486").Exit.Should().Be(0);
        Tool.Run("Reason: Q.850;cause=17").Exit.Should().Be(0);
        Tool.Run("q850", "34").Exit.Should().Be(0);
        Tool.Run("list", "--class", "4xx", "--lang", "nl").Exit.Should().Be(0);
    }

    [Theory]
    [InlineData("list")]
    [InlineData("q850")]
    [InlineData("response")]
    public void A_command_s_help_shows_only_what_applies_to_it(string command)
    {
        var (exit, output, _) = Tool.Run(command, "--help");
        exit.Should().Be(0);
        output.Should().NotContain("<input>").And.NotContain("--only-responses").And.NotContain("trace");
        output.Should().Contain("--json").And.Contain("--lang <en|nl>").And.Contain("--no-color");
    }

    [Fact]
    public void List_help_shows_list_alone()
    {
        var (exit, output, _) = Tool.Run("list", "--help");
        exit.Should().Be(0);
        output.Should().Contain("Usage:\n  sipstatus list [options]\n");
        output.Should().Contain("--class <1xx-6xx>");
        output.Should().NotContain("<input>").And.NotContain("Arguments:");
    }

    [Fact]
    public void Version_prints_the_informational_version_of_the_tool()
    {
        var expected = typeof(Program).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion;
        var (exit, output, _) = Tool.Run("--version");
        exit.Should().Be(0);
        output.Should().Be(expected + "\n");
        // The version comes from git tags (MinVer): a release's x.y.z, or a pre-release after the last tag, with the
        // commit after a "+".
        expected.Should().MatchRegex(@"^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?(\+[0-9A-Za-z.-]+)?$");
    }

    [Fact]
    public void Version_with_other_arguments_is_a_usage_error()
    {
        var (exit, output, error) = Tool.Run("486", "--version");
        exit.Should().Be(2);
        output.Should().BeEmpty();
        error.Should().Contain("--version option cannot be combined with other arguments");
    }

    [Fact]
    public void On_a_terminal_the_output_is_coloured_by_class()
    {
        var tool = new Tool { Terminal = true };
        tool.Invoke("486").Out.Should().StartWith("\u001b[1;33m486 Busy Here\u001b[0m\n");
        tool.Invoke("200").Out.Should().StartWith("\u001b[1;32m200 OK\u001b[0m\n");
        tool.Invoke("503").Out.Should().StartWith("\u001b[1;31m503 Service Unavailable\u001b[0m\n");
        tool.Invoke("list").Out.Should().Contain("\n\u001b[1;35m600\u001b[0m   Busy Everywhere");
        (tool with { Stdin = "SIP/2.0 180 Ringing\n"u8.ToArray() }).Invoke().Out
            .Should().Be("SIP/2.0 180 Ringing\u001b[1;36m  # 180 Ringing (1xx Provisional)\u001b[0m\n");
    }

    public static TheoryData<bool, string[], Dictionary<string, string>> Uncoloured => new()
    {
        { false, ["486"], new() },
        { true, ["486", "--no-color"], new() },
        { true, ["486"], new() { ["NO_COLOR"] = "1" } },
        { true, ["486"], new() { ["TERM"] = "dumb" } },
        { true, ["list", "--no-color"], new() },
    };

    [Theory]
    [MemberData(nameof(Uncoloured))]
    public void Colour_is_off_off_a_terminal_with_no_color_with_NO_COLOR_and_on_a_dumb_terminal(bool terminal, string[] args, Dictionary<string, string> environment)
    {
        var (exit, output, _) = new Tool { Terminal = terminal, Environment = environment }.Invoke(args);
        exit.Should().Be(0);
        output.Should().NotBeEmpty().And.NotContain("\u001b");
    }

    [Fact]
    public void An_empty_NO_COLOR_does_not_turn_colour_off()
    {
        new Tool { Terminal = true, Environment = { ["NO_COLOR"] = string.Empty } }.Invoke("486").Out.Should().Contain("\u001b[");
    }

    [Fact]
    public void A_dash_with_other_inputs_is_a_usage_error()
    {
        var (exit, _, error) = Tool.WithStdin("SIP/2.0 200 OK\n").Invoke("-", "486");
        exit.Should().Be(2);
        error.Should().Contain("'-' (read a trace from stdin) cannot be combined with other inputs");
    }

    public static TheoryData<string[]> UnknownOptions => new()
    {
        { ["--bogus"] },
        { ["486", "--bogus"] },
        { ["--lang", "nl", "--bogus=1", "486"] },
        { ["list", "--bogus"] },
        { ["list", "--class", "4xx", "--bogus"] },
        { ["q850", "--bogus", "34"] },
        { ["q850", "34", "--bogus"] },
        { ["response", "--bogus"] },
        { ["response", "--bogus", "call.sip"] },
        { ["response", "call.sip", "--bogus"] },
        { ["response", "-", "--bogus"] },
    };

    [Theory]
    [MemberData(nameof(UnknownOptions))]
    public void An_unknown_option_is_a_usage_error_that_names_it_for_every_command(string[] args)
    {
        // With input piped in too, so that nothing is read in its place: not a cause, not a file, not stdin.
        var (exit, output, error) = Tool.WithStdin("SIP/2.0 486 Busy Here\r\n\r\n").Invoke(args);
        exit.Should().Be(2);
        output.Should().BeEmpty();
        var option = args.Single(a => a.StartsWith("--b", StringComparison.Ordinal));
        error.Should().Be($"sipstatus: unrecognized option '{option}'.\nRun 'sipstatus --help' for usage.\n");
    }

    [Fact]
    public void After_a_double_dash_every_word_is_an_input_and_a_minus_before_a_digit_is_no_option()
    {
        var (exit, _, error) = Tool.Run("--", "-x");
        exit.Should().Be(1);
        error.Should().StartWith("sipstatus: '-x' is not a SIP status code, status line or reason phrase");

        (exit, _, error) = Tool.Run("q850", "-1");
        exit.Should().Be(1);
        error.Should().StartWith("sipstatus: '-1' is not a Q.850 cause");

        // '-' is stdin, not an option.
        (exit, var output, _) = Tool.WithStdin("SIP/2.0 486 Busy Here\r\n\r\n").Invoke("response", "-");
        exit.Should().Be(0);
        output.Should().StartWith("SIP/2.0 486 Busy Here");
    }

    [Fact]
    public void Response_help_names_its_argument_as_the_usage_line_does()
    {
        var (exit, output, _) = Tool.Run("response", "--help");
        exit.Should().Be(0);
        output.Should().Contain("Usage:\n  sipstatus response <file|-> [options]\n").And.Contain("Arguments:\n  <file|->  A file holding SIP responses");
        Tool.Run().Err.Should().Contain("sipstatus response <file|->\n");
    }

    [Fact]
    public void An_unknown_subcommand_argument_is_a_usage_error()
    {
        var (exit, _, error) = Tool.Run("list", "--clas", "4xx");
        exit.Should().Be(2);
        error.Should().Contain("--clas").And.Contain("sipstatus --help");
    }

    [Theory]
    [InlineData("q850", "34")]
    [InlineData("list", "--class", "6xx")]
    public void Json_before_the_command_s_name_is_the_command_s_json(params string[] command)
    {
        var (exit, output, _) = Tool.Run(["--json", .. command]);
        exit.Should().Be(0);
        output.Should().Be(Tool.Run([.. command, "--json"]).Out);
        ToolJson.Parse(output).GetProperty("language").GetString().Should().Be("en");
    }

    [Fact]
    public void Json_before_response_is_response_s_json_and_only_responses_there_is_refused()
    {
        var file = Path.Combine(AppContext.BaseDirectory, "TestData", "responses", "sbc-488.sip");
        Tool.Run("--json", "response", file).Out.Should().Be(Tool.Run("response", file, "--json").Out).And.StartWith("{");
        foreach (var command in new[] { new[] { "--only-responses", "q850", "34" }, ["--only-responses", "list"], ["--only-responses", "response", file] })
        {
            var (exit, output, error) = Tool.Run(command);
            exit.Should().Be(2);
            output.Should().BeEmpty();
            error.Should().StartWith("sipstatus: --only-responses applies only to a trace, not to '" + command[1] + "'.");
        }
    }
}
