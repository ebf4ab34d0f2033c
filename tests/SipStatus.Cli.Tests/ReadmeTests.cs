using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using FluentAssertions;
using Xunit;

namespace SipStatus.Cli.Tests;

/// <summary>
/// The README as a tested artifact: every C# snippet compiles on its own and prints what its comments say
/// (<see cref="ReadmeSnippets"/>), and every <c>$ sipstatus ...</c> example prints what the README shows. Runs alone:
/// the snippets write to <see cref="Console.Out"/>.
/// </summary>
[Collection(nameof(ReadmeTests))]
[CollectionDefinition(nameof(ReadmeTests), DisableParallelization = true)]
public class ReadmeTests
{
    public static TheoryData<int> CSharpSnippets() => [.. ReadmeSnippets.Blocks("csharp").Select(b => b.Line)];

    public static TheoryData<int> ConsoleExamples() => [.. ReadmeSnippets.Blocks("console").Select(b => b.Line)];

    [Theory]
    [MemberData(nameof(CSharpSnippets))]
    public void A_csharp_snippet_compiles_on_its_own_and_prints_what_its_comments_say(int line)
    {
        var block = ReadmeSnippets.Blocks("csharp").Single(b => b.Line == line);
        var (errors, checks) = ReadmeSnippets.Run(block);
        errors.Should().BeEmpty("the snippet at README line {0} must compile on its own, its usings included", line);
        foreach (var check in checks)
        {
            ReadmeSnippets.Matches(check.Expected, check.Printed, check.Whole).Should().BeTrue(
                "README line {0} says \"{1}\" but the code gives \"{2}\"", check.Line, check.Expected, check.Printed);
        }

        var (uncheckedComments, checkedLines) = ReadmeSnippets.Comments(block);
        foreach (var comment in uncheckedComments)
        {
            comment.Should().BeNull(
                "README line {0} (\"{1}\") follows a statement, so it reads as output, but nothing checks it: print the value " +
                "with Console.WriteLine and show what it prints, or put the remark above the statement or after a blank line",
                comment.Line,
                comment.Comment);
        }

        foreach (var checkedLine in checkedLines)
        {
            checks.Should().Contain(c => c.Line == checkedLine, "the output shown at README line {0} must be checked: the statement must run", checkedLine);
        }
    }

    [Fact]
    public void An_output_comment_that_nothing_checks_is_found()
    {
        var block = new ReadmeBlock("csharp", 100, [
            "using SipStatus;",
            "var odd = SipStatusLine.Parse(\"SIP/2.0 431 Something New\"); // an unregistered code is fine",
            "var diagnosis = SipResponseDiagnosis.Parse(\"SIP/2.0 486 Busy Here\\r\\n\\r\\n\");",
            "// StatusLine 486 Busy Here, 1 reason",
            "Console.WriteLine(odd.Code); // 431",
            "// and another block under a checked line",
            "if (odd.Code == 200)",
            "    Console.WriteLine(odd.Code); // 200",
            "",
            "// A remark after a blank line describes.",
            "foreach (var c in new[] { 1 }) // a remark on a foreach describes too",
            "    Console.WriteLine(c); // 1",
        ]);
        var (uncheckedComments, checkedLines) = ReadmeSnippets.Comments(block);
        uncheckedComments.Should().Equal(
            new UncheckedComment(101, "an unregistered code is fine"),
            new UncheckedComment(103, "StatusLine 486 Busy Here, 1 reason"),
            new UncheckedComment(105, "and another block under a checked line"));
        checkedLines.Should().Equal(104, 107, 111);
        ReadmeSnippets.Run(block).Checks.Select(c => c.Line).Should().Equal([104, 111], "the check inside the if never runs");
    }

    [Fact]
    public void Every_snippet_uses_the_library_explicitly_and_has_output_comments_that_are_checked()
    {
        var blocks = ReadmeSnippets.Blocks("csharp");
        blocks.Should().HaveCountGreaterThan(8);
        foreach (var block in blocks)
        {
            block.Lines.Should().Contain("using SipStatus;", "a snippet copied into a new project needs it ({0})", block);
        }

        blocks.Sum(b => ReadmeSnippets.Run(b).Checks.Count).Should().BeGreaterThan(60);
    }

