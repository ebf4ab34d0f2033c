using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json.Serialization;

namespace SipStatus.Cli;

/// <summary>
/// What the tool knows about one code, in the output language: the model that both the human output and the JSON
/// output are written from. Property names are the JSON names (camelCase).
/// </summary>
/// <param name="Code">The code as given, 100-699.</param>
/// <param name="Registered">Whether the IANA registry knows the code.</param>
/// <param name="ReasonPhrase">The registry phrase; null for an unregistered code.</param>
/// <param name="Class">The class as <c>4xx</c>.</param>
/// <param name="ClassName">The class's display name.</param>
/// <param name="ClassDescription">What responses of the class mean.</param>
/// <param name="Reference">The defining document in the output language; null for an unregistered code.</param>
/// <param name="Rfc">The defining RFC's number; null for an unregistered code.</param>
/// <param name="RfcSection">The defining section, where the catalog names one.</param>
/// <param name="Deprecated">Whether the registry marks the code deprecated.</param>
/// <param name="TreatAs">The code a user agent treats this one as, where that is another code: 200 for the deprecated 202, 400 for the unregistered 431.</param>
/// <param name="Aliases">Other wordings the catalog accepts for the phrase.</param>
/// <param name="Description">What the code means, where a description exists in the output language.</param>
/// <param name="Hint">A practical hint, in the output language or else in <paramref name="HintLanguage"/>.</param>
/// <param name="HintLanguage">The language of <paramref name="Hint"/> (<c>en</c> or <c>nl</c>).</param>
/// <param name="Explanation">For an unregistered code: what a user agent treats it as, in a sentence.</param>
/// <param name="Resolved">For an unregistered code: the row of the registered code it is treated as (RFC 3261 8.1.3.2).</param>
/// <param name="Q850Cause">The Q.850 cause RFC 3398 section 8.2.6.1 maps the code to; null for 1xx-3xx and 487.</param>
/// <param name="Q850CauseName">The name of <paramref name="Q850Cause"/> in the output's language (Q850.GetCauseName).</param>
internal sealed record StatusReport(
    int Code,
    bool Registered,
    string? ReasonPhrase,
    string Class,
    string ClassName,
    string ClassDescription,
    string? Reference,
    int? Rfc,
    string? RfcSection,
    bool Deprecated,
    int? TreatAs,
    IReadOnlyList<string> Aliases,
    string? Description,
    string? Hint,
    string? HintLanguage,
    string? Explanation,
    StatusReport? Resolved,
    int? Q850Cause,
    string? Q850CauseName)
{
    /// <summary>The class of the code.</summary>
    [JsonIgnore]
    public SipStatusClass StatusClass => (SipStatusClass)(Code / 100);

    /// <summary>The row the human output shows: the code's own, or the one an unregistered code is treated as.</summary>
    [JsonIgnore]
    public StatusReport Effective => Resolved ?? this;

    /// <summary>
    /// For a code RFC 3398 section 8.2.6.1 maps "by Warning header" (488, 606): the warn-codes that change its
    /// <see cref="Q850Cause"/>, and to what; null (left out of the JSON) for every other code.
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<WarningCauseReport>? Q850CauseByWarning { get; init; }

    /// <summary>The code and phrase, as <c>486 Busy Here</c>.</summary>
    [JsonIgnore]
    public string Title => $"{Code.ToString(CultureInfo.InvariantCulture)} {ReasonPhrase}";

    /// <summary>Builds the report of any code from 100 to 699.</summary>
    public static StatusReport Of(int code, ICatalogTexts texts, SipLanguage language) =>
        Build(code, texts, language) with { Q850CauseByWarning = WarningCauseReport.Of(code, language) };

    private static StatusReport Build(int code, ICatalogTexts texts, SipLanguage language)
    {
        var q850Cause = ((SipStatusCode)code).GetQ850Cause();
        var q850CauseName = q850Cause is { } cause ? Q850.GetCauseName(cause, language) : null;
        if (!SipStatusCatalog.TryGet(code, out var info))
        {
            var resolved = Of(SipStatusCatalog.Resolve(code).Value, texts, language);
            var statusClass = SipStatusCatalog.GetClass(code);
            return new StatusReport(
                code, false, null, ClassTag(statusClass), texts.ClassName(statusClass, language), texts.ClassDescription(statusClass, language),
                null, null, null, false, resolved.Code, Array.Empty<string>(), null, null, null, texts.ExplainUnregistered(code, language), resolved, q850Cause, q850CauseName);
        }

        var hint = texts.Hint(info, language);
        string? hintLanguage = hint is null ? null : language.Tag;
        foreach (var other in SipLanguage.All)
        {
            // No hint in the output language: show another language's rather than none.
            if (hint is null && other != language && texts.Hint(info, other) is { } otherHint)
            {
                hint = otherHint;
                hintLanguage = other.Tag;
            }
        }

        return new StatusReport(
            code,
            true,
            info.ReasonPhrase,
            ClassTag(info.Class),
            texts.ClassName(info.Class, language),
            texts.ClassDescription(info.Class, language),
            Messages.For(language).Citation(info.Rfc, info.RfcSection),
            info.Rfc,
            info.RfcSection,
            info.IsDeprecated,
            info.IsDeprecated ? code / 100 * 100 : null,
            info.Aliases,
            texts.Description(info, language),
            hint,
            hintLanguage,
            null,
            null,
            q850Cause,
            q850CauseName);
    }

    /// <summary>A class as <c>4xx</c>.</summary>
    public static string ClassTag(SipStatusClass statusClass) => $"{(int)statusClass}xx";
}

