using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Runtime.Loader;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace SipStatus.Cli.Tests;

/// <summary>One block of the README: its language, the README line it starts on, and its lines.</summary>
public sealed record ReadmeBlock(string Language, int Line, IReadOnlyList<string> Lines)
{
    public override string ToString() => $"README line {Line}";
}

/// <summary>A comment in a snippet where output is read but nothing checks it.</summary>
/// <param name="Line">The README line of the comment.</param>
/// <param name="Comment">The comment.</param>
public sealed record UncheckedComment(int Line, string Comment);

/// <summary>What a snippet printed at one of its output comments, and what the comment says.</summary>
/// <param name="Line">The README line of the statement.</param>
/// <param name="Expected">The comment (continuation lines joined by single spaces).</param>
/// <param name="Printed">What the statement printed, or the exception it threw as <c>Type: message</c>.</param>
/// <param name="Whole">Whether the comment is the whole output (a block under the statement) rather than output and remark.</param>
public sealed record SnippetCheck(int Line, string Expected, string Printed, bool Whole);

/// <summary>
/// The README's code blocks, and the running of its C# snippets. A snippet is compiled on its own, as a console
/// program with the SDK's implicit usings of a console project (System, System.IO, System.Linq, ...) and nothing else
/// beyond its own <c>using</c>s, against this build's SipStatus.dll. Its output comments are then checked:
/// <list type="bullet">
/// <item>a <c>Console.WriteLine(...);</c> with a comment after it printed the comment's text, which may go on with a
/// remark after <c>: </c>, <c>, </c>, two spaces or <c> (</c>;</item>
/// <item>a <c>Console.WriteLine(...);</c> with comment lines under it printed all of them, joined by spaces, where
/// <c>...</c> or <c>[...]</c> stands for text left out;</item>
/// <item>a statement with comment lines under it that begin <c>SomethingException: </c> throws that exception with
/// that message.</item>
/// </list>
/// Every check must run (a check inside an <c>if</c> that is never entered fails). A comment after a statement, on its
/// line or on the lines right under it, reads as what the statement gives, so one that is none of the above (a
/// <c>var</c> with a comment, a second comment block under a checked line) fails the test: print the value and check
/// it, or put the remark above the statement or after a blank line. Comments elsewhere (above code, after a blank
/// line, on an <c>if</c> or <c>foreach</c>) describe; they are not output.
/// </summary>
public static class ReadmeSnippets
{
    private const string ImplicitUsings =
        "global using System; global using System.Collections.Generic; global using System.IO; global using System.Linq; " +
        "global using System.Net.Http; global using System.Threading; global using System.Threading.Tasks;";

    private const string Harness = """
        public static class ReadmeHarness
        {
            public static readonly System.IO.StringWriter Out = new();
            public static readonly System.Collections.Generic.List<string[]> Records = new();
            private static int s_mark;
            public static void Mark() => s_mark = Out.GetStringBuilder().Length;
            public static void Check(int line, string expected, bool whole) =>
                Records.Add(new[] { line.ToString(System.Globalization.CultureInfo.InvariantCulture), expected, Out.ToString().Substring(s_mark).TrimEnd('\r', '\n'), whole ? "whole" : "" });
            public static void Threw(int line, string expected, System.Exception e) =>
                Records.Add(new[] { line.ToString(System.Globalization.CultureInfo.InvariantCulture), expected, e.GetType().Name + ": " + e.Message, "whole" });
            public static void DidNotThrow(int line, string expected) =>
                Records.Add(new[] { line.ToString(System.Globalization.CultureInfo.InvariantCulture), expected, "(no exception)", "whole" });
        }
        """;

    private static readonly Regex s_trailingComment = new(@"^(?<code>\s*\S.*?;)\s*//\s?(?<comment>.*)$", RegexOptions.Compiled);
    private static readonly Regex s_exceptionComment = new(@"^\w+Exception: ", RegexOptions.Compiled);

    /// <summary>The README, as copied beside the tests.</summary>
    public static string ReadmePath => Path.Combine(AppContext.BaseDirectory, "Readme", "README.md");

