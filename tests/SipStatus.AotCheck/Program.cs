using System;
using System.Globalization;
using System.Text;

namespace SipStatus.AotCheck;

/// <summary>
/// Calls every public API of SipStatus and prints what each call gives, one fact a line, in an order and a form that
/// depend on nothing but the library: the same program prints the same transcript on the JIT and as a Native AOT
/// executable, which is what scripts/aot-check.sh checks. Exceptions are part of the transcript (their type and
/// message), so that the error paths are compared too.
/// </summary>
internal static class Program
{
    private static int Main()
    {
        // Culture-taking overloads are called with explicit cultures; the current culture is set so that the
        // overloads that read it (a null culture) give the same answer wherever the check runs.
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        CultureInfo.CurrentUICulture = CultureInfo.InvariantCulture;

        var transcript = new Transcript();
        Languages.Write(transcript);
        Catalog.Write(transcript);
        Codes.Write(transcript);
        Phrases.Write(transcript);
        StatusLines.Write(transcript);
        StatusLineErrors.Write(transcript);
        Causes.Write(transcript);
        Reasons.Write(transcript);
        Warnings.Write(transcript);
        Diagnoses.Write(transcript);
        Serialization.Write(transcript);
        TypeConverters.Write(transcript);
        transcript.Line("end", $"{transcript.Count + 1} lines");

        using var stdout = Console.OpenStandardOutput();
        var bytes = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(transcript.ToString());
        stdout.Write(bytes, 0, bytes.Length);
        return 0;
    }
}

/// <summary>The lines printed, each <c>section: fact</c>, with line breaks and control characters shown escaped.</summary>
internal sealed class Transcript
{
    private readonly StringBuilder _text = new();

    public int Count { get; private set; }

    public void Line(string section, string fact)
    {
        _text.Append(Escape(section)).Append(": ").Append(Escape(fact)).Append('\n');
        Count++;
    }

    /// <summary>The value, or the exception's type and message where the call throws.</summary>
    public static string Try<T>(Func<T> call)
    {
        try
        {
            return Show(call());
        }
        catch (Exception e)
        {
            return Thrown(e);
        }
    }

    /// <summary>The type and message of an exception, as the transcript shows it.</summary>
    public static string Thrown(Exception e) =>
        $"throws {e.GetType().FullName}: {e.Message}" + (e is System.Text.Json.JsonException json ? $" (path {json.Path ?? "none"}, line {json.LineNumber}, byte {json.BytePositionInLine})" : string.Empty);

    /// <summary>A value as the transcript shows it: null as <c>null</c>, text quoted, others by their invariant text.</summary>
    public static string Show<T>(T value) => value switch
    {
        null => "null",
        string text => "\"" + text + "\"",
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "null",
    };

    public override string ToString() => _text.ToString();

    private static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c == '\\')
            {
                escaped.Append("\\\\");
            }
            else if (char.IsControl(c) || char.IsSurrogate(c))
            {
                escaped.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
            }
            else
            {
                escaped.Append(c);
            }
        }

        return escaped.ToString();
    }
}