/// <summary>A status line as written in the input.</summary>
/// <param name="Version">The SIP version as written; null where the input gave only a code and a phrase.</param>
/// <param name="Code">The code.</param>
/// <param name="ReasonPhrase">The reason phrase as written (any wording, may be empty).</param>
/// <param name="CanonicalReasonPhrase">Whether the phrase is exactly the registry's.</param>
/// <param name="ReasonPhraseUtf8">
/// False when the phrase as written was not UTF-8 (ISO-8859-1 from old gateways): <paramref name="ReasonPhrase"/> then
/// has U+FFFD in place of the bytes that were not. Absent otherwise.
/// </param>
internal sealed record StatusLineReport(
    string? Version,
    int Code,
    string ReasonPhrase,
    bool CanonicalReasonPhrase,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] bool? ReasonPhraseUtf8 = null);

/// <summary>One value of a Reason header (RFC 3326), as the library reads and explains it.</summary>
/// <param name="Value">The value as a header writes it, for example <c>Q.850;cause=17;text="User busy"</c>.</param>
/// <param name="Protocol">The protocol: <c>SIP</c>, <c>Q.850</c> or another.</param>
/// <param name="Cause">The cause: a SIP status code or a Q.850 cause value.</param>
/// <param name="Text">The sender's own text, unescaped; null when there is none.</param>
/// <param name="Q850CauseName">For a Q.850 cause from 0 to 127, its name in the output's language (Q850.GetCauseName).</param>
/// <param name="SipCode">
/// The SIP response the reason stands for: the cause itself for SIP, the response RFC 3398 section 7.2.4.1 gives a
/// Q.850 cause; null where there is none.
/// </param>
/// <param name="Explanation">The library's explanation in the output language.</param>
internal sealed record ReasonReport(string Value, string Protocol, int Cause, string? Text, string? Q850CauseName, int? SipCode, string Explanation)
{
    /// <summary>Builds the report of a reason.</summary>
    public static ReasonReport Of(SipReason reason, SipLanguage language)
    {
        int? sipCode = null;
        string? causeName = null;
        if (reason.IsSip && reason.Cause is >= SipStatusCatalog.MinCode and <= SipStatusCatalog.MaxCode)
        {
            sipCode = reason.Cause;
        }
        else if (reason.IsQ850 && reason.Cause is >= Q850.MinCause and <= Q850.MaxCause)
        {
            causeName = Q850.GetCauseName(reason.Cause, language);
            sipCode = (int?)Q850.ToSipStatusCode(reason.Cause);
        }

        return new ReasonReport(reason.ToString(), reason.Protocol, reason.Cause, reason.Text, causeName, sipCode, reason.Explain(language));
    }
}

