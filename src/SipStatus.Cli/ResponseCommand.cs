using System;
using System.Collections.Generic;
using System.IO;

namespace SipStatus.Cli;

/// <summary>
/// <c>sipstatus response FILE|-</c>: finds each SIP response in a file or on stdin (a line that starts with a status
/// line, up to the blank line that ends its headers), has the library diagnose it (<see cref="SipResponseDiagnosis"/>),
/// and writes what it found: the status, who sent it, the Reason and Warning values, when to retry, the Q.850 cause,
/// the headers the library set aside, and the library's explanation.
/// </summary>
internal sealed class ResponseCommand(CliHost host, OutputSettings settings)
{
    /// <summary>The most bytes read: a log larger than this is a trace, for the trace filter.</summary>
    public const int MaxInputLength = 64 * 1024 * 1024;

    /// <summary>Diagnoses the responses in <paramref name="source"/>, a file name or <c>-</c> for stdin.</summary>
    /// <returns>The exit code.</returns>
    public int Run(string source)
    {
        var messages = settings.Messages;
        var name = source == "-" ? messages.Stdin : $"'{Program.Excerpt(source)}'";
        byte[] input;
        try
        {
            input = source == "-" ? ReadAll(host.Input) : ReadFile(source);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            host.Error.WriteLine(messages.CannotOpen(Program.Excerpt(source), e.Message));
            return Program.InvalidInput;
        }

        var responses = new List<ResponseReport>();
        var starts = ResponseStarts(input);
        for (var i = 0; i < starts.Count; i++)
        {
            var (offset, line) = starts[i];
            var end = i + 1 < starts.Count ? starts[i + 1].Offset : input.Length;
            var text = new ReadOnlySpan<byte>(input, offset, end - offset);
            if (SipResponseDiagnosis.TryParse(text, out var diagnosis))
            {
                responses.Add(ResponseReport.Of(diagnosis, input, offset, line, host.Texts, settings.Language));
            }
        }

        if (responses.Count == 0)
        {
            host.Error.WriteLine(messages.NoResponse(name));
            return Program.InvalidInput;
        }

        if (settings.Json)
        {
            JsonOutput.Write(host, new ResponseDocument(settings.Language.Tag, responses));
        }
        else
        {
            for (var i = 0; i < responses.Count; i++)
            {
                if (i > 0)
                {
                    host.Out.WriteLine();
                }

                Write(responses[i], host.Out);
            }
        }

        return Program.Success;
    }

    /// <summary>
    /// Where each response starts: every line that is a status line (<c>SIP/2.0 486 Busy Here</c> at the start of the
    /// line), with its line number from 1.
    /// </summary>
    private static List<(int Offset, long Line)> ResponseStarts(byte[] input)
    {
        var starts = new List<(int, long)>();
        long lineNumber = 1;
        for (var start = 0; start < input.Length; lineNumber++)
        {
            var newline = Array.IndexOf(input, (byte)'\n', start);
            var end = newline < 0 ? input.Length : newline;
            var line = new ReadOnlySpan<byte>(input, start, end - start).TrimEnd((byte)'\r');
            if (line.Length > 4 && (line[0] | 0x20) == 's' && SipStatusLine.TryParse(line, out _))
            {
                starts.Add((start, lineNumber));
            }

            start = end + 1;
        }

        return starts;
    }

    private static byte[] ReadFile(string path)
    {
        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        return ReadAll(file);
    }

    private static byte[] ReadAll(Stream stream)
    {
        using var memory = new MemoryStream();
        var buffer = new byte[81920];
        int read;
        while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
        {
            if (memory.Length + read > MaxInputLength)
            {
                throw new IOException($"the input is larger than {MaxInputLength / (1024 * 1024)} MiB; pipe a trace to 'sipstatus -' instead.");
            }

            memory.Write(buffer, 0, read);
        }

        return memory.ToArray();
    }

    /// <summary>Writes one diagnosis: the status line, a line per fact, and the explanation.</summary>
    private void Write(ResponseReport response, TextWriter writer)
    {
        var messages = settings.Messages;
        var line = response.StatusLine;
        var title = $"{line.Version} {line.Code.ToString(System.Globalization.CultureInfo.InvariantCulture)} {line.ReasonPhrase}";
        writer.WriteLine(Ansi.Paint(Program.Excerpt(title), response.Status.Effective.StatusClass, settings.Color));
        TextOutput.WriteFact(writer, messages, messages.SentBy, response.Server);
        foreach (var reason in response.Reasons)
        {
            TextOutput.WriteFact(writer, messages, Messages.HeaderLabel("Reason"), reason.Value);
        }

        foreach (var warning in response.Warnings)
        {
            TextOutput.WriteFact(writer, messages, Messages.HeaderLabel("Warning"), warning.Value);
        }

        TextOutput.WriteFact(writer, messages, messages.RetryIn, response.RetryAfterSeconds is { } seconds ? messages.RetryAfterFact(seconds) : null);
        TextOutput.WriteFact(writer, messages, messages.Q850, response.Q850Cause is { } cause ? messages.Q850Of(cause, response.Q850CauseName, response.Q850FromReason) : null);
        foreach (var problem in response.Problems)
        {
            TextOutput.WriteFact(writer, messages, messages.Problem, messages.ProblemFact(problem.Header, problem.Line, problem.Description));
        }

        writer.WriteLine();
        writer.WriteLine(response.Explanation);
    }
}

