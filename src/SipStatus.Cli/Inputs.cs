using System;
using System.Collections.Generic;
using System.Text;

namespace SipStatus.Cli;

/// <summary>
/// Turns the words of a command line into inputs and says what each one is: a code (<c>486</c>), a status line
/// (<c>SIP/2.0 486 Busy Here</c>, or just <c>486 Busy Here</c>), a reason phrase (<c>busy here</c>), or the value of a
/// Reason or Warning header (<c>Q.850;cause=17</c>, <c>Warning: 304 sbc "Media type not available"</c>). Words are joined
/// where together they form one input, so that <c>sipstatus busy here</c> needs no quotes.
/// </summary>
internal static partial class Inputs
{
    /// <summary>The most words joined into one input.</summary>
    private const int MaxWords = 16;

    /// <summary>Reads every input in <paramref name="words"/>, in order.</summary>
    public static List<InputReport> Read(IReadOnlyList<string> words, ICatalogTexts texts, SipLanguage language)
    {
        var messages = Messages.For(language);
        var reports = new List<InputReport>();
        var pending = -1;
        var i = 0;
        while (i < words.Count)
        {
            var taken = 0;
            Recognized recognized = default;
            string text = string.Empty;
            for (var j = Joinable(words, i); j > i; j--)
            {
                text = Join(words, i, j);
                if (TryRecognize(text, out recognized))
                {
                    taken = j - i;
                    break;
                }
            }

            if (taken == 0)
            {
                // Words that look like a code or a status line are reported one by one; other unknown words together.
                if (StandsAlone(words[i]))
                {
                    Flush(words, ref pending, i, reports, messages);
                    reports.Add(Invalid(words[i], messages));
                }
                else if (pending < 0)
                {
                    pending = i;
                }

                i++;
                continue;
            }

            Flush(words, ref pending, i, reports, messages);
            reports.Add(Report(text, recognized, texts, language, messages));
            i += taken;
        }

        Flush(words, ref pending, words.Count, reports, messages);
        return reports;
    }

    /// <summary>
    /// The report of a status line (read from a trace or the command line), as the library reads it; the version only
    /// when the input wrote one (<c>486 Busy Here</c> and tshark's summaries do not).
    /// </summary>
    public static StatusLineReport LineReport(SipStatusLine line, bool versionWritten) =>
        new(versionWritten ? line.Version : null, line.Code, line.ReasonPhrase, line.IsCanonicalReasonPhrase);

    private static InputReport Report(string text, Recognized recognized, ICatalogTexts texts, SipLanguage language, Messages messages)
    {
        switch (recognized.Kind)
        {
            case Kind.Code:
                return new InputReport(text, "code", null, null, [StatusReport.Of(recognized.Code, texts, language)], null);
            case Kind.Reason:
                var reasons = new List<ReasonReport>();
                var named = new List<StatusReport>();
                foreach (var reason in recognized.Reasons!)
                {
                    var report = ReasonReport.Of(reason, language);
                    reasons.Add(report);
                    if (report.SipCode is { } sipCode && !named.Exists(s => s.Code == sipCode))
                    {
                        named.Add(StatusReport.Of(sipCode, texts, language));
                    }
                }

                return new InputReport(text, "reason", null, null, named, null) { Reasons = reasons };
            case Kind.Warning:
                var warnings = new List<WarningReport>();
                foreach (var warning in recognized.Warnings!)
                {
                    warnings.Add(WarningReport.Of(warning, language));
                }

                return new InputReport(text, "warning", null, null, [], null) { Warnings = warnings };
            case Kind.StatusLine:
                var line = recognized.Line;
                return new InputReport(
                    text, "statusLine", LineReport(line, recognized.VersionWritten), WordingNote(line, messages), [StatusReport.Of(line.Code, texts, language)], null);
            default:
                var matches = SipStatusCatalog.FindByReasonPhrase(recognized.Phrase);
                var statuses = new StatusReport[matches.Count];
                for (var k = 0; k < matches.Count; k++)
                {
                    statuses[k] = StatusReport.Of(matches[k].Value, texts, language);
                }

                string? note = null;
                if (matches.Count == 1 && !SipStatusCatalog.ReasonPhrasesMatch(recognized.Phrase, matches[0].ReasonPhrase))
                {
                    note = messages.OtherWording(Program.Excerpt(recognized.Phrase), matches[0]);
                }

                return new InputReport(text, "phrase", null, note, statuses, null);
        }
    }