/// <summary>One value of a Warning header (RFC 3261 section 20.43), as the library reads and explains it.</summary>
/// <param name="Value">The value as a header writes it, for example <c>304 sbc.example.net "Media type not available"</c>.</param>
/// <param name="Code">The warn-code.</param>
/// <param name="Agent">The warn-agent: the host (and port) or pseudonym of who added the warning.</param>
/// <param name="Text">The warn-text, unescaped.</param>
/// <param name="Registered">Whether the IANA warn-code registry knows the code.</param>
/// <param name="RegistryText">The registry's text of the code; null for an unregistered code.</param>
/// <param name="Reference">The defining document in the output language; null for an unregistered code.</param>
/// <param name="Explanation">The library's explanation in the output language.</param>
internal sealed record WarningReport(string Value, int Code, string Agent, string Text, bool Registered, string? RegistryText, string? Reference, string Explanation)
{
    /// <summary>Builds the report of a warning.</summary>
    public static WarningReport Of(SipWarning warning, SipLanguage language)
    {
        var info = warning.Info;
        var reference = info is null ? null : Messages.For(language).Citation(info.Rfc, info.RfcSection);
        return new WarningReport(warning.ToString(), warning.Code, warning.Agent, warning.Text, info is not null, info?.WarnText, reference, warning.Explain(language));
    }
}

/// <summary>A Q.850 cause value and how RFC 3398 maps it both ways.</summary>
/// <param name="Cause">The cause, 0-127.</param>
/// <param name="Name">Its name in the output's language (ITU-T Q.850's in English), or what it is when Q.850 does not assign it.</param>
/// <param name="Assigned">Whether Q.850 assigns the value.</param>
/// <param name="SipCode">The response RFC 3398 section 7.2.4.1 gives the cause; null for 16 and 44, which get none.</param>
/// <param name="FromSip">The registered codes RFC 3398 section 8.2.6.1 maps to this cause, ascending.</param>
/// <param name="Explanation">The library's explanation in the output language.</param>
internal sealed record Q850Report(int Cause, string Name, bool Assigned, int? SipCode, IReadOnlyList<int> FromSip, string Explanation)
{
    /// <summary>Builds the report of a cause from 0 to 127.</summary>
    public static Q850Report Of(int cause, SipLanguage language)
    {
        var fromSip = new List<int>();
        foreach (var info in SipStatusCatalog.All)
        {
            if (info.Code.GetQ850Cause() == cause)
            {
                fromSip.Add(info.Value);
            }
        }

        return new Q850Report(cause, Q850.GetCauseName(cause, language), Q850.IsAssigned(cause), (int?)Q850.ToSipStatusCode(cause), fromSip, Q850.Explain(cause, language));
    }
}

/// <summary>
/// A warn-code that changes the Q.850 cause RFC 3398 section 8.2.6.1 maps a code to ("by Warning header", for 488 and
/// 606): with Warning 304, a 488 maps to 65, not 31.
/// </summary>
/// <param name="WarnCode">The warn-code.</param>
/// <param name="WarnText">The registry's text of the warn-code.</param>
/// <param name="Cause">The cause the code maps to with that warning.</param>
/// <param name="CauseName">The cause's name in the output's language.</param>
internal sealed record WarningCauseReport(int WarnCode, string WarnText, int Cause, string CauseName)
{
    /// <summary>One warning of each registered warn-code, each alone in the list the library is asked with.</summary>
    private static readonly SipWarning[][] s_eachWarning =
        [.. SipWarningCatalog.All.Select(static info => new[] { new SipWarning(info.Value, "agent", string.Empty) })];

    /// <summary>The warn-codes that change <paramref name="code"/>'s cause, asked of the library one warning at a time; null where none does.</summary>
    public static IReadOnlyList<WarningCauseReport>? Of(int code, SipLanguage language)
    {
        var status = (SipStatusCode)code;
        if (status.GetQ850Cause() is not { } plain)
        {
            return null;
        }

        List<WarningCauseReport>? changes = null;
        foreach (var warning in s_eachWarning)
        {
            if (status.GetQ850Cause(warning) is { } cause && cause != plain)
            {
                var info = warning[0].Info!;
                (changes ??= []).Add(new WarningCauseReport(info.Value, info.WarnText, cause, Q850.GetCauseName(cause, language)));
            }
        }

        return changes;
    }
}

