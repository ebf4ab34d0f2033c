using System.Linq;
using System.Text;
using static SipStatus.AotCheck.Transcript;

namespace SipStatus.AotCheck;

/// <summary>SipResponseDiagnosis and SipResponseProblem: whole responses read from characters and from UTF-8, and explained.</summary>
internal static class Diagnoses
{
    private static readonly string?[] s_responses =
    [
        "SIP/2.0 486 Busy Here\r\nVia: SIP/2.0/UDP 192.0.2.10:5060;branch=z9hG4bK776asdhds\r\nServer: Asterisk PBX 20.5.0\r\n" +
        "reason: Q.850;cause=17;text=\"User busy\"\r\nWarning: 399 pbx.example.com\r\n \"Callee is on another call\"\r\n" +
        "Retry-After: 120 (in a meeting)\r\nContent-Length: 0\r\n\r\n",
        "SIP/2.0 488 Not Acceptable Here\nUser-Agent: softphone/1.2\nWarning: 370 sbc.example.net \"Insufficient bandwidth\"\n\n",
        "SIP/2.0 503 Service Unavailable\r\nRetry-After: 3600;duration=1800\r\nReason: SIP;cause=503, Q.850;cause=41\r\n\r\nbody is not read",
        "SIP/2.0 480 Temporarily Unavailable\r\nReason: Q.850;cause=abc\r\nWarning: 399 x no-quotes\r\nRetry-After: 120 minutes\r\n\r\n",
        "SIP/2.0 603 Decline\r\n",
        "SIP/2.0 200 OK",
        "SIP/2.0 431 Unknown\r\nServer: \r\n\r\n",
        "SIP/2.0 4x6 Busy Here\r\n\r\n",
        "INVITE sip:bob@example.com SIP/2.0\r\n\r\n",
        "",
        null,
    ];

    public static void Write(Transcript transcript)
    {
        foreach (var response in s_responses)
        {
            var section = "response " + Show(response?.Split('\n')[0]);
            var fromString = SipResponseDiagnosis.TryParse(response, out var diagnosis);
            var bytes = response is null ? [] : Encoding.UTF8.GetBytes(response);
            var fromUtf8 = SipResponseDiagnosis.TryParse(bytes, out var utf8Diagnosis);
            transcript.Line(section, $"TryParse {fromString}, UTF-8 {fromUtf8}");
            transcript.Line(section, $"Parse {Try(() => SipResponseDiagnosis.Parse(response!).ToString())}");
            transcript.Line(section, $"Parse UTF-8 {Try(() => SipResponseDiagnosis.Parse(bytes).ToString())}");
            if (diagnosis is not null)
            {
                Describe(transcript, section + " string", diagnosis);
            }

            if (utf8Diagnosis is not null)
            {
                Describe(transcript, section + " UTF-8", utf8Diagnosis);
            }
        }
    }

    private static void Describe(Transcript transcript, string section, SipResponseDiagnosis diagnosis)
    {
        transcript.Line(section, $"StatusLine {diagnosis.StatusLine}, ToString {Show(diagnosis.ToString())}, Server {Show(diagnosis.Server)}, RetryAfter {Show(diagnosis.RetryAfter?.ToString("c", System.Globalization.CultureInfo.InvariantCulture))}, Q850Cause {Show(diagnosis.Q850Cause)}");
        transcript.Line(section, $"Reasons [{string.Join(" | ", diagnosis.Reasons)}], Warnings [{string.Join(" | ", diagnosis.Warnings)}]");
        foreach (var problem in diagnosis.Problems)
        {
            transcript.Line(section, $"problem Header {Show(problem.Header)}, Position {problem.Position}, Description {Show(problem.Description)}, ToString {Show(problem.ToString())}");
        }

        foreach (var language in SipLanguage.All)
        {
            var culture = Languages.CultureOf(language);
            transcript.Line(section, $"{language} {Show(diagnosis.Explain(language))}, culture agrees {diagnosis.Explain(culture) == diagnosis.Explain(language)}");
        }

        transcript.Line(section, $"null culture {Show(diagnosis.Explain())}, problems {diagnosis.Problems.Count}, reasons Q.850 {diagnosis.Reasons.Count(reason => reason.IsQ850)}");
    }
}