    /// <summary>A remark on a status line whose phrase is not the registry's wording of its code; null when it is.</summary>
    private static string? WordingNote(SipStatusLine line, Messages messages)
    {
        // A phrase of spaces alone (SIP/2.0 200  has the phrase " ") has no wording, as an empty one has none.
        var phrase = line.ReasonPhrase;
        var code = line.Code;
        if (string.IsNullOrWhiteSpace(phrase) || !SipStatusCatalog.TryGet(code, out var info) || SipStatusCatalog.ReasonPhrasesMatch(phrase, info.ReasonPhrase))
        {
            return null;
        }

        var matches = SipStatusCatalog.FindByReasonPhrase(phrase);
        var written = Program.Excerpt(phrase);
        if (matches.Count == 0)
        {
            return messages.OwnWording(written, info);
        }

        var others = new StringBuilder();
        foreach (var match in matches)
        {
            if (match.Value == code)
            {
                return messages.OtherWording(written, info);
            }

            others.Append(others.Length == 0 ? string.Empty : " / ").Append(match);
        }

        return messages.PhraseOfOtherCode(written, others.ToString(), info);
    }

    private static bool TryRecognize(string text, out Recognized recognized)
    {
        recognized = default;
        var trimmed = text.Trim();
        if (SipStatusCatalog.TryParseCode(trimmed, out var code))
        {
            recognized = new Recognized(Kind.Code, code, default, false, string.Empty);
            return true;
        }

        if (SipStatusLine.TryParse(AsStatusLine(text), out var line))
        {
            recognized = new Recognized(Kind.StatusLine, line.Code, line, true, line.ReasonPhrase);
            return true;
        }

        // A Reason or Warning header value, with or without its header name.
        var value = HeaderValue(trimmed, out var header) ?? trimmed;
        if (header != Warning && SipReason.TryParseAll(value, out var reasons))
        {
            recognized = new Recognized(Kind.Reason, 0, default, false, string.Empty) { Reasons = reasons };
            return true;
        }

        if (header != Reason && SipWarning.TryParseAll(value, out var warnings))
        {
            recognized = new Recognized(Kind.Warning, 0, default, false, string.Empty) { Warnings = warnings };
            return true;
        }

        if (header is not null)
        {
            return false;
        }

        // "486 Busy Here": a code and a phrase that holds a letter (so that "486 487" stays two codes).
        if (trimmed.Length > 4 && trimmed[3] == ' ' && SipStatusCatalog.TryParseCode(trimmed.AsSpan(0, 3), out code) && HasLetter(trimmed.AsSpan(4))
            && SipStatusLine.TryParse(SipStatusLine.DefaultVersion + " " + trimmed, out line))
        {
            recognized = new Recognized(Kind.StatusLine, code, line, false, line.ReasonPhrase);
            return true;
        }

        if (SipStatusCatalog.FindByReasonPhrase(trimmed).Count > 0)
        {
            recognized = new Recognized(Kind.Phrase, 0, default, false, trimmed);
            return true;
        }

        return false;
    }

    private static InputReport Invalid(string text, Messages messages)
    {
        var trimmed = text.Trim();
        var excerpt = Program.Excerpt(text);
        string error;
        var value = HeaderValue(trimmed, out var header);
        if (value is not null || trimmed.Contains(";cause=", StringComparison.OrdinalIgnoreCase))
        {
            error = messages.NotAHeaderValue(excerpt, RefusalOf(value ?? trimmed, header ?? Reason));
        }
        else if (trimmed.Length == 0 || (char.IsDigit(trimmed[0]) && trimmed.IndexOf(' ') < 0))
        {
            error = messages.NotACode(excerpt);
        }
        else if (LooksLikeStatusLine(trimmed))
        {
            error = SipStatusLine.TryParse(AsStatusLine(text), out _, out var lineError)
                ? messages.NotRecognized(excerpt)
                : messages.NotAStatusLine(excerpt, lineError);
        }
        else
        {
            error = messages.NotRecognized(excerpt);
        }

        return new InputReport(text, "invalid", null, null, [], error);
    }

