using System;
using System.Collections.Generic;
using System.Globalization;

namespace SipStatus;

/// <summary>
/// A language the catalog's texts are written in, chosen by a language tag (<c>"nl"</c>, <c>"nl-BE"</c>, <c>"en"</c>)
/// or a culture. The tables declare their languages by their columns (<c>description_en</c>, <c>description_nl</c>,
/// ...), and <see cref="All"/> lists them. A tag or culture chooses the language its primary subtag names, so
/// <c>nl</c>, <c>nl-NL</c> and <c>nl-BE</c> all choose Dutch. Choosing by tag needs no culture data, so it works under
/// <c>InvariantGlobalization</c> (which <c>dotnet new console --aot</c> turns on), where
/// <c>CultureInfo.GetCultureInfo("nl")</c> throws. The default value is English. Allocation-free; immutable.
/// </summary>
public readonly struct SipLanguage : IEquatable<SipLanguage>
{
    private static readonly string[] s_tags = SipStatusData.Languages;

    private static readonly int s_english = Array.IndexOf(s_tags, "en");

    // The language's index in the per-language arrays, less English's, so that default(SipLanguage) is English.
    private readonly int _offset;

    private SipLanguage(int index) => _offset = index - s_english;

    /// <summary>English, the fallback for every tag and culture the catalog has no texts for.</summary>
    public static SipLanguage English => default;

    /// <summary>Dutch.</summary>
    public static SipLanguage Dutch { get; } = new(Array.IndexOf(s_tags, "nl"));

    /// <summary>Every language the catalog's texts are written in, English first where the tables put it first.</summary>
    public static IReadOnlyList<SipLanguage> All { get; } = Array.ConvertAll(s_tags, tag => new SipLanguage(Array.IndexOf(s_tags, tag)));

    /// <summary>The language's tag, as its columns name it: <c>en</c> or <c>nl</c>.</summary>
    public string Tag => s_tags[Index];

    /// <summary>The index of the language in every per-language array of the generated data.</summary>
    internal int Index => _offset + s_english;

    /// <summary>
    /// Gets the language of a BCP 47 tag or culture name: the language its primary subtag names (<c>nl</c> of
    /// <c>nl-BE</c>; <c>_</c> is read as <c>-</c>, case is ignored), and English for any language the catalog has no
    /// texts for, as for a culture. Use <see cref="TryGet"/> to refuse such a tag instead. Never throws.
    /// </summary>
    /// <param name="tag">A language tag, for example <c>nl</c>, <c>nl-BE</c> or <c>en-US</c>; null or empty gives English.</param>
    /// <returns>The language.</returns>
    public static SipLanguage FromTag(string? tag) => TryGet(tag, out var language) ? language : English;

    /// <summary>
    /// Gets the language of a tag only where the catalog has texts in it: <c>nl</c>, <c>nl-BE</c> and <c>NL_nl</c>
    /// give Dutch, <c>fr</c> gives false. Never throws.
    /// </summary>
    /// <param name="tag">A language tag, for example <c>nl</c>, <c>nl-BE</c> or <c>en-US</c>.</param>
    /// <param name="language">The language, or English when the method returns false.</param>
    /// <returns>Whether the tag's primary subtag names a language of <see cref="All"/>.</returns>
    public static bool TryGet(string? tag, out SipLanguage language)
    {
        language = English;
        if (tag is null)
        {
            return false;
        }

        var index = IndexOfPrimarySubtag(tag);
        if (index < 0)
        {
            return false;
        }

        language = new SipLanguage(index);
        return true;
    }

    /// <summary>
    /// Gets the language of a culture as <see cref="FromTag"/> reads its name; a culture whose name does not begin
    /// with its language (a custom <see cref="CultureInfo"/>) is read by its two-letter ISO language name. Under
    /// <c>InvariantGlobalization</c> a culture keeps its name, so <c>nl-BE</c> still gives Dutch. Never throws.
    /// </summary>
    /// <param name="culture">The culture; null for <see cref="CultureInfo.CurrentUICulture"/>.</param>
    /// <returns>The language, English for any culture the catalog has no texts for.</returns>
    public static SipLanguage FromCulture(CultureInfo? culture)
    {
        culture ??= CultureInfo.CurrentUICulture;
        var index = IndexOfPrimarySubtag(culture.Name);
        if (index < 0)
        {
            index = IndexOfPrimarySubtag(culture.TwoLetterISOLanguageName);
        }

        return index < 0 ? English : new SipLanguage(index);
    }

    /// <inheritdoc/>
    public bool Equals(SipLanguage other) => _offset == other._offset;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is SipLanguage other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => _offset;

    /// <summary>The language's tag, <c>en</c> or <c>nl</c>.</summary>
    /// <returns>The tag.</returns>
    public override string ToString() => Tag;

    /// <summary>Whether two values are the same language.</summary>
    /// <param name="left">A language.</param>
    /// <param name="right">Another language.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(SipLanguage left, SipLanguage right) => left.Equals(right);

    /// <summary>Whether two values are different languages.</summary>
    /// <param name="left">A language.</param>
    /// <param name="right">Another language.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(SipLanguage left, SipLanguage right) => !left.Equals(right);

    /// <summary>The index in <see cref="s_tags"/> of the tag's primary subtag, or -1. Compared in place: nothing is allocated.</summary>
    private static int IndexOfPrimarySubtag(string tag)
    {
        var length = 0;
        while (length < tag.Length && tag[length] != '-' && tag[length] != '_')
        {
            length++;
        }

        for (var i = 0; i < s_tags.Length; i++)
        {
            if (s_tags[i].Length == length && string.Compare(tag, 0, s_tags[i], 0, length, StringComparison.OrdinalIgnoreCase) == 0)
            {
                return i;
            }
        }

        return -1;
    }
}