    /// <summary>Every fenced block of the README in <paramref name="language"/> (<c>csharp</c>, <c>console</c>).</summary>
    public static IReadOnlyList<ReadmeBlock> Blocks(string language)
    {
        var lines = File.ReadAllLines(ReadmePath);
        var blocks = new List<ReadmeBlock>();
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i] == "```" + language)
            {
                var start = i + 1;
                var end = Array.IndexOf(lines, "```", start);
                blocks.Add(new ReadmeBlock(language, start + 1, lines[start..end]));
                i = end;
            }
        }

        return blocks;
    }

    /// <summary>
    /// The output comments of a snippet that no check reads (see the class summary), and the README lines of the
    /// statements whose output is checked.
    /// </summary>
    public static (IReadOnlyList<UncheckedComment> Unchecked, IReadOnlyList<int> CheckedLines) Comments(ReadmeBlock block)
    {
        var (_, uncheckedComments, checkedLines) = Instrument(block);
        return (uncheckedComments, checkedLines);
    }

    /// <summary>Compiles a snippet; the errors, or none and the checks its run recorded.</summary>
    public static (IReadOnlyList<string> Errors, IReadOnlyList<SnippetCheck> Checks) Run(ReadmeBlock block)
    {
        var (source, _, _) = Instrument(block);
        var compilation = CSharpCompilation.Create(
            "ReadmeSnippet" + block.Line,
            [
                CSharpSyntaxTree.ParseText(ImplicitUsings),
                CSharpSyntaxTree.ParseText(Harness),
                CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest), path: "README.md"),
            ],
            References(),
            new CSharpCompilationOptions(OutputKind.ConsoleApplication, nullableContextOptions: NullableContextOptions.Enable));
        using var image = new MemoryStream();
        var emitted = compilation.Emit(image);
        var errors = emitted.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString()).ToList();
        if (!emitted.Success)
        {
            return (errors, []);
        }

        var context = new AssemblyLoadContext("readme" + block.Line, isCollectible: true);
        try
        {
            image.Position = 0;
            var assembly = context.LoadFromStream(image);
            var harness = assembly.GetType("ReadmeHarness")!;
            var console = Console.Out;
            Console.SetOut((TextWriter)harness.GetField("Out")!.GetValue(null)!);
            try
            {
                var entry = assembly.EntryPoint!;
                entry.Invoke(null, entry.GetParameters().Length == 0 ? null : [Array.Empty<string>()]);
            }
            finally
            {
                Console.SetOut(console);
            }

            var records = (List<string[]>)harness.GetField("Records")!.GetValue(null)!;
            return ([], records.Select(r => new SnippetCheck(int.Parse(r[0], System.Globalization.CultureInfo.InvariantCulture), r[1], r[2], r[3] == "whole")).ToList());
        }
        finally
        {
            context.Unload();
        }
    }

    /// <summary>
    /// Whether <paramref name="printed"/> is what <paramref name="expected"/> shows: all of it, with <c>...</c> and
    /// <c>[...]</c> standing for text left out; or, when not <paramref name="whole"/>, its start, then a remark.
    /// </summary>
    public static bool Matches(string expected, string printed, bool whole)
    {
        if (whole)
        {
            var pattern = Regex.Escape(expected).Replace(@"\[\.\.\.]", "(.*?)", StringComparison.Ordinal).Replace(@"\.\.\.", "(.*?)", StringComparison.Ordinal);
            return Regex.IsMatch(printed, "^" + pattern + "$", RegexOptions.Singleline);
        }

        if (!expected.StartsWith(printed, StringComparison.Ordinal) || printed.Length == 0)
        {
            return false;
        }

        var rest = expected[printed.Length..];
        return rest.Length == 0 || rest.StartsWith(": ", StringComparison.Ordinal) || rest.StartsWith(", ", StringComparison.Ordinal)
            || rest.StartsWith("  ", StringComparison.Ordinal) || rest.StartsWith(" (", StringComparison.Ordinal);
    }

    /// <summary>
    /// The snippet with its output comments turned into checks (line numbers stay the README's), the output comments
    /// left unchecked, and the README lines of the checked statements.
    /// </summary>
    private static (string Source, List<UncheckedComment> Unchecked, List<int> CheckedLines) Instrument(ReadmeBlock block)
    {
        var lines = block.Lines;
        var text = new StringBuilder();
        var uncheckedComments = new List<UncheckedComment>();
        var checkedLines = new List<int>();
        for (var i = 0; i < lines.Count; i++)
        {
            var line = block.Line + i;
            text.Append("#line ").Append(line).Append(" \"README.md\"\n");
            var below = CommentBelow(lines, i + 1);
            var trailing = s_trailingComment.Match(lines[i]);
            var code = lines[i].Trim();
            var statement = trailing.Success || code.EndsWith(';');
            var belowChecked = false;
            if (trailing.Success && IsWriteLine(trailing.Groups["code"].Value))
            {
                text.Append($"{{ ReadmeHarness.Mark(); {trailing.Groups["code"].Value.Trim()} ReadmeHarness.Check({line}, {Literal(trailing.Groups["comment"].Value.Trim())}, false); }}\n");
                checkedLines.Add(line);
            }
            else if (!trailing.Success && code.EndsWith(';') && below is { } comment && IsWriteLine(code))
            {
                text.Append($"{{ ReadmeHarness.Mark(); {code} ReadmeHarness.Check({line}, {Literal(comment)}, true); }}\n");
                checkedLines.Add(line);
                belowChecked = true;
            }
            else if (!trailing.Success && code.EndsWith(';') && below is { } thrown && s_exceptionComment.IsMatch(thrown))
            {
                text.Append($"try {{ {code} ReadmeHarness.DidNotThrow({line}, {Literal(thrown)}); }} catch (System.Exception e) {{ ReadmeHarness.Threw({line}, {Literal(thrown)}, e); }}\n");
                checkedLines.Add(line);
                belowChecked = true;
            }
            else
            {
                text.Append(lines[i]).Append('\n');
                if (trailing.Success)
                {
                    uncheckedComments.Add(new UncheckedComment(line, trailing.Groups["comment"].Value.Trim()));
                }
            }

            // A comment right under a statement reads as its output too, unless a check above took it.
            if (statement && !belowChecked && below is { } after)
            {
                uncheckedComments.Add(new UncheckedComment(line + 1, after));
            }
        }

        return (text.ToString(), uncheckedComments, checkedLines);
    }

    private static bool IsWriteLine(string code) => code.TrimStart().StartsWith("Console.WriteLine(", StringComparison.Ordinal);

    /// <summary>The comment lines from <paramref name="start"/> joined by single spaces, or null when there are none.</summary>
    private static string? CommentBelow(IReadOnlyList<string> lines, int start)
    {
        var parts = new List<string>();
        for (var i = start; i < lines.Count && lines[i].TrimStart().StartsWith("//", StringComparison.Ordinal); i++)
        {
            parts.Add(lines[i].TrimStart()[2..].Trim());
        }

        return parts.Count == 0 ? null : string.Join(" ", parts);
    }

    private static string Literal(string text) => SymbolDisplay.FormatLiteral(text, quote: true);

    private static List<MetadataReference> References()
    {
        var paths = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator).ToList();
        paths.Add(typeof(SipStatusCode).Assembly.Location);
        return paths.Distinct().Select(p => (MetadataReference)MetadataReference.CreateFromFile(p)).ToList();
    }
}
