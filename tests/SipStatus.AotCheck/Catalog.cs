using System;
using System.Text;
using static SipStatus.AotCheck.Transcript;

namespace SipStatus.AotCheck;

/// <summary>SipStatusCatalog, SipStatusInfo and SipStatusClass: every row, every text in every language.</summary>
internal static class Catalog
{
    private static readonly SipStatusClass[] s_classes =
    [
        SipStatusClass.Provisional, SipStatusClass.Successful, SipStatusClass.Redirection,
        SipStatusClass.RequestFailure, SipStatusClass.ServerFailure, SipStatusClass.GlobalFailure, (SipStatusClass)7,
    ];

    public static void Write(Transcript transcript)
    {
        transcript.Line("catalog", $"MinCode {SipStatusCatalog.MinCode}, MaxCode {SipStatusCatalog.MaxCode}, All {SipStatusCatalog.All.Count} rows");
        foreach (var info in SipStatusCatalog.All)
        {
            WriteRow(transcript, info);
        }

        foreach (var statusClass in s_classes)
        {
            foreach (var language in SipLanguage.All)
            {
                var culture = Languages.CultureOf(language);
                transcript.Line("class", $"{statusClass} {language}: GetDisplayName {Try(() => statusClass.GetDisplayName(language))}, culture agrees {Try(() => statusClass.GetDisplayName(culture) == statusClass.GetDisplayName(language))}");
                transcript.Line("class", $"{statusClass} {language}: GetDescription {Try(() => statusClass.GetDescription(language))}, culture agrees {Try(() => statusClass.GetDescription(culture) == statusClass.GetDescription(language))}");
            }

            transcript.Line("class", $"{statusClass} null culture: GetDisplayName {Try(() => statusClass.GetDisplayName())}, GetDescription {Try(() => statusClass.GetDescription())}");
        }

        for (var code = SipStatusCatalog.MinCode - 1; code <= SipStatusCatalog.MaxCode + 1; code++)
        {
            var registered = SipStatusCatalog.TryGet(code, out var info);
            var value = code;
            transcript.Line("code", $"{code}: IsRegistered {SipStatusCatalog.IsRegistered(code)}, TryGet {registered} {Show(info?.ToString())}, GetClass {Try(() => SipStatusCatalog.GetClass(value))}, Resolve {Try(() => SipStatusCatalog.Resolve(value).ToString())}");
        }

        foreach (var code in new[] { 0, -1, 99, 700, 1000, int.MinValue, int.MaxValue })
        {
            transcript.Line("code", $"{code}: IsRegistered {SipStatusCatalog.IsRegistered(code)}, GetClass {Try(() => SipStatusCatalog.GetClass(code))}, Resolve {Try(() => SipStatusCatalog.Resolve(code))}, Get {Try(() => SipStatusCatalog.Get((SipStatusCode)code))}");
        }

        var explained = new[] { 150, 199, 299, 431, 499, 599, 680, 99, 700 };
        foreach (var info in SipStatusCatalog.All)
        {
            WriteExplain(transcript, info.Value);
        }

        foreach (var code in explained)
        {
            WriteExplain(transcript, code);
        }

        foreach (var text in new[] { "486", "100", "699", "099", "700", "48", "4860", " 486", "486 ", "+486", "-486", "４８６", "abc", "", null })
        {
            var viaString = SipStatusCatalog.TryParseCode(text, out var fromString);
            var viaSpan = SipStatusCatalog.TryParseCode(text.AsSpan(), out var fromSpan);
            var viaUtf8 = SipStatusCatalog.TryParseCode(Encoding.UTF8.GetBytes(text ?? string.Empty).AsSpan(), out var fromUtf8);
            transcript.Line("parse code", $"{Show(text)}: string {viaString} {fromString}, span {viaSpan} {fromSpan}, UTF-8 {viaUtf8} {fromUtf8}");
        }
    }

    private static void WriteRow(Transcript transcript, SipStatusInfo info)
    {
        var section = "row " + info.Value;
        transcript.Line(section, $"ToString {Show(info.ToString())}, Code {info.Code}, Value {info.Value}, ReasonPhrase {Show(info.ReasonPhrase)}, Class {info.Class}");
        transcript.Line(section, $"Reference {Show(info.Reference)}, Rfc {info.Rfc}, RfcSection {Show(info.RfcSection)}, IsDeprecated {info.IsDeprecated}, AllowsRetryAfter {info.AllowsRetryAfter}");
        transcript.Line(section, $"IsProvisional {info.IsProvisional}, IsFinal {info.IsFinal}, IsSuccessful {info.IsSuccessful}, IsFailure {info.IsFailure}");
#pragma warning disable CS0618 // DutchHint is obsolete, and still public API: it is called too.
        transcript.Line(section, $"Aliases [{string.Join(" | ", info.Aliases)}], DutchHint {Show(info.DutchHint)}");
#pragma warning restore CS0618
        foreach (var language in SipLanguage.All)
        {
            var culture = Languages.CultureOf(language);
            transcript.Line(section, $"{language} description {Show(info.GetDescription(language))}, culture agrees {info.GetDescription(culture) == info.GetDescription(language)}");
            transcript.Line(section, $"{language} hint {Show(info.GetHint(language))}, culture agrees {info.GetHint(culture) == info.GetHint(language)}");
        }

        transcript.Line(section, $"null culture: description {Show(info.GetDescription())}, hint {Show(info.GetHint())}");
    }

    private static void WriteExplain(Transcript transcript, int code)
    {
        foreach (var language in SipLanguage.All)
        {
            var culture = Languages.CultureOf(language);
            transcript.Line("explain " + code, $"{language} {Try(() => SipStatusCatalog.Explain(code, language))}, culture agrees {Try(() => SipStatusCatalog.Explain(code, culture) == SipStatusCatalog.Explain(code, language))}");
        }

        transcript.Line("explain " + code, $"null culture {Try(() => SipStatusCatalog.Explain(code))}");
    }
}
