using System.ComponentModel;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using SipStatus.Serialization;
using static SipStatus.AotCheck.Transcript;

namespace SipStatus.AotCheck;

/// <summary>The TypeConverters: found through TypeDescriptor from the types' attributes, and made directly.</summary>
internal static class TypeConverters
{
    public static void Write(Transcript transcript)
    {
        // The enum's converter is made directly only: registering an enum with TypeDescriptor asks for every member of
        // System.Enum, some of which (Enum.GetValues(Type)) Native AOT cannot compile (IL3050).
        Check(transcript, "code", null, new SipStatusCodeTypeConverter(), SipStatusCode.RequestTerminated, ["487", "199", "699", "700", "48", "Busy Here", ""]);
        Check(transcript, "line", Registered<SipStatusLine>(), new SipStatusLineTypeConverter(), SipStatusLine.Create(SipStatusCode.Ringing), ["SIP/2.0 180 Ringing", "SIP/2.0 499 Odd", "SIP/2.0 180 Ringing\r\n", "180 Ringing", ""]);
        Check(transcript, "reason", Registered<SipReason>(), new SipReasonTypeConverter(), new SipReason("Q.850", 31), ["Q.850;cause=31", "sip;cause=487;text=\"Cancelled\"", "Q.850;cause=x", "SIP;cause=200, SIP;cause=486", ""]);
        transcript.Line("type converter reason", $"ConvertTo null {Try(() => new SipReasonTypeConverter().ConvertTo(null, CultureInfo.InvariantCulture, null, typeof(string)))}");
    }

    /// <summary>
    /// The converter TypeDescriptor finds from the type's attribute, the trimming-safe way: the type registered first
    /// (TypeDescriptor.GetConverter(Type) is not trimming-safe).
    /// </summary>
    private static TypeConverter Registered<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.All)] T>()
    {
        TypeDescriptor.RegisterType<T>();
        return TypeDescriptor.GetConverterFromRegisteredType(typeof(T));
    }

    /// <summary>Checks a converter made directly and, where there is one, the one TypeDescriptor finds.</summary>
    private static void Check(Transcript transcript, string name, TypeConverter? found, TypeConverter converter, object value, string[] texts)
    {
        var section = "type converter " + name;
        found ??= converter;
        transcript.Line(section, $"converter {found.GetType().Name}, same type {found.GetType() == converter.GetType()}");
        transcript.Line(section, $"CanConvertFrom string {converter.CanConvertFrom(null, typeof(string))}, int {converter.CanConvertFrom(null, typeof(int))}, CanConvertTo string {converter.CanConvertTo(null, typeof(string))}, int {converter.CanConvertTo(null, typeof(int))}, null {converter.CanConvertTo(null, null)}");
        transcript.Line(section, $"ConvertTo string {Try(() => converter.ConvertTo(null, CultureInfo.InvariantCulture, value, typeof(string)))}, ConvertToInvariantString {Try(() => converter.ConvertToInvariantString(value))}, found {Try(() => found.ConvertToString(value))}");
        transcript.Line(section, $"ConvertTo int {Try(() => converter.ConvertTo(null, CultureInfo.InvariantCulture, value, typeof(int)))}");
        transcript.Line(section, $"ConvertFrom int {Try(() => converter.ConvertFrom(null, CultureInfo.InvariantCulture, 486))}");
        foreach (var text in texts)
        {
            transcript.Line(section + " from " + Show(text), $"{Try(() => converter.ConvertFrom(null, CultureInfo.InvariantCulture, text))}, ConvertFromInvariantString {Try(() => converter.ConvertFromInvariantString(text))}, found {Try(() => found.ConvertFromString(text))}");
        }
    }
}
