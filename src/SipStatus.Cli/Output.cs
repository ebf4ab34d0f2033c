using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace SipStatus.Cli;

/// <summary>How the output looks: its language, JSON or text, and whether it is coloured.</summary>
/// <param name="Language">The output language.</param>
/// <param name="Json">Whether to write JSON.</param>
/// <param name="Color">Whether to colour by class.</param>
internal sealed record OutputSettings(SipLanguage Language, bool Json, bool Color)
{
    /// <summary>The tool's own words in the output language.</summary>
    public Messages Messages => Messages.For(Language);
}

/// <summary>Writes reports as text for people.</summary>
internal static class TextOutput
{
    private const string Spaces = "                ";

    /// <summary>Writes the explanation of each valid input, separated by blank lines.</summary>
    public static void WriteInputs(IReadOnlyList<InputReport> reports, TextWriter writer, OutputSettings settings)
    {
        var first = true;
        foreach (var report in reports)
        {
            if (report.Error is not null)
            {
                continue;
            }

            if (!first)
            {
                writer.WriteLine();
            }

            first = false;
            if (report.Reasons is { } reasons)
            {
                WriteEach(reasons, WriteReason, writer, settings);
                continue;
            }

            if (report.Warnings is { } warnings)
            {
                WriteEach(warnings, WriteWarning, writer, settings);
                continue;
            }

            if (report.Q850 is { } cause)
            {
                WriteCause(cause, writer, settings);
                continue;
            }

            if (report.Statuses.Count == 1)
            {
                WriteStatus(report.Statuses[0], report.Note, writer, settings);
                continue;
            }

            writer.WriteLine(settings.Messages.Ambiguous(Program.Excerpt(report.Input), report.Statuses.Count));
            foreach (var status in report.Statuses)
            {
                writer.WriteLine();
                WriteStatus(status, null, writer, settings);
            }
        }
    }

    /// <summary>Writes one Reason value: the value as a header writes it, then what it means.</summary>
    public static void WriteReason(ReasonReport reason, TextWriter writer, OutputSettings settings)
    {
        var title = Messages.HeaderLabel("Reason") + " " + reason.Value;
        writer.WriteLine(reason.SipCode is { } code ? Ansi.Paint(title, (SipStatusClass)(code / 100), settings.Color) : title);
        WriteFact(writer, settings.Messages, settings.Messages.Meaning, reason.Explanation);
    }

    /// <summary>Writes one Warning value: the value as a header writes it, what it means and where it is defined.</summary>
    public static void WriteWarning(WarningReport warning, TextWriter writer, OutputSettings settings)
    {
        writer.WriteLine(Messages.HeaderLabel("Warning") + " " + warning.Value);
        WriteFact(writer, settings.Messages, settings.Messages.Meaning, warning.Explanation);
        WriteFact(writer, settings.Messages, settings.Messages.Reference, warning.Reference);
    }

    /// <summary>Writes a Q.850 cause: its name, what it means, and the SIP codes that map to it.</summary>
    public static void WriteCause(Q850Report cause, TextWriter writer, OutputSettings settings)
    {
        var messages = settings.Messages;
        var title = messages.CauseTitle(cause.Cause, cause.Name);
        writer.WriteLine(cause.SipCode is { } code ? Ansi.Paint(title, (SipStatusClass)(code / 100), settings.Color) : title);
        WriteFact(writer, messages, messages.Meaning, cause.Explanation);
        var codes = new StringBuilder();
        foreach (var from in cause.FromSip)
        {
            codes.Append(codes.Length == 0 ? string.Empty : ", ").Append(SipStatusCatalog.Get((SipStatusCode)from));
        }

        WriteFact(writer, messages, messages.FromSip, messages.FromSipFact(codes.ToString()));
    }

    /// <summary>Writes one code: its title, then a line per fact.</summary>
    public static void WriteStatus(StatusReport report, string? note, TextWriter writer, OutputSettings settings)
    {
        // The Q.850 cause is the code's own: RFC 3398 section 8.2.6.1 maps an unregistered code to 31, not to the
        // cause of the code it is treated as.
        var q850 = report.Q850Cause is { } cause ? settings.Messages.Q850Fact(cause, report.Q850CauseName!) : null;
        foreach (var change in report.Q850CauseByWarning ?? Array.Empty<WarningCauseReport>())
        {
            q850 += "; " + settings.Messages.Q850ByWarning(change);
        }

        if (!report.Registered)
        {
            writer.WriteLine(report.Explanation);
            writer.WriteLine();
            report = report.Effective;
        }

        var messages = settings.Messages;
        writer.WriteLine(Ansi.Paint(report.Title, report.StatusClass, settings.Color));
        WriteFact(writer, messages, messages.Meaning, report.Description);
        WriteFact(writer, messages, messages.Class, $"{report.Class} {report.ClassName}");
        WriteFact(writer, messages, messages.Reference, report.Reference);
        WriteFact(writer, messages, messages.Q850, q850);
        if (report.Deprecated && report.TreatAs is { } treatAs)
        {
            WriteFact(writer, messages, messages.Status, messages.Deprecated(report.Code, treatAs));
        }

        WriteFact(writer, messages, messages.Hint(OtherLanguage(report, settings)), report.Hint);
        WriteFact(writer, messages, messages.Wording, note);
    }

