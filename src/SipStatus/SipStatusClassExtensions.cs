using System;
using System.Globalization;

namespace SipStatus;

/// <summary>Texts for people about a <see cref="SipStatusClass"/>, in English or Dutch. Allocation-free.</summary>
public static class SipStatusClassExtensions
{
    /// <summary>
    /// Gets the display name of a class in the language of <paramref name="culture"/>: Dutch for any Dutch culture
    /// (<c>nl</c>, <c>nl-NL</c>, <c>nl-BE</c>, ...), English for every other, for example <c>Request Failure</c> or
    /// <c>Requestfout</c> for 4xx.
    /// </summary>
    /// <param name="statusClass">A class from <see cref="SipStatusClass.Provisional"/> to <see cref="SipStatusClass.GlobalFailure"/>.</param>
    /// <param name="culture">The culture whose language to use; null for <see cref="CultureInfo.CurrentUICulture"/>.</param>
    /// <returns>The display name.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="statusClass"/> is not one of the six classes.</exception>
    public static string GetDisplayName(this SipStatusClass statusClass, CultureInfo? culture = null) =>
        SipStatusData.ClassNames[Index(statusClass)][SipLanguage.FromCulture(culture).Index];

    /// <summary>Gets the display name of a class in <paramref name="language"/>, as <see cref="GetDisplayName(SipStatusClass, CultureInfo)"/> does.</summary>
    /// <param name="statusClass">A class from <see cref="SipStatusClass.Provisional"/> to <see cref="SipStatusClass.GlobalFailure"/>.</param>
    /// <param name="language">The language.</param>
    /// <returns>The display name.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="statusClass"/> is not one of the six classes.</exception>
    public static string GetDisplayName(this SipStatusClass statusClass, SipLanguage language) =>
        SipStatusData.ClassNames[Index(statusClass)][language.Index];

    /// <summary>
    /// Gets a sentence on what responses of a class mean, in the language of <paramref name="culture"/> as
    /// <see cref="GetDisplayName(SipStatusClass, CultureInfo)"/> chooses it.
    /// </summary>
    /// <param name="statusClass">A class from <see cref="SipStatusClass.Provisional"/> to <see cref="SipStatusClass.GlobalFailure"/>.</param>
    /// <param name="culture">The culture whose language to use; null for <see cref="CultureInfo.CurrentUICulture"/>.</param>
    /// <returns>The description.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="statusClass"/> is not one of the six classes.</exception>
    public static string GetDescription(this SipStatusClass statusClass, CultureInfo? culture = null) =>
        SipStatusData.ClassDescriptions[Index(statusClass)][SipLanguage.FromCulture(culture).Index];

    /// <summary>Gets the description of a class in <paramref name="language"/>, as <see cref="GetDescription(SipStatusClass, CultureInfo)"/> does.</summary>
    /// <param name="statusClass">A class from <see cref="SipStatusClass.Provisional"/> to <see cref="SipStatusClass.GlobalFailure"/>.</param>
    /// <param name="language">The language.</param>
    /// <returns>The description.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="statusClass"/> is not one of the six classes.</exception>
    public static string GetDescription(this SipStatusClass statusClass, SipLanguage language) =>
        SipStatusData.ClassDescriptions[Index(statusClass)][language.Index];

    internal static string DisplayNameIn(this SipStatusClass statusClass, int language) =>
        SipStatusData.ClassNames[Index(statusClass)][language];

    private static int Index(SipStatusClass statusClass) =>
        statusClass is >= SipStatusClass.Provisional and <= SipStatusClass.GlobalFailure
            ? (int)statusClass - 1
            : throw new ArgumentOutOfRangeException(
                nameof(statusClass),
                statusClass,
                FormattableString.Invariant($"{(int)statusClass} is not a SIP status class: the classes are 1 (1xx, Provisional) to 6 (6xx, GlobalFailure)."));
}
