using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace SipStatus.Traffic.Tests;

/// <summary>A call flow: a sipp UAC scenario, the sipp UAS scenario that answers it (none when Kamailio answers alone), and whether it goes through Kamailio.</summary>
internal sealed record Flow(string Name, byte[] Uac, byte[]? Uas, bool ViaKamailio);

/// <summary>
/// The sipp scenarios. The status lines the UAS sends cover every class, provisional and final, registered and
/// unregistered codes, an empty phrase, a UTF-8 phrase that is not ASCII and an ISO-8859-1 one; Kamailio adds its own
/// wordings (its 100 to an INVITE, its reply to a CANCEL, its 408 when a destination does not answer, 483 and 404 from
/// its script); the REFER flow has NOTIFYs whose bodies are sipfrags (RFC 3515 section 2.4.5).
/// </summary>
internal static class Scenarios
{
    /// <summary>The ISO-8859-1 phrase, as old gateways send it: "Vorübergehend nicht verfügbar" with ü as the byte 0xFC.</summary>
    public const string IsoPhrase = "Vor\u00FCbergehend nicht verf\u00FCgbar";

    /// <summary>The final responses of the sweep, one OPTIONS each.</summary>
    public static readonly (int Code, string Phrase)[] Sweep =
    [
        (200, "OK"), (202, "Accepted"), (204, "No Notification"), (301, "Moved Permanently"), (302, "Moved Temporarily"),
        (380, "Alternative Service"), (400, "Bad Request"), (403, "Forbidden"), (404, string.Empty), (405, "Method Not Allowed"),
        (420, "Bad Extension"), (430, "Flow Failed"), (480, IsoPhrase), (486, "Bezet \u2013 probeer het later"),
        (488, "Not Acceptable Here"), (494, "Security Agreement Required"), (499, "Whatever You Say"), (500, "Server Internal Error"),
        (503, "Service Unavailable"), (504, "Server Time-out"), (580, "Precondition Failure"), (599, "Local Failure"),
        (600, "Busy Everywhere"), (603, "Decline"), (606, "Not Acceptable"), (607, "Unwanted"), (699, "Custom Global"),
    ];

    /// <summary>The provisional responses of the INVITE call, then its 200.</summary>
    public static readonly (int Code, string Phrase)[] Provisional =
        [(180, "Ringing"), (181, "Call Is Being Forwarded"), (182, "Queued"), (183, "Session Progress"), (155, "Custom Progress"), (199, "Early Dialog Terminated")];

    public static IReadOnlyList<Flow> All() =>
    [
        new("call", Uac(Call()), Uas(CallAnswer()), true),
        new("cancel", Uac(Cancel()), Uas(CancelAnswer()), true),
        new("refer", Uac(Refer()), Uas(ReferAnswer()), false),
        new("sweep", Uac(SweepRequests()), Uas(SweepAnswers()), false),
        new("kamailio", Uac(KamailioOwn()), null, true),
    ];

    private static IEnumerable<string> Call()
    {
        yield return Request("INVITE", "bob", 1, "z9hG4bK-[call_number]-call");
        yield return Recv(100, optional: true);
        foreach (var (code, _) in Provisional)
        {
            yield return Recv(code);
        }

        yield return Recv(200, rrs: false);
        yield return Request("ACK", "bob", 1, "[branch]", toTag: true);
        yield return Request("BYE", "bob", 2, "[branch]", toTag: true);
        yield return Recv(200);
    }

    private static IEnumerable<string> CallAnswer()
    {
        yield return "<recv request=\"INVITE\"/>";
        foreach (var (code, phrase) in Provisional)
        {
            yield return Response(code, phrase);
        }

        yield return Response(200, "OK");
        yield return "<recv request=\"ACK\"/>";
        yield return "<recv request=\"BYE\"/>";
        yield return Response(200, "OK");
    }

    private static IEnumerable<string> Cancel()
    {
        yield return Request("INVITE", "carol", 1, "z9hG4bK-[call_number]-cancel");
        yield return Recv(100, optional: true);
        yield return Recv(180);
        yield return Request("CANCEL", "carol", 1, "z9hG4bK-[call_number]-cancel");
        yield return Recv(200);
        yield return Recv(487);
        yield return Request("ACK", "carol", 1, "z9hG4bK-[call_number]-cancel", toTag: true);
    }

    private static IEnumerable<string> CancelAnswer()
    {
        yield return "<recv request=\"INVITE\"/>";
        yield return Response(180, "Ringing");
        yield return "<recv request=\"CANCEL\"/>";
        yield return Response(200, "OK");
        yield return Response(487, "Request Terminated", "INVITE");
        yield return "<recv request=\"ACK\"/>";
    }

    private static IEnumerable<string> Refer()
    {
        yield return Request("REFER", "dave", 1, "[branch]", extra: "Refer-To: <sip:erin@127.0.0.1>\nReferred-By: <sip:alice@127.0.0.1>\n");
        yield return Recv(202);
        yield return "<recv request=\"NOTIFY\"/>";
        yield return Response(200, "OK");
        yield return "<recv request=\"NOTIFY\"/>";
        yield return Response(200, "OK");
    }

