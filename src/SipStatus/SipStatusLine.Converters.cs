namespace SipStatus;

// The converters that write and read a status line as its wire text: a TypeConverter on every target, and on net8.0
// and later (where System.Text.Json comes with the runtime) a JSON converter that serializers find without being told.
[System.ComponentModel.TypeConverter(typeof(Serialization.SipStatusLineTypeConverter))]
#if NET8_0_OR_GREATER
[System.Text.Json.Serialization.JsonConverter(typeof(Serialization.SipStatusLineJsonConverter))]
#endif
public readonly partial struct SipStatusLine
{
}
