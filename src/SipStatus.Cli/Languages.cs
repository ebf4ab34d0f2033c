using System;
using System.Globalization;

namespace SipStatus.Cli;

/// <summary>The languages the tool speaks, English and Dutch, as cultures for <see cref="ICatalogTexts"/>.</summary>
internal static class Languages
{
    /// <summary>English, the default.</summary>
    public static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

    /// <summary>Dutch.</summary>
    public static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl");

    /// <summary>The values <c>--lang</c> accepts, for help and error messages.</summary>
    public const string Supported = "en|nl";

    /// <summary>Whether <paramref name="culture"/> is Dutch or a regional Dutch (nl-BE).</summary>
    public static bool IsDutch(CultureInfo culture) => IsLanguage(culture.Name, "nl");

    /// <summary>The tool's language for a culture: Dutch for any Dutch culture, English for everything else.</summary>
    public static CultureInfo For(CultureInfo culture) => IsDutch(culture) ? Dutch : English;

    /// <summary>The short tag of a supported culture: <c>en</c> or <c>nl</c>.</summary>
    public static string Tag(CultureInfo culture) => IsDutch(culture) ? "nl" : "en";

    /// <summary>Reads a <c>--lang</c> value: <c>en</c>, <c>nl</c>, or a regional form (<c>nl-BE</c>, <c>en_US</c>), in any case.</summary>
    public static bool TryParse(string? text, out CultureInfo culture)
    {
        culture = English;
        if (text is null)
        {
            return false;
        }

        if (IsLanguage(text, "en"))
        {
            return true;
        }

        if (IsLanguage(text, "nl"))
        {
            culture = Dutch;
            return true;
        }

        return false;
    }

    private static bool IsLanguage(string name, string language) =>
        name.StartsWith(language, StringComparison.OrdinalIgnoreCase)
        && (name.Length == language.Length || name[language.Length] is '-' or '_');
}
