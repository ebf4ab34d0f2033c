using static SipStatus.AotCheck.Transcript;

namespace SipStatus.AotCheck;

/// <summary>Q850: every cause value both ways (to a SIP response, with and without a diagnostic), its name and its explanation in every language.</summary>
internal static class Causes
{
    public static void Write(Transcript transcript)
    {
        transcript.Line("q850", $"MinCause {Q850.MinCause}, MaxCause {Q850.MaxCause}");
        for (var cause = Q850.MinCause - 1; cause <= Q850.MaxCause + 1; cause++)
        {
            var value = cause;
            var section = "cause " + cause;
            transcript.Line(section, $"IsAssigned {Q850.IsAssigned(value)}, GetCauseName {Try(() => Q850.GetCauseName(value))}");
            transcript.Line(section, $"ToSipStatusCode {Try(() => Q850.ToSipStatusCode(value))}, with a diagnostic {Try(() => Q850.ToSipStatusCode(value, hasDiagnostic: true))}, without {Try(() => Q850.ToSipStatusCode(value, hasDiagnostic: false))}");
            foreach (var language in SipLanguage.All)
            {
                var culture = Languages.CultureOf(language);
                transcript.Line(section, $"{language} {Try(() => Q850.Explain(value, language))}, culture agrees {Try(() => Q850.Explain(value, culture) == Q850.Explain(value, language))}");
                transcript.Line(section, $"{language} name {Try(() => Q850.GetCauseName(value, language))}, culture agrees {Try(() => Q850.GetCauseName(value, culture) == Q850.GetCauseName(value, language))}");
            }

            transcript.Line(section, $"null culture {Try(() => Q850.Explain(value))}");
        }

        foreach (var cause in new[] { int.MinValue, 1000, int.MaxValue })
        {
            transcript.Line("cause " + cause, $"IsAssigned {Q850.IsAssigned(cause)}, GetCauseName {Try(() => Q850.GetCauseName(cause))}, ToSipStatusCode {Try(() => Q850.ToSipStatusCode(cause))}, Explain {Try(() => Q850.Explain(cause, SipLanguage.Dutch))}");
        }
    }
}
