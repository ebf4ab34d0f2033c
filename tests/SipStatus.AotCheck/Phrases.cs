using System;
using System.Collections.Generic;
using System.Linq;
using static SipStatus.AotCheck.Transcript;

namespace SipStatus.AotCheck;

/// <summary>Phrase lookup: every reason phrase and alias of the catalog, other wordings of them, and phrases that are none.</summary>
internal static class Phrases
{
    private static readonly string?[] s_others =
    [
        "busy here", "BUSY HERE", "Busy  Here", " Busy Here ", "Busy-Here", "busy_here", "Ok", "ok", "Not Found.",
        "Request Timeout", "Request Time-out", "Moved Temporarily", "Temporarily Unavailable", "Call/Transaction Does Not Exist",
        "Server Time-out", "Unknown", "Bézier", "Busy\tHere", "Busy\u00A0Here", "", "  ", null,
    ];

    public static void Write(Transcript transcript)
    {
        var phrases = new List<string?>();
        foreach (var info in SipStatusCatalog.All)
        {
            phrases.Add(info.ReasonPhrase);
            phrases.Add(info.ReasonPhrase.ToUpperInvariant());
            phrases.AddRange(info.Aliases);
        }

        phrases.AddRange(s_others);
        foreach (var phrase in phrases)
        {
            var found = SipStatusCatalog.FindByReasonPhrase(phrase);
            var foundSpan = SipStatusCatalog.FindByReasonPhrase(phrase.AsSpan());
            var one = SipStatusCatalog.TryFindByReasonPhrase(phrase, out var info);
            var oneSpan = SipStatusCatalog.TryFindByReasonPhrase(phrase.AsSpan(), out var infoSpan);
            transcript.Line("phrase", $"{Show(phrase)}: Find [{Codes(found)}], span [{Codes(foundSpan)}], TryFind {one} {Show(info?.Value)}, span {oneSpan} {Show(infoSpan?.Value)}");
        }

        var pairs = new (string?, string?)[]
        {
            ("Busy Here", "busy here"), ("Busy Here", "Busy  Here"), ("Busy Here", "BusyHere"), ("Busy Here", "Busy There"),
            ("Request Timeout", "Request Time-out"), ("Server Time-out", "Server Timeout"), ("OK", "ok"), ("", ""), ("", null),
            (null, null), ("Not Found", "Not Found."), ("Ringing", "Ringing\u0000"),
        };
        foreach (var (first, second) in pairs)
        {
            transcript.Line("phrases match", $"{Show(first)} and {Show(second)}: {SipStatusCatalog.ReasonPhrasesMatch(first, second)}, span {SipStatusCatalog.ReasonPhrasesMatch(first.AsSpan(), second.AsSpan())}");
        }
    }

    private static string Codes(IReadOnlyList<SipStatusInfo> infos) => string.Join(" ", infos.Select(info => info.Value));
}
