using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using SipStatus.Parsing;

namespace SipStatus;

/// <summary>
/// Why a call failed, read from a whole SIP response as it comes off the wire: the status line, and from the header
/// block the Reason (RFC 3326, RFC 6432), Warning (RFC 3261 section 20.43), Retry-After (section 20.33) and Server or
/// User-Agent (sections 20.35 and 20.41) headers; <see cref="Explain(CultureInfo)"/> puts them together in one
/// paragraph. Immutable and safe to share between threads.
/// </summary>
/// <remarks>
/// The input is read up to the empty line that ends the header block (the body is not read), in time linear in its
/// length. Lines end with CRLF or LF alone; folded lines (RFC 3261 section 7.3.1) continue the header field before
/// them; header names are matched in any case (none of these five has a compact form). A header may appear more than
/// once and may list several comma-separated values. A Reason, Warning or Retry-After header that is malformed does
/// not make the response invalid: it is left out and described in <see cref="Problems"/>. Only a status line that is
/// not one makes the input invalid.
/// </remarks>
public sealed partial class SipResponseDiagnosis
{
    private SipResponseDiagnosis(SipStatusLine statusLine, in ResponseHeaders headers)
    {
        StatusLine = statusLine;
        Reasons = headers.MoreReasons?.AsReadOnly() ?? headers.Reasons ?? Array.Empty<SipReason>();
        Warnings = headers.MoreWarnings?.AsReadOnly() ?? headers.Warnings ?? Array.Empty<SipWarning>();
        RetryAfter = headers.RetryAfter;
        Server = headers.Server ?? headers.UserAgent;
        ServerIsUserAgent = headers.Server is null && headers.UserAgent is not null;
        Problems = headers.Problems is { } problems ? problems.AsReadOnly() : Array.Empty<SipResponseProblem>();
        Q850Cause = FirstQ850Cause(Reasons) ?? (statusLine.Code >= 400 ? statusLine.Status.GetQ850Cause(Warnings) : null);
    }

    /// <summary>The status line, for example <c>SIP/2.0 486 Busy Here</c>.</summary>
    public SipStatusLine StatusLine { get; }

    /// <summary>The values of every Reason header, in the order received; empty when there is none.</summary>
    public IReadOnlyList<SipReason> Reasons { get; }

    /// <summary>The values of every Warning header, in the order received; empty when there is none.</summary>
    public IReadOnlyList<SipWarning> Warnings { get; }

    /// <summary>
    /// How long after the response to try again, from the first Retry-After header (<c>120</c>,
    /// <c>120 (I'm in a meeting)</c>, <c>18000;duration=3600</c>: the delta-seconds, without comment or duration), or
    /// null when there is none or it is malformed.
    /// </summary>
    public TimeSpan? RetryAfter { get; }

    /// <summary>
    /// Who sent the response: the value of the first Server header, else of the first User-Agent header, or null when
    /// the response has neither.
    /// </summary>
    public string? Server { get; }

    /// <summary>
    /// The ITU-T Q.850 cause of the failure: the cause of the first Q.850 Reason value when there is one, else the cause
    /// a gateway gives a 4xx-6xx response by RFC 3398 section 8.2.6.1 (with the Warning rule for 488 and 606, see
    /// <see cref="SipStatusCodeExtensions.GetQ850Cause(SipStatusCode, IEnumerable{SipWarning})"/>); null for 1xx-3xx
    /// and 487 responses without a Q.850 Reason.
    /// </summary>
    public int? Q850Cause { get; }

    /// <summary>The Reason, Warning and Retry-After headers that could not be read, in the order received; empty when there is none.</summary>
    public IReadOnlyList<SipResponseProblem> Problems { get; }

    private bool ServerIsUserAgent { get; }

    /// <summary>Reads a response from characters.</summary>
    /// <param name="response">The response: status line, headers and the empty line; a body after it is not read.</param>
    /// <returns>The diagnosis.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="response"/> is null.</exception>
    /// <exception cref="FormatException">The input does not start with a status line; the message says what is wrong and where.</exception>
    public static SipResponseDiagnosis Parse(string response)
    {
        if (response is null)
        {
            throw new ArgumentNullException(nameof(response));
        }

        var text = response.AsSpan();
        return SipStatusLine.TryParse(text, out var line, out var error)
            ? new SipResponseDiagnosis(line, ResponseScanner.Scan(text))
            : throw Refusal(error);
    }