    private static void Flush(IReadOnlyList<string> words, ref int pending, int end, List<InputReport> reports, Messages messages)
    {
        if (pending >= 0)
        {
            reports.Add(Invalid(Join(words, pending, end), messages));
            pending = -1;
        }
    }

    /// <summary>
    /// The end of the longest run of words from <paramref name="start"/> that may form one input: a word that looks
    /// like a code or a status line starts an input of its own (so "486 487" is two codes), except the code after a
    /// SIP version ("SIP/2.0" "486" "Busy" "Here"); a word with a space in it was quoted, so it is an input by itself,
    /// except after a header name ("Reason:" 'Q.850;cause=17;text="User busy"').
    /// </summary>
    private static int Joinable(IReadOnlyList<string> words, int start)
    {
        var end = start + 1;
        var limit = IsQuoted(words[start]) ? end : Math.Min(words.Count, start + MaxWords);
        if (end < words.Count && HeaderValue(words[start].Trim(), out _) is { Length: 0 })
        {
            // "Reason:" followed by its value, quoted or not.
            end++;
        }

        while (end < limit && !IsQuoted(words[end])
            && (!StandsAlone(words[end]) || (end == start + 1 && LooksLikeStatusLine(words[start].Trim()))))
        {
            end++;
        }

        return end;
    }

    private static bool StandsAlone(string word)
    {
        var trimmed = word.Trim();
        return trimmed.Length == 0 || char.IsDigit(trimmed[0]) || LooksLikeStatusLine(trimmed) || IsQuoted(trimmed);
    }

    private static bool IsQuoted(string word) => word.AsSpan().Trim().ContainsAny(' ', '\t');

    private static bool LooksLikeStatusLine(string text) => text.StartsWith("SIP/", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// An input read as a status line: whitespace before it goes, and a line end after it (a line pasted or taken from
    /// a CRLF file with its CR), but spaces and tabs at the end stay. They belong to the reason phrase, which RFC 3261
    /// section 25.1 lets hold SP and HTAB anywhere: <c>"SIP/2.0 486 "</c> is 486 with an empty phrase, and trimming it
    /// would leave <c>SIP/2.0 486</c>, which is no status line.
    /// </summary>
    private static string AsStatusLine(string text) => text.TrimStart().TrimEnd('\r', '\n');

    private static bool HasLetter(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (char.IsLetter(c))
            {
                return true;
            }
        }

        return false;
    }

    private static string Join(IReadOnlyList<string> words, int start, int end)
    {
        if (end - start == 1)
        {
            return words[start];
        }

        var text = new StringBuilder();
        for (var k = start; k < end; k++)
        {
            text.Append(k == start ? string.Empty : " ").Append(words[k]);
        }

        return text.ToString();
    }

    private const string Reason = "Reason";
    private const string Warning = "Warning";

    private enum Kind
    {
        Code,
        StatusLine,
        Phrase,
        Reason,
        Warning,
    }

    /// <summary>What an input was read as: a code, a status line (<paramref name="Line"/>) or a phrase.</summary>
    /// <param name="Kind">Which of the three.</param>
    /// <param name="Code">The code, for a code or a status line.</param>
    /// <param name="Line">The status line as the library read it; <c>default</c> for the others.</param>
    /// <param name="VersionWritten">Whether the input wrote the status line's version (<c>486 Busy Here</c> does not).</param>
    /// <param name="Phrase">The phrase, for a status line or a phrase.</param>
    private readonly record struct Recognized(Kind Kind, int Code, SipStatusLine Line, bool VersionWritten, string Phrase)
    {
        /// <summary>The values of a Reason header.</summary>
        public IReadOnlyList<SipReason>? Reasons { get; init; }

        /// <summary>The values of a Warning header.</summary>
        public IReadOnlyList<SipWarning>? Warnings { get; init; }
    }
}
