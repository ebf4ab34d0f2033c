using System;
using System.Globalization;

namespace SipStatus;

/// <summary>
/// Chooses the language of the catalog's texts for a culture. The tables declare their languages by their columns
/// (<c>description_en</c>, <c>description_nl</c>, ...); a culture chooses the language its name starts with
/// (<c>nl</c>, <c>nl-NL</c> and <c>nl-BE</c> all choose Dutch), and anything the tables do not carry falls back to
/// English. Allocation-free, and correct under <c>InvariantGlobalization</c>, where a culture keeps its name but its
/// language data (<see cref="CultureInfo.TwoLetterISOLanguageName"/>, <see cref="CultureInfo.Parent"/>) is the
/// invariant culture's.
/// </summary>
internal static class SipStatusLanguage
{
    private static readonly string[] s_languages = SipStatusData.Languages;

    /// <summary>The index of English, the fallback, in every per-language array.</summary>
    internal static readonly int English = Array.IndexOf(s_languages, "en");

    /// <summary>The index of Dutch in every per-language array, or -1 if the tables do not carry Dutch.</summary>
    internal static readonly int Dutch = Array.IndexOf(s_languages, "nl");

    /// <summary>The index of the language to use for <paramref name="culture"/> (null: the current UI culture).</summary>
    internal static int IndexOf(CultureInfo? culture)
    {
        culture ??= CultureInfo.CurrentUICulture;

        // The primary language subtag of the name: "nl" of "nl-BE". Compared in place, so nothing is allocated.
        var name = culture.Name;
        var length = 0;
        while (length < name.Length && name[length] != '-' && name[length] != '_')
        {
            length++;
        }

        for (var i = 0; i < s_languages.Length; i++)
        {
            var language = s_languages[i];
            if (language.Length == length && string.Compare(name, 0, language, 0, length, StringComparison.OrdinalIgnoreCase) == 0)
            {
                return i;
            }
        }

        // A culture whose name does not begin with its language (a custom CultureInfo) can still say what it is.
        var iso = culture.TwoLetterISOLanguageName;
        for (var i = 0; i < s_languages.Length; i++)
        {
            if (string.Equals(iso, s_languages[i], StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return English;
    }
}