    [Theory]
    [MemberData(nameof(ConsoleExamples))]
    public void A_sipstatus_example_prints_what_the_README_shows(int line)
    {
        var block = ReadmeSnippets.Blocks("console").Single(b => b.Line == line);
        var lastExit = 0;
        string? lastShown = null;
        foreach (var (commandLine, command, comment, expected) in Commands(block))
        {
            if (command == "echo $?")
            {
                expected.Should().Be(lastExit.ToString(System.Globalization.CultureInfo.InvariantCulture), "README line {0}", commandLine);
                continue;
            }

            command.Should().StartWith("sipstatus", "README line {0} runs only sipstatus (give other programs' output as a file)", commandLine);
            var (args, stdin) = Parse(command["sipstatus".Length..]);
            var tool = stdin is null ? new Tool() : new Tool { Stdin = File.ReadAllBytes(stdin) };
            var (exit, output, error) = tool.Invoke([.. args]);
            lastExit = exit;
            var shown = (error + output).TrimEnd('\n');
            if (expected.Length == 0)
            {
                // Output left out is claimed to be the same as the last output shown: what the claim says is checked.
                comment.Should().Be(SameAsAbove, "README line {0} shows no output: show it, or say '# {1}' and print exactly that", commandLine, SameAsAbove);
                lastShown.Should().NotBeNull("README line {0} says it prints the same as the command above, but none above shows output", commandLine);
                exit.Should().Be(0, "README line {0} shows no output, so it must succeed", commandLine);
                shown.Should().Be(lastShown, "README line {0} says it prints the same as the command above", commandLine);
                continue;
            }

            ReadmeSnippets.Matches(expected, shown, whole: true).Should().BeTrue(
                "README line {0} shows\n{1}\nbut sipstatus prints\n{2}", commandLine, expected, shown);
            lastShown = shown;
        }
    }

    /// <summary>The comment of an example whose output is that of the last example above that shows its output.</summary>
    private const string SameAsAbove = "the same as above";

    /// <summary>
    /// The commands of a console block (<c>$ ...</c>), each with its README line, its shell comment (or null) and the
    /// output under it.
    /// </summary>
    private static IEnumerable<(int Line, string Command, string? Comment, string Expected)> Commands(ReadmeBlock block)
    {
        for (var i = 0; i < block.Lines.Count; i++)
        {
            if (!block.Lines[i].StartsWith("$ ", StringComparison.Ordinal))
            {
                continue;
            }

            var output = new List<string>();
            var j = i + 1;
            for (; j < block.Lines.Count && !block.Lines[j].StartsWith("$ ", StringComparison.Ordinal); j++)
            {
                output.Add(block.Lines[j]);
            }

            var (command, comment) = SplitComment(block.Lines[i][2..]);
            yield return (block.Line + i, command, comment, string.Join("\n", output).TrimEnd('\n'));
            i = j - 1;
        }
    }

    /// <summary>The command and its shell comment (<c>  # ...</c> outside quotes), or null when it has none.</summary>
    private static (string Command, string? Comment) SplitComment(string command)
    {
        var quote = '\0';
        for (var i = 0; i < command.Length; i++)
        {
            var c = command[i];
            if (quote != '\0')
            {
                quote = c == quote ? '\0' : quote;
            }
            else if (c is '\'' or '"')
            {
                quote = c;
            }
            else if (c == '#' && i > 0 && command[i - 1] == ' ')
            {
                return (command[..i].TrimEnd(), command[(i + 1)..].Trim());
            }
        }

        return (command.Trim(), null);
    }

    /// <summary>The words of a command as a POSIX shell splits them, and the file of a <c>&lt; file</c> redirection.</summary>
    private static (List<string> Args, string? Stdin) Parse(string command)
    {
        var words = new List<string>();
        string? stdin = null;
        var word = new StringBuilder();
        var inWord = false;
        var redirect = false;
        for (var i = 0; i <= command.Length; i++)
        {
            var c = i < command.Length ? command[i] : ' ';
            if (c is ' ' or '\t')
            {
                if (inWord)
                {
                    if (redirect)
                    {
                        stdin = ExampleFile(word.ToString());
                        redirect = false;
                    }
                    else
                    {
                        words.Add(word.ToString());
                    }
                }

                word.Clear();
                inWord = false;
            }
            else if (c == '<' && !inWord)
            {
                redirect = true;
            }
            else if (c == '\'')
            {
                var end = command.IndexOf('\'', i + 1);
                word.Append(command, i + 1, end - i - 1);
                i = end;
                inWord = true;
            }
            else if (c == '"')
            {
                for (i++; command[i] != '"'; i++)
                {
                    word.Append(command[i] == '\\' && command[i + 1] is '"' or '\\' or '$' ? command[++i] : command[i]);
                }

                inWord = true;
            }
            else
            {
                word.Append(c);
                inWord = true;
            }
        }

        // A file argument (sipstatus response FILE) is one of the example files too.
        for (var k = 0; k < words.Count; k++)
        {
            if (words[k].EndsWith(".txt", StringComparison.Ordinal) || words[k].EndsWith(".sip", StringComparison.Ordinal))
            {
                words[k] = ExampleFile(words[k]);
            }
        }

        return (words, stdin);
    }

    /// <summary>An example input: in docs/examples, or one of the real stacks' responses of the library's test data.</summary>
    private static string ExampleFile(string name)
    {
        foreach (var folder in new[] { Path.Combine("Readme", "examples"), Path.Combine("TestData", "responses") })
        {
            var path = Path.Combine(AppContext.BaseDirectory, folder, name);
            if (File.Exists(path))
            {
                return path;
            }
        }

        throw new FileNotFoundException($"The README's example reads {name}, which is neither in docs/examples nor in tests/SipStatus.Tests/TestData/responses.");
    }
}