/// <summary>What one input on the command line turned out to be.</summary>
/// <param name="Input">The input as given (several words joined by spaces).</param>
/// <param name="Kind">
/// <c>code</c>, <c>statusLine</c>, <c>phrase</c>, <c>reason</c> (a Reason header value), <c>warning</c> (a Warning
/// header value), <c>q850</c> (a cause given to <c>sipstatus q850</c>) or <c>invalid</c>.
/// </param>
/// <param name="StatusLine">For a status line, its parts.</param>
/// <param name="Note">A remark on the wording, where the input's phrase is not the registry's.</param>
/// <param name="Statuses">
/// The codes the input names: one, or several for an ambiguous phrase; for a reason or a Q.850 cause, the SIP
/// responses it stands for; empty for a warning and when invalid.
/// </param>
/// <param name="Error">Why the input is invalid; null otherwise.</param>
internal sealed record InputReport(
    string Input,
    string Kind,
    StatusLineReport? StatusLine,
    string? Note,
    IReadOnlyList<StatusReport> Statuses,
    string? Error)
{
    /// <summary>For a Reason header value, each reason in it; absent from the JSON otherwise.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<ReasonReport>? Reasons { get; init; }

    /// <summary>For a Warning header value, each warning in it; absent from the JSON otherwise.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<WarningReport>? Warnings { get; init; }

    /// <summary>For a Q.850 cause, what it means and how it maps; absent from the JSON otherwise.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public Q850Report? Q850 { get; init; }
}

/// <summary>The JSON document of <c>sipstatus &lt;input&gt;...</c>.</summary>
/// <param name="Language">The output language.</param>
/// <param name="Results">One result per input, in order.</param>
internal sealed record ExplainDocument(string Language, IReadOnlyList<InputReport> Results);

/// <summary>The JSON document of <c>sipstatus list</c>.</summary>
/// <param name="Language">The output language.</param>
/// <param name="Class">The class asked for (<c>4xx</c>), or null for all.</param>
/// <param name="Statuses">The rows, ascending.</param>
internal sealed record ListDocument(string Language, string? Class, IReadOnlyList<StatusReport> Statuses);

/// <summary>One JSON line of the trace filter: a status line found in the trace (written by <see cref="TraceJson"/>).</summary>
/// <param name="Kind">
/// <c>response</c>, or <c>sipfrag</c> for a status line quoted in a message/sipfrag body; <see cref="TraceHeader"/>
/// lines have <c>reason</c> or <c>warning</c>.
/// </param>
/// <param name="Line">The line number in the input, from 1.</param>
/// <param name="Text">The whole line as read (without its line end).</param>
/// <param name="StatusLine">The status line's parts.</param>
/// <param name="Status">What its code means.</param>
internal sealed record TraceResponse(string Kind, long Line, string Text, StatusLineReport StatusLine, StatusReport Status);

/// <summary>One JSON line of the trace filter: a Reason or Warning header line the library reads.</summary>
/// <param name="Kind"><c>reason</c> or <c>warning</c>.</param>
/// <param name="Line">The line number in the input, from 1.</param>
/// <param name="Text">The whole line as read (without its line end).</param>
/// <param name="Reasons">For a Reason header, each value; absent otherwise.</param>
/// <param name="Warnings">For a Warning header, each value; absent otherwise.</param>
internal sealed record TraceHeader(
    string Kind,
    long Line,
    string Text,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<ReasonReport>? Reasons,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<WarningReport>? Warnings);

/// <summary>
/// The System.Text.Json source-generated serializers of the JSON output: no reflection, so the tool stays
/// trimming- and AOT-safe.
/// </summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, GenerationMode = JsonSourceGenerationMode.Serialization)]
[JsonSerializable(typeof(ExplainDocument))]
[JsonSerializable(typeof(ListDocument))]
[JsonSerializable(typeof(TraceResponse))]
[JsonSerializable(typeof(TraceHeader))]
[JsonSerializable(typeof(ResponseDocument))]
internal sealed partial class CliJsonContext : JsonSerializerContext;