    /// <summary>Reads a response from UTF-8 bytes.</summary>
    /// <param name="utf8">The response: status line, headers and the empty line; a body after it is not read.</param>
    /// <returns>The diagnosis.</returns>
    /// <exception cref="FormatException">The input does not start with a status line; the message says what is wrong and where (in bytes).</exception>
    public static SipResponseDiagnosis Parse(ReadOnlySpan<byte> utf8) =>
        SipStatusLine.TryParse(utf8, out var line, out var error)
            ? new SipResponseDiagnosis(line, ResponseScanner.Scan(utf8))
            : throw Refusal(error);

    /// <summary>Reads a response from characters; never throws.</summary>
    /// <param name="response">The response, or null.</param>
    /// <param name="diagnosis">The diagnosis, or null when the input does not start with a status line.</param>
    /// <returns>Whether the input starts with a status line.</returns>
    public static bool TryParse(string? response, [NotNullWhen(true)] out SipResponseDiagnosis? diagnosis)
    {
        var text = (response ?? string.Empty).AsSpan();
        diagnosis = SipStatusLine.TryParse(text, out var line) ? new SipResponseDiagnosis(line, ResponseScanner.Scan(text)) : null;
        return diagnosis is not null;
    }

    /// <summary>Reads a response from UTF-8 bytes; never throws.</summary>
    /// <param name="utf8">The response.</param>
    /// <param name="diagnosis">The diagnosis, or null when the input does not start with a status line.</param>
    /// <returns>Whether the input starts with a status line.</returns>
    public static bool TryParse(ReadOnlySpan<byte> utf8, [NotNullWhen(true)] out SipResponseDiagnosis? diagnosis)
    {
        diagnosis = SipStatusLine.TryParse(utf8, out var line) ? new SipResponseDiagnosis(line, ResponseScanner.Scan(utf8)) : null;
        return diagnosis is not null;
    }

    /// <summary>
    /// Explains the response in one paragraph in the language of <paramref name="culture"/> (Dutch for any Dutch
    /// culture, English for every other), each fact once: the status and what it means (as
    /// <see cref="SipStatusCatalog.Explain(int, CultureInfo)"/>, without its advice), who sent it, each Reason (the same
    /// code, another code and what it means, or a Q.850 cause, its name and the response RFC 3398 section 7.2.4.1 maps
    /// it to), each Warning (as <see cref="SipWarning.Explain(CultureInfo)"/>, without its advice), the Q.850 cause a
    /// gateway maps the response to when no Q.850 Reason gives one, when to try again, and, last, the one thing to do.
    /// That advice comes from the most specific part: the first registered Warning other than 399 (which RFC 3261
    /// section 20.43 says no system may act on by itself); else the first Reason that names another response (a SIP
    /// code, or a Q.850 cause RFC 3398 lists, mapped to a code other than the status); else the status code. Never throws.
    /// </summary>
    /// <param name="culture">The culture whose language to use; null for <see cref="CultureInfo.CurrentUICulture"/>.</param>
    /// <returns>The paragraph.</returns>
    public string Explain(CultureInfo? culture = null) => ExplainIn(SipLanguage.FromCulture(culture).Index);

    /// <summary>Explains the response in <paramref name="language"/>, as <see cref="Explain(CultureInfo)"/> does. Never throws.</summary>
    /// <param name="language">The language, for example <see cref="SipLanguage.Dutch"/> or <c>SipLanguage.FromTag("nl-BE")</c>.</param>
    /// <returns>The paragraph.</returns>
    public string Explain(SipLanguage language) => ExplainIn(language.Index);

    /// <summary>The status line, for a log; <see cref="Explain(CultureInfo)"/> is for people.</summary>
    /// <returns>The status line, for example <c>SIP/2.0 486 Busy Here</c>.</returns>
    public override string ToString() => StatusLine.ToString();

    private static int? FirstQ850Cause(IReadOnlyList<SipReason> reasons)
    {
        for (var i = 0; i < reasons.Count; i++)
        {
            if (reasons[i].IsQ850)
            {
                return reasons[i].Cause;
            }
        }

        return null;
    }

    private static FormatException Refusal(SipStatusLineError error) =>
        new("Not a SIP response: its status line is refused. " + error.Message);
}