/// <summary>A header the library set aside as malformed.</summary>
/// <param name="Header">The header's name.</param>
/// <param name="Line">The line of the input it is on, from 1.</param>
/// <param name="Position">Its offset in bytes from the start of the response.</param>
/// <param name="Description">What is wrong, in English (the library's words).</param>
internal sealed record ProblemReport(string Header, long Line, int Position, string Description);

/// <summary>The diagnosis of one response, as <c>sipstatus response</c> writes it.</summary>
/// <param name="Line">The line of the input its status line is on, from 1.</param>
/// <param name="StatusLine">The status line's parts.</param>
/// <param name="Status">What its code means.</param>
/// <param name="Server">Who sent it: the Server header, else the User-Agent header; null when neither is there.</param>
/// <param name="Reasons">Its Reason values.</param>
/// <param name="Warnings">Its Warning values.</param>
/// <param name="RetryAfterSeconds">Its Retry-After, in seconds; null without one.</param>
/// <param name="Q850Cause">The first Q.850 Reason's cause, else the cause RFC 3398 section 8.2.6.1 maps the status to.</param>
/// <param name="Q850CauseName">The cause's name in the output's language (Q850.GetCauseName); null when there is no cause or it is outside 0-127.</param>
/// <param name="Q850FromReason">Whether <paramref name="Q850Cause"/> comes from a Reason header rather than the mapping.</param>
/// <param name="Problems">The headers the library set aside as malformed.</param>
/// <param name="Explanation">The library's explanation of the whole response, in the output language.</param>
internal sealed record ResponseReport(
    long Line,
    StatusLineReport StatusLine,
    StatusReport Status,
    string? Server,
    IReadOnlyList<ReasonReport> Reasons,
    IReadOnlyList<WarningReport> Warnings,
    long? RetryAfterSeconds,
    int? Q850Cause,
    string? Q850CauseName,
    bool Q850FromReason,
    IReadOnlyList<ProblemReport> Problems,
    string Explanation)
{
    /// <summary>Builds the report of a diagnosis of the response at <paramref name="offset"/> in <paramref name="input"/>.</summary>
    public static ResponseReport Of(SipResponseDiagnosis diagnosis, byte[] input, int offset, long line, ICatalogTexts texts, SipLanguage language)
    {
        var reasons = new List<ReasonReport>();
        var fromReason = false;
        foreach (var reason in diagnosis.Reasons)
        {
            reasons.Add(ReasonReport.Of(reason, language));
            fromReason |= reason.IsQ850;
        }

        var warnings = new List<WarningReport>();
        foreach (var warning in diagnosis.Warnings)
        {
            warnings.Add(WarningReport.Of(warning, language));
        }

        var problems = new List<ProblemReport>();
        foreach (var problem in diagnosis.Problems)
        {
            problems.Add(new ProblemReport(problem.Header, line + CountLines(input, offset, problem.Position), problem.Position, problem.Description));
        }

        var cause = diagnosis.Q850Cause;
        return new ResponseReport(
            line,
            Inputs.LineReport(diagnosis.StatusLine, versionWritten: true),
            StatusReport.Of(diagnosis.StatusLine.Code, texts, language),
            diagnosis.Server,
            reasons,
            warnings,
            diagnosis.RetryAfter is { } retryAfter ? (long)retryAfter.TotalSeconds : null,
            cause,
            cause is >= Q850.MinCause and <= Q850.MaxCause ? Q850.GetCauseName(cause.Value, language) : null,
            fromReason,
            problems,
            diagnosis.Explain(language));
    }

    /// <summary>How many line feeds the response holds before <paramref name="position"/>.</summary>
    private static long CountLines(byte[] input, int offset, int position)
    {
        var count = 0L;
        var end = Math.Min(input.Length, offset + position);
        for (var i = offset; i < end; i++)
        {
            count += input[i] == '\n' ? 1 : 0;
        }

        return count;
    }
}

/// <summary>The JSON document of <c>sipstatus response</c>.</summary>
/// <param name="Language">The output language.</param>
/// <param name="Responses">One diagnosis per response found, in order.</param>
internal sealed record ResponseDocument(string Language, IReadOnlyList<ResponseReport> Responses);
