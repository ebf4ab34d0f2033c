using System;
using System.Collections.Generic;
using System.Globalization;

namespace SipStatus.Cli;

/// <summary>The inputs that are not status codes: Q.850 causes (<c>sipstatus q850</c>) and Reason or Warning header values.</summary>
internal static partial class Inputs
{
    /// <summary>Reads each word as a Q.850 cause value, 0-127, as <c>sipstatus q850</c> is given them.</summary>
    public static List<InputReport> ReadCauses(IReadOnlyList<string> words, ICatalogTexts texts, SipLanguage language)
    {
        var messages = Messages.For(language);
        var reports = new List<InputReport>(words.Count);
        foreach (var word in words)
        {
            var digits = word.Trim();
            if (digits.Length is 0 or > 3 || !int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var cause) || cause > Q850.MaxCause)
            {
                reports.Add(new InputReport(word, "invalid", null, null, [], messages.NotACause(Program.Excerpt(word))));
                continue;
            }

            var q850 = Q850Report.Of(cause, language);
            StatusReport[] statuses = q850.SipCode is { } code ? [StatusReport.Of(code, texts, language)] : [];
            reports.Add(new InputReport(word, "q850", null, null, statuses, null) { Q850 = q850 });
        }

        return reports;
    }

    /// <summary>
    /// The value after a header name this tool explains (<c>Reason:</c> or <c>Warning:</c>, any case), with
    /// <paramref name="header"/> set to the name; null, and no name, when the text does not start with one.
    /// </summary>
    private static string? HeaderValue(string text, out string? header)
    {
        foreach (var name in (ReadOnlySpan<string>)[Reason, Warning])
        {
            if (text.Length > name.Length && text[name.Length] == ':' && text.StartsWith(name, StringComparison.OrdinalIgnoreCase))
            {
                header = name;
                return text[(name.Length + 1)..].Trim();
            }
        }

        header = null;
        return null;
    }

    /// <summary>Why the library refuses a Reason or Warning header value: its exception's message, which names the position.</summary>
    private static string RefusalOf(string value, string header)
    {
        try
        {
            _ = header == Warning ? SipWarning.ParseAll(value).Count : SipReason.ParseAll(value).Count;
            return string.Empty;
        }
        catch (FormatException e)
        {
            return e.Message;
        }
    }
}
