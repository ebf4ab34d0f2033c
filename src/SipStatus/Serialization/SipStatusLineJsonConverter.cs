#if NET8_0_OR_GREATER
using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace SipStatus.Serialization;

/// <summary>
/// Writes a <see cref="SipStatusLine"/> as a JSON string of its wire text, <c>"SIP/2.0 486 Busy Here"</c> (what
/// <see cref="SipStatusLine.ToString()"/> writes), and reads one back as <see cref="SipStatusLine.Parse(string)"/>
/// does; as a property name it is the same text. The type carries this converter, so the reflection-based
/// <see cref="JsonSerializer"/> and source-generated contexts use it without being told.
/// </summary>
/// <remarks>
/// The string is the line alone: a line break in it is refused rather than read as the line's end, so nothing after
/// it is dropped unseen. A malformed line, null (declare the property <c>SipStatusLine?</c> to allow it) or another
/// token is refused with a <see cref="JsonException"/> whose message is the parser's: what is wrong, where, and a
/// short excerpt.
/// </remarks>
public sealed class SipStatusLineJsonConverter : JsonConverter<SipStatusLine>
{
    private const string Expected = "a JSON string such as \"SIP/2.0 486 Busy Here\"";

    /// <summary>Reads a status line from a JSON string.</summary>
    /// <param name="reader">The reader, on the string.</param>
    /// <param name="typeToConvert">Not used.</param>
    /// <param name="options">Not used.</param>
    /// <returns>The status line.</returns>
    /// <exception cref="JsonException">The token is not a string, or the string is not a status line alone.</exception>
    public override SipStatusLine Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.String ? ReadText(ref reader) : throw JsonText.WrongToken(ref reader, nameof(SipStatusLine), Expected);

    /// <summary>Writes the status line as a JSON string, without a line end.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The status line.</param>
    /// <param name="options">Not used.</param>
    /// <exception cref="InvalidOperationException"><paramref name="value"/> is a <c>default</c> instance, which is not a status line.</exception>
    public override void Write(Utf8JsonWriter writer, SipStatusLine value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(StatusLineText.Format(value));
    }

    /// <summary>Reads a status line from a property name.</summary>
    /// <param name="reader">The reader, on the property name.</param>
    /// <param name="typeToConvert">Not used.</param>
    /// <param name="options">Not used.</param>
    /// <returns>The status line.</returns>
    /// <exception cref="JsonException">The name is not a status line alone.</exception>
    public override SipStatusLine ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        ReadText(ref reader);

    /// <summary>Writes the status line as a property name.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The status line.</param>
    /// <param name="options">Not used.</param>
    /// <exception cref="InvalidOperationException"><paramref name="value"/> is a <c>default</c> instance.</exception>
    public override void WriteAsPropertyName(Utf8JsonWriter writer, SipStatusLine value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WritePropertyName(StatusLineText.Format(value));
    }

    /// <summary>Parses the token's text: straight from the UTF-8 when it has no escapes and is in one piece.</summary>
    private static SipStatusLine ReadText(ref Utf8JsonReader reader)
    {
        try
        {
            return reader.ValueIsEscaped || reader.HasValueSequence
                ? StatusLineText.Parse(reader.GetString() ?? string.Empty)
                : StatusLineText.Parse(reader.ValueSpan);
        }
        catch (FormatException failure)
        {
            throw JsonText.Invalid(failure);
        }
    }
}
#endif
