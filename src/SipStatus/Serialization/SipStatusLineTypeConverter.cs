using System;
using System.ComponentModel;
using System.Globalization;

namespace SipStatus.Serialization;

/// <summary>
/// Converts a <see cref="SipStatusLine"/> from and to its wire text, <c>SIP/2.0 486 Busy Here</c>, in every culture:
/// exactly what <see cref="SipStatusLine.ToString()"/> writes and <see cref="SipStatusLine.Parse(string)"/> reads.
/// </summary>
/// <remarks>The text is the line alone: unlike <see cref="SipStatusLine.Parse(string)"/>, a line break is refused, not read as the line's end.</remarks>
public sealed class SipStatusLineTypeConverter : TypeConverter
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

    /// <summary>Reads a status line.</summary>
    /// <param name="context">Not used.</param>
    /// <param name="culture">Ignored: a status line reads the same in every culture.</param>
    /// <param name="value">The line, for example <c>SIP/2.0 486 Busy Here</c>.</param>
    /// <returns>The <see cref="SipStatusLine"/>.</returns>
    /// <exception cref="FormatException">The text is not a status line, or holds a line break; the message says what is wrong and where.</exception>
    /// <exception cref="NotSupportedException"><paramref name="value"/> is not a string (null included).</exception>
    public override object? ConvertFrom(ITypeDescriptorContext? context, CultureInfo? culture, object value) =>
        value is string text ? StatusLineText.Parse(text) : base.ConvertFrom(context, culture, value);

    /// <summary>Writes a status line as sent, without a line end.</summary>
    /// <param name="context">Not used.</param>
    /// <param name="culture">Ignored: a status line reads the same in every culture.</param>
    /// <param name="value">The <see cref="SipStatusLine"/>.</param>
    /// <param name="destinationType">The type to convert to: <see cref="string"/>.</param>
    /// <returns>For example <c>SIP/2.0 486 Busy Here</c>.</returns>
    /// <exception cref="InvalidOperationException">The line is a <c>default</c> instance, which is not a status line.</exception>
    /// <exception cref="NotSupportedException"><paramref name="destinationType"/> is not <see cref="string"/>.</exception>
    public override object? ConvertTo(ITypeDescriptorContext? context, CultureInfo? culture, object? value, Type destinationType) =>
        destinationType == typeof(string) && value is SipStatusLine line
            ? StatusLineText.Format(line)
            : base.ConvertTo(context, culture, value, destinationType);
}
