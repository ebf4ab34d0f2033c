using System;
using System.Linq;

namespace SipStatus.Tests;

/// <summary>A rough but honest check that a text is Dutch: it uses Dutch function words and no English ones.</summary>
internal static class Dutch
{
    private static readonly string[] s_dutchWords = { "de", "het", "een", "van", "is", "niet", "en", "of", "op", "bij", "naar", "wordt", "kan", "zijn", "voor", "met", "dat", "die" };

    /// <summary>Words that are Dutch and never English.</summary>
    private static readonly string[] s_onlyDutch = { "het", "een", "van", "niet", "naar", "wordt", "zijn", "voor", "bij", "gebelde" };

    private static readonly string[] s_englishWords = { "the", "is", "and", "of", "to", "not", "for", "with", "that", "cannot" };

    public static bool Looks(string text)
    {
        var words = Words(text);
        return words.Count(w => s_dutchWords.Contains(w)) >= 2 && !words.Any(w => s_englishWords.Except(s_dutchWords).Contains(w));
    }

    public static bool LooksEnglish(string text)
    {
        var words = Words(text);
        return words.Count(w => s_englishWords.Contains(w)) >= 1 && !words.Any(w => s_onlyDutch.Contains(w));
    }

    private static string[] Words(string text) =>
        text.ToLowerInvariant().Split(new[] { ' ', ',', '.', ';', ':', '(', ')', '"', '/' }, StringSplitOptions.RemoveEmptyEntries);
}
