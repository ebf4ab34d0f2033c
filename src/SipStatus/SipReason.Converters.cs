namespace SipStatus;

// The converters that write and read a reason as its header-value text: a TypeConverter on every target, and on
// net8.0 and later (where System.Text.Json comes with the runtime) a JSON converter that serializers find without
// being told.
[System.ComponentModel.TypeConverter(typeof(Serialization.SipReasonTypeConverter))]
#if NET8_0_OR_GREATER
[System.Text.Json.Serialization.JsonConverter(typeof(Serialization.SipReasonJsonConverter))]
#endif
public sealed partial class SipReason
{
}
