using System;
using System.ComponentModel;
using System.Globalization;

namespace SipStatus.Serialization;

/// <summary>
/// Converts a <see cref="SipStatusCode"/> from and to its number as text, <c>486</c>, in every culture: the
/// converter <see cref="TypeDescriptor.GetConverter(Type)"/> gives for the enum (for example to bind a setting), in
/// place of the member-name converter enums get by default.
/// </summary>
/// <remarks>
/// Every code from 100 to 699 converts, registered or not (<c>499</c> gives the unregistered
/// <c>(SipStatusCode)499</c>, as a received status line would); member names (<c>BusyHere</c>) do not, nor does
/// anything but the three digits.
/// </remarks>
public sealed class SipStatusCodeTypeConverter : TypeConverter
{
    /// <summary>Whether the converter reads <paramref name="sourceType"/>: true for <see cref="string"/>.</summary>
    /// <param name="context">Not used.</param>
    /// <param name="sourceType">The type to convert from.</param>
    /// <returns>True for <see cref="string"/>.</returns>
    public override bool CanConvertFrom(ITypeDescriptorContext? context, Type sourceType) =>
        sourceType == typeof(string) || base.CanConvertFrom(context, sourceType);

    /// <summary>Whether the converter writes <paramref name="destinationType"/>: true for <see cref="string"/>.</summary>
    /// <param name="context">Not used.</param>
    /// <param name="destinationType">The type to convert to.</param>
    /// <returns>True for <see cref="string"/>.</returns>
    public override bool CanConvertTo(ITypeDescriptorContext? context, Type? destinationType) =>
        destinationType == typeof(string) || base.CanConvertTo(context, destinationType);

    /// <summary>Reads a code from three digits, 100-699.</summary>
    /// <param name="context">Not used.</param>
    /// <param name="culture">Ignored: the digits are ASCII in every culture.</param>
    /// <param name="value">The text, for example <c>486</c>.</param>
    /// <returns>The <see cref="SipStatusCode"/>.</returns>
    /// <exception cref="FormatException">The text is not three digits from 100 to 699; the message quotes a short excerpt.</exception>
    /// <exception cref="NotSupportedException"><paramref name="value"/> is not a string (null included).</exception>
    public override object? ConvertFrom(ITypeDescriptorContext? context, CultureInfo? culture, object value) =>
        value is string text ? StatusCodeText.Parse(text) : base.ConvertFrom(context, culture, value);

    /// <summary>Writes a code as its three digits.</summary>
    /// <param name="context">Not used.</param>
    /// <param name="culture">Ignored: the digits are ASCII in every culture.</param>
    /// <param name="value">The <see cref="SipStatusCode"/>.</param>
    /// <param name="destinationType">The type to convert to: <see cref="string"/>.</param>
    /// <returns>For example <c>486</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The code is outside 100-699 (such as <c>default</c>), whose text would not read back.</exception>
    /// <exception cref="NotSupportedException"><paramref name="destinationType"/> is not <see cref="string"/>.</exception>
    public override object? ConvertTo(ITypeDescriptorContext? context, CultureInfo? culture, object? value, Type destinationType) =>
        destinationType == typeof(string) && value is SipStatusCode code
            ? StatusCodeText.Format(code)
            : base.ConvertTo(context, culture, value, destinationType);
}