    private static IEnumerable<string> ReferAnswer()
    {
        yield return "<recv request=\"REFER\"/>";
        yield return Response(202, "Accepted");
        yield return Notify(1, "SIP/2.0 100 Trying");
        yield return Recv(200);
        yield return Notify(2, "SIP/2.0 486 Busy Here");
        yield return Recv(200);
    }

    private static IEnumerable<string> SweepRequests()
    {
        for (var i = 0; i < Sweep.Length; i++)
        {
            yield return Request("OPTIONS", "frank", i + 1, "[branch]");
            yield return Recv(Sweep[i].Code);
        }
    }

    private static IEnumerable<string> SweepAnswers()
    {
        foreach (var (code, phrase) in Sweep)
        {
            // sipp trims the end of a line, so an empty phrase after its space comes from an empty variable.
            yield return phrase.Length == 0
                ? "<recv request=\"OPTIONS\"><action><assignstr assign_to=\"empty\" value=\"\"/></action></recv>"
                : "<recv request=\"OPTIONS\"/>";
            var extra = code switch
            {
                486 => "Reason: Q.850;cause=17;text=\"User busy\"\n",
                503 => "Retry-After: 30\nWarning: 399 127.0.0.1 \"Overloaded\"\n",
                301 or 302 => "Contact: <sip:frank@127.0.0.2>\n",
                _ => string.Empty,
            };
            yield return Response(code, phrase.Length == 0 ? "[$empty]" : phrase, extra: extra);
        }
    }

    private static IEnumerable<string> KamailioOwn()
    {
        yield return Request("OPTIONS", "nobody", 1, "[branch]");
        yield return Recv(404);
        yield return Request("OPTIONS", "bob", 2, "[branch]", maxForwards: 0);
        yield return Recv(483);
        yield return Request("OPTIONS", "dead", 3, "[branch]");
        yield return Recv(408);
    }

    private static string Request(string method, string user, int cseq, string branch, bool toTag = false, string extra = "", int maxForwards = 70) =>
        $"""
        <send><![CDATA[
        {method} sip:{user}@[remote_ip]:[remote_port] SIP/2.0
        Via: SIP/2.0/[transport] [local_ip]:[local_port];branch={branch}
        From: <sip:alice@[local_ip]:[local_port]>;tag=[pid]A[call_number]
        To: <sip:{user}@[remote_ip]:[remote_port]>{(toTag ? "[peer_tag_param]" : string.Empty)}
        Call-ID: [call_id]
        CSeq: {cseq} {method}
        Contact: <sip:alice@[local_ip]:[local_port]>
        Max-Forwards: {maxForwards}
        {extra}Content-Length: 0

        ]]></send>
        """;

    private static string Notify(int cseq, string sipfrag) =>
        $"""
        <send><![CDATA[
        NOTIFY sip:alice@[remote_ip]:[remote_port] SIP/2.0
        Via: SIP/2.0/[transport] [local_ip]:[local_port];branch=[branch]
        From: <sip:dave@[local_ip]:[local_port]>;tag=[pid]U[call_number]
        To: <sip:alice@[remote_ip]:[remote_port]>
        Call-ID: [call_id]
        CSeq: {cseq} NOTIFY
        Event: refer
        Subscription-State: {(cseq == 2 ? "terminated;reason=noresource" : "active;expires=60")}
        Contact: <sip:dave@[local_ip]:[local_port]>
        Max-Forwards: 70
        Content-Type: message/sipfrag;version=2.0
        Content-Length: [len]

        {sipfrag}
        ]]></send>
        """;

    private static string Response(int code, string phrase, string? cseqMethod = null, string extra = "") =>
        $"""
        <send><![CDATA[
        SIP/2.0 {code} {phrase}
        [last_Via:]
        [last_From:]
        [last_To:];tag=[pid]U[call_number]
        [last_Call-ID:]
        {(cseqMethod is null ? "[last_CSeq:]" : "CSeq: 1 " + cseqMethod)}
        Contact: <sip:bob@[local_ip]:[local_port]>
        {extra}Content-Length: 0

        ]]></send>
        """;

    private static string Recv(int code, bool optional = false, bool rrs = false) =>
        $"<recv response=\"{code}\"{(optional ? " optional=\"true\"" : string.Empty)}{(rrs ? " rrs=\"true\"" : string.Empty)}/>";

    private static byte[] Uac(IEnumerable<string> steps) => Scenario(steps);

    private static byte[] Uas(IEnumerable<string> steps) => Scenario(steps);

    /// <summary>The scenario file: UTF-8, except the ISO-8859-1 phrase, written as ISO-8859-1 bytes.</summary>
    private static byte[] Scenario(IEnumerable<string> steps)
    {
        var xml = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\" ?>\n<scenario name=\"sipstatus\">\n" + string.Join("\n", steps) + "\n</scenario>\n";
        var parts = xml.Split(IsoPhrase);
        return parts.Select(p => Encoding.UTF8.GetBytes(p)).Aggregate((a, b) => [.. a, .. Encoding.Latin1.GetBytes(IsoPhrase), .. b]);
    }
}