    /// <summary>The language of the report's hint when it is not the output language; otherwise null.</summary>
    public static string? OtherLanguage(StatusReport report, OutputSettings settings) =>
        report.HintLanguage is { } language && language != settings.Language.Tag ? language : null;

    private static void WriteEach<T>(IReadOnlyList<T> items, Action<T, TextWriter, OutputSettings> write, TextWriter writer, OutputSettings settings)
    {
        for (var i = 0; i < items.Count; i++)
        {
            if (i > 0)
            {
                writer.WriteLine();
            }

            write(items[i], writer, settings);
        }
    }

    /// <summary>Writes <c>  Label:    value</c>, the values of every label in one column; nothing when the value is null.</summary>
    public static void WriteFact(TextWriter writer, Messages messages, string label, string? value)
    {
        if (value is null)
        {
            return;
        }

        writer.Write("  ");
        writer.Write(label);
        writer.Write(Spaces.AsSpan(0, Math.Max(1, messages.LabelWidth - label.Length)));
        writer.WriteLine(value);
    }
}

/// <summary>
/// Writes JSON with the source-generated serializers. Only this class names System.Text.Json, and its methods are not
/// inlined, so that text output never loads it (a ReadyToRun method loads the types it names when it first runs).
/// </summary>
internal static class JsonOutput
{
    /// <summary>Writes the document of explained inputs, indented.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static void Write(CliHost host, ExplainDocument document) => Write(host, document, CliJsonContext.Default.ExplainDocument, indented: true);

    /// <summary>Writes the document of the list, indented.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static void Write(CliHost host, ListDocument document) => Write(host, document, CliJsonContext.Default.ListDocument, indented: true);

    /// <summary>Writes one status line of a trace on one line (JSON Lines).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static void Write(CliHost host, TraceResponse response) => Write(host, response, CliJsonContext.Default.TraceResponse, indented: false);

    /// <summary>Writes one Reason or Warning header line of a trace on one line (JSON Lines).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static void Write(CliHost host, TraceHeader header) => Write(host, header, CliJsonContext.Default.TraceHeader, indented: false);

    /// <summary>Writes the document of diagnosed responses, indented.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static void Write(CliHost host, ResponseDocument document) => Write(host, document, CliJsonContext.Default.ResponseDocument, indented: true);

    private static void Write<T>(CliHost host, T value, JsonTypeInfo<T> type, bool indented)
    {
        host.Out.Flush();
        var options = new JsonWriterOptions { Indented = indented, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        using (var writer = new Utf8JsonWriter(host.Output, options))
        {
            JsonSerializer.Serialize(writer, value, type);
        }

        host.Out.WriteLine();
    }
}

/// <summary>The table of <c>sipstatus list</c>.</summary>
internal static class TableOutput
{
    /// <summary>Writes the rows as aligned columns under a heading row; the notes column only where a row has notes.</summary>
    public static void Write(IReadOnlyList<StatusReport> rows, TextWriter writer, OutputSettings settings)
    {
        var messages = settings.Messages;
        var cells = new List<string[]>(rows.Count + 1)
        {
            new[] { messages.CodeHeading, messages.PhraseHeading, messages.ClassHeading, messages.ReferenceHeading, messages.NotesHeading },
        };
        var hasNotes = false;
        foreach (var row in rows)
        {
            var notes = Notes(row, settings);
            hasNotes |= notes.Length > 0;
            cells.Add([row.Code.ToString(CultureInfo.InvariantCulture), row.ReasonPhrase ?? string.Empty, $"{row.Class} {row.ClassName}", row.Reference ?? string.Empty, notes]);
        }

        var columns = hasNotes ? 5 : 4;
        var widths = new int[columns];
        foreach (var line in cells)
        {
            for (var c = 0; c < columns; c++)
            {
                widths[c] = Math.Max(widths[c], line[c].Length);
            }
        }

        var text = new StringBuilder();
        for (var r = 0; r < cells.Count; r++)
        {
            text.Clear();
            for (var c = 0; c < columns; c++)
            {
                var cell = cells[r][c];
                text.Append(c == 0 && r > 0 ? Ansi.Paint(cell, rows[r - 1].StatusClass, settings.Color) : cell);
                if (c < columns - 1)
                {
                    text.Append(' ', widths[c] - cell.Length + 2);
                }
            }

            writer.WriteLine(text.ToString().TrimEnd());
        }
    }

    private static string Notes(StatusReport row, OutputSettings settings)
    {
        var notes = new StringBuilder();
        if (row.Deprecated && row.TreatAs is { } treatAs)
        {
            notes.Append(settings.Messages.DeprecatedNote(treatAs));
        }

        if (row.Hint is { } hint)
        {
            notes.Append(notes.Length > 0 ? "; " : string.Empty).Append(settings.Messages.HintNote(hint, TextOutput.OtherLanguage(row, settings)));
        }

        return notes.ToString();
    }
}
