using System;
using System.Globalization;

namespace SipStatus;

/// <summary>
/// One text per language of <see cref="SipLanguage.All"/>, chosen by a language, a culture (as
/// <see cref="SipLanguage.FromCulture"/> reads it) or a language's index: the descriptions and hints of the catalog
/// rows. Equal where the arrays are the same, as the rows compared them before. Allocation-free.
/// </summary>
internal readonly struct LanguageTexts : IEquatable<LanguageTexts>
{
    private readonly string[] _texts;

    /// <summary>Wraps the generated texts, indexed by <see cref="SipLanguage.Index"/>.</summary>
    public LanguageTexts(string[] texts) => _texts = texts;

    /// <summary>The text in the language of <paramref name="culture"/>; null for <see cref="CultureInfo.CurrentUICulture"/>.</summary>
    public string In(CultureInfo? culture) => _texts[SipLanguage.FromCulture(culture).Index];

    /// <summary>The text in <paramref name="language"/>.</summary>
    public string In(SipLanguage language) => _texts[language.Index];

    /// <summary>The text in the language of index <paramref name="language"/>.</summary>
    public string In(int language) => _texts[language];

    /// <inheritdoc />
    public bool Equals(LanguageTexts other) => ReferenceEquals(_texts, other._texts);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is LanguageTexts other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => _texts is null ? 0 : _texts.GetHashCode();
}
