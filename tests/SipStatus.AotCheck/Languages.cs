using System.Globalization;
using static SipStatus.AotCheck.Transcript;

namespace SipStatus.AotCheck;

/// <summary>SipLanguage: the languages, their tags, and how tags and cultures choose one.</summary>
internal static class Languages
{
    /// <summary>The culture of a language, for the overloads that take a <see cref="CultureInfo"/>.</summary>
    public static CultureInfo CultureOf(SipLanguage language) => CultureInfo.GetCultureInfo(language.Tag);

    public static void Write(Transcript transcript)
    {
        const string Section = "language";
        transcript.Line(Section, $"All: {string.Join(", ", SipLanguage.All)} ({SipLanguage.All.Count})");
        foreach (var language in SipLanguage.All)
        {
            transcript.Line(Section, $"{language.Tag}: ToString {Show(language.ToString())}, English {language == SipLanguage.English}, Dutch {language == SipLanguage.Dutch}, not English {language != SipLanguage.English}");
            transcript.Line(Section, $"{language.Tag}: Equals(English) {language.Equals(SipLanguage.English)}, Equals((object)Dutch) {language.Equals((object)SipLanguage.Dutch)}, Equals(\"nl\") {language.Equals((object)"nl")}, same hash as FromTag {language.GetHashCode() == SipLanguage.FromTag(language.Tag).GetHashCode()}");
        }

        transcript.Line(Section, $"English {SipLanguage.English}, Dutch {SipLanguage.Dutch}, default {default(SipLanguage)}, new() {new SipLanguage()}");
        foreach (var tag in new[] { "en", "nl", "NL", "nl-BE", "nl_NL", "en-US", "fr", "de-DE", "", " nl", "n", "english", null })
        {
            var found = SipLanguage.TryGet(tag, out var language);
            transcript.Line(Section, $"tag {Show(tag)}: TryGet {found} {language}, FromTag {SipLanguage.FromTag(tag)}");
        }

        foreach (var name in new[] { "nl-NL", "nl-BE", "en-GB", "fr-FR", "de" })
        {
            transcript.Line(Section, $"culture {name}: FromCulture {SipLanguage.FromCulture(CultureInfo.GetCultureInfo(name))}");
        }

        transcript.Line(Section, $"culture invariant: FromCulture {SipLanguage.FromCulture(CultureInfo.InvariantCulture)}");
        transcript.Line(Section, $"culture null (UI culture invariant): FromCulture {SipLanguage.FromCulture(null)}");
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("nl-NL");
        transcript.Line(Section, $"culture null (UI culture nl-NL): FromCulture {SipLanguage.FromCulture(null)}");
        CultureInfo.CurrentUICulture = CultureInfo.InvariantCulture;
    }
}
