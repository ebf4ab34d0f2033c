using System;
using System.ComponentModel;
using System.Globalization;

namespace SipStatus.Serialization;

/// <summary>
/// Converts a <see cref="SipReason"/> from and to its header-value text, <c>Q.850;cause=16;text="Terminated"</c>, in
/// every culture: what <see cref="SipReason.ToString()"/> writes and <see cref="SipReason.Parse(string)"/> reads.
/// </summary>
/// <remarks>One reason-value: a header value listing several reasons is for <see cref="SipReason.ParseAll(string)"/>.</remarks>
public sealed class SipReasonTypeConverter : TypeConverter
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

    /// <summary>Reads one reason-value.</summary>
    /// <param name="context">Not used.</param>
    /// <param name="culture">Ignored: a Reason header reads the same in every culture.</param>
    /// <param name="value">The header value, for example <c>Q.850;cause=16;text="Terminated"</c>.</param>
    /// <returns>The <see cref="SipReason"/>.</returns>
    /// <exception cref="FormatException">The text is not one reason-value; the message gives the position and a short excerpt.</exception>
    /// <exception cref="NotSupportedException"><paramref name="value"/> is not a string (null included).</exception>
    public override object? ConvertFrom(ITypeDescriptorContext? context, CultureInfo? culture, object value) =>
        value is string text ? SipReason.Parse(text) : base.ConvertFrom(context, culture, value);

    /// <summary>Writes a reason as a header value.</summary>
    /// <param name="context">Not used.</param>
    /// <param name="culture">Ignored: a Reason header reads the same in every culture.</param>
    /// <param name="value">The <see cref="SipReason"/>.</param>
    /// <param name="destinationType">The type to convert to: <see cref="string"/>.</param>
    /// <returns>For example <c>Q.850;cause=16;text="Terminated"</c>.</returns>
    /// <exception cref="NotSupportedException"><paramref name="destinationType"/> is not <see cref="string"/>.</exception>
    public override object? ConvertTo(ITypeDescriptorContext? context, CultureInfo? culture, object? value, Type destinationType) =>
        destinationType == typeof(string) && value is SipReason reason
            ? reason.ToString()
            : base.ConvertTo(context, culture, value, destinationType);
}
