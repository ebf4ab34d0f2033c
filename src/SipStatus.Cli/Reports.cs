using System;
using System.Collections.Generic;
using System.Globalization;
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
    StatusReport? Resolved)
{
    /// <summary>The class of the code.</summary>
    [JsonIgnore]
    public SipStatusClass StatusClass => (SipStatusClass)(Code / 100);

    /// <summary>The row the human output shows: the code's own, or the one an unregistered code is treated as.</summary>
    [JsonIgnore]
    public StatusReport Effective => Resolved ?? this;

    /// <summary>The code and phrase, as <c>486 Busy Here</c>.</summary>
    [JsonIgnore]
    public string Title => $"{Code.ToString(CultureInfo.InvariantCulture)} {ReasonPhrase}";

    /// <summary>Builds the report of any code from 100 to 699.</summary>
    public static StatusReport Of(int code, ICatalogTexts texts, SipLanguage language)
    {
        if (!SipStatusCatalog.TryGet(code, out var info))
        {
            var resolved = Of(SipStatusCatalog.Resolve(code).Value, texts, language);
            var statusClass = SipStatusCatalog.GetClass(code);
            return new StatusReport(
                code, false, null, ClassTag(statusClass), texts.ClassName(statusClass, language), texts.ClassDescription(statusClass, language),
                null, null, null, false, resolved.Code, Array.Empty<string>(), null, null, null, texts.ExplainUnregistered(code, language), resolved);
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
            null);
    }

    /// <summary>A class as <c>4xx</c>.</summary>
    public static string ClassTag(SipStatusClass statusClass) => $"{(int)statusClass}xx";
}

/// <summary>A status line as written in the input.</summary>
/// <param name="Version">The SIP version as written; null where the input gave only a code and a phrase.</param>
/// <param name="Code">The code.</param>
/// <param name="ReasonPhrase">The reason phrase as written (any wording, may be empty).</param>
/// <param name="CanonicalReasonPhrase">Whether the phrase is exactly the registry's.</param>
internal sealed record StatusLineReport(string? Version, int Code, string ReasonPhrase, bool CanonicalReasonPhrase);

/// <summary>What one input on the command line turned out to be.</summary>
/// <param name="Input">The input as given (several words joined by spaces).</param>
/// <param name="Kind"><c>code</c>, <c>statusLine</c>, <c>phrase</c> or <c>invalid</c>.</param>
/// <param name="StatusLine">For a status line, its parts.</param>
/// <param name="Note">A remark on the wording, where the input's phrase is not the registry's.</param>
/// <param name="Statuses">The codes the input names: one, or several for an ambiguous phrase; empty when invalid.</param>
/// <param name="Error">Why the input is invalid; null otherwise.</param>
internal sealed record InputReport(
    string Input,
    string Kind,
    StatusLineReport? StatusLine,
    string? Note,
    IReadOnlyList<StatusReport> Statuses,
    string? Error);

/// <summary>The JSON document of <c>sipstatus &lt;input&gt;...</c>.</summary>
/// <param name="Language">The output language.</param>
/// <param name="Results">One result per input, in order.</param>
internal sealed record ExplainDocument(string Language, IReadOnlyList<InputReport> Results);

/// <summary>The JSON document of <c>sipstatus list</c>.</summary>
/// <param name="Language">The output language.</param>
/// <param name="Class">The class asked for (<c>4xx</c>), or null for all.</param>
/// <param name="Statuses">The rows, ascending.</param>
internal sealed record ListDocument(string Language, string? Class, IReadOnlyList<StatusReport> Statuses);

/// <summary>One JSON line of the trace filter: a status line found in the trace.</summary>
/// <param name="Line">The line number in the input, from 1.</param>
/// <param name="Text">The whole line as read (without its line end).</param>
/// <param name="StatusLine">The status line's parts.</param>
/// <param name="Status">What its code means.</param>
internal sealed record TraceResponse(long Line, string Text, StatusLineReport StatusLine, StatusReport Status);

/// <summary>
/// The System.Text.Json source-generated serializers of the JSON output: no reflection, so the tool stays
/// trimming- and AOT-safe.
/// </summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, GenerationMode = JsonSourceGenerationMode.Serialization)]
[JsonSerializable(typeof(ExplainDocument))]
[JsonSerializable(typeof(ListDocument))]
[JsonSerializable(typeof(TraceResponse))]
internal sealed partial class CliJsonContext : JsonSerializerContext;
