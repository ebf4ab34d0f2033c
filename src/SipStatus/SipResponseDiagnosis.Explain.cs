using System.Text;

namespace SipStatus;

/// <summary>The whole response's explanation: each part's facts once, and one thing to do at the end.</summary>
public sealed partial class SipResponseDiagnosis
{
    /// <summary>Warn-code 399, miscellaneous: RFC 3261 section 20.43 says a system receiving it "MUST NOT take any automated action".</summary>
    private const int MiscellaneousWarning = 399;

    private string ExplainIn(int language)
    {
        var status = StatusLine.Code;
        var text = new StringBuilder(SipStatusCatalog.ExplainIn(status, language, withAction: false));
        if (Server is { } server)
        {
            Sentence(text, ServerIsUserAgent ? SipStatusSentences.DiagnosisUserAgent[language] : SipStatusSentences.DiagnosisServer[language], server);
        }

        var hasQ850Reason = false;
        foreach (var reason in Reasons)
        {
            hasQ850Reason |= reason.IsQ850;
            ExplainReason(text, reason, status, language);
        }

        foreach (var warning in Warnings)
        {
            text.Append(' ').Append(warning.ExplainIn(language, withAction: false));
        }

        if (!hasQ850Reason && Q850Cause is { } cause)
        {
            Sentence(text, SipStatusSentences.DiagnosisQ850[language], cause, Q850Data.NameIn(cause, language));
        }

        if (RetryAfter is { } retryAfter)
        {
            var seconds = (long)retryAfter.TotalSeconds;
            Sentence(text, seconds == 1 ? SipStatusSentences.DiagnosisRetryAfterOneSecond[language] : SipStatusSentences.DiagnosisRetryAfter[language], seconds);
        }

        Sentence(text, SipStatusSentences.DiagnosisAction[language], Action(language));
        return text.ToString();
    }

    /// <summary>
    /// A Reason in a response: the same code is said to be the same; another SIP code, or a Q.850 cause RFC 3398 maps
    /// to a response, is explained without its advice (<see cref="Action"/> chooses the one piece of advice).
    /// </summary>
    private static void ExplainReason(StringBuilder text, SipReason reason, int status, int language)
    {
        if (reason.IsSip && reason.Cause == status)
        {
            text.Append(' ').Append(SipStatusSentences.DiagnosisReasonSame[language]);
        }
        else if (reason.IsSip && SipStatusCatalog.IsInRange(reason.Cause))
        {
            var other = SipStatusCatalog.Resolve(reason.Cause);
            Sentence(text, SipStatusSentences.DiagnosisReasonSip[language], reason.Cause, other.ReasonPhrase, other.MeaningIn(language).ToString());
        }
        else if (reason.IsQ850 && (uint)reason.Cause <= Q850.MaxCause && Q850.ToSipStatusCode(reason.Cause) is { } mapped)
        {
            Sentence(text, SipStatusSentences.DiagnosisReasonQ850[language], reason.Cause, Q850Data.NameIn(reason.Cause, language));
            var info = SipStatusCatalog.Resolve((int)mapped);
            if (!Q850.IsMappedByRfc3398(reason.Cause))
            {
                Sentence(text, SipStatusSentences.DiagnosisReasonQ850Default[language], info.Value, info.ReasonPhrase);
            }
            else if (info.Value == status)
            {
                text.Append(' ').Append(SipStatusSentences.DiagnosisReasonQ850Same[language]);
            }
            else
            {
                Sentence(text, SipStatusSentences.DiagnosisReasonQ850Other[language], info.Value, info.ReasonPhrase, info.MeaningIn(language).ToString());
            }
        }
        else
        {
            // An out-of-range cause, another protocol, or a Q.850 cause that maps to no response (16, 44): its own
            // explanation repeats nothing of the status's.
            text.Append(' ').Append(reason.ExplainIn(language));
            return;
        }

        if (reason.Text is { } own)
        {
            Sentence(text, SipStatusSentences.ReasonText[language], own);
        }
    }

    /// <summary>The one thing to do: the advice of the most specific part of the response (see <see cref="Explain(System.Globalization.CultureInfo)"/>).</summary>
    private string Action(int language)
    {
        foreach (var warning in Warnings)
        {
            if (warning.Info is { } info && warning.Code != MiscellaneousWarning)
            {
                return info.ActionIn(language);
            }
        }

        foreach (var reason in Reasons)
        {
            if (NamedResponse(reason) is { } code && code != StatusLine.Code)
            {
                return SipStatusCatalog.Resolve(code).ActionIn(language);
            }
        }

        return SipStatusCatalog.Resolve(StatusLine.Code).ActionIn(language);
    }

    /// <summary>
    /// The response a Reason names: its SIP code (100-699), or the response RFC 3398 section 7.2.4.1 lists for its Q.850
    /// cause; null for any other Reason, a Q.850 cause left to the section's default (500) included.
    /// </summary>
    private static int? NamedResponse(SipReason reason) =>
        reason.IsSip && SipStatusCatalog.IsInRange(reason.Cause) ? reason.Cause
        : reason.IsQ850 && Q850.IsMappedByRfc3398(reason.Cause) && Q850.ToSipStatusCode(reason.Cause) is { } mapped ? (int)mapped
        : null;

    private static void Sentence(StringBuilder text, string template, params object[] args) =>
        text.Append(' ').Append(SipStatusCatalog.FormatSentence(template, args));
}
