#if NET8_0_OR_GREATER
using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace SipStatus.Serialization;

/// <summary>
/// Writes a <see cref="SipReason"/> as a JSON string of its header-value text,
/// <c>"Q.850;cause=16;text=\"Terminated\""</c> (what <see cref="SipReason.ToString()"/> writes), and reads one back as
/// <see cref="SipReason.Parse(string)"/> does; as a property name it is the same text. The type carries this
/// converter, so the reflection-based <see cref="JsonSerializer"/> and source-generated contexts use it without being
/// told.
/// </summary>
/// <remarks>
/// One reason-value a string: a Reason header listing several is a JSON array of them. A null reason is JSON
/// <c>null</c>, which the serializer writes and reads itself. A malformed value or another token is refused with a
/// <see cref="JsonException"/> whose message is the parser's: what is wrong, where, and a short excerpt.
/// </remarks>
public sealed class SipReasonJsonConverter : JsonConverter<SipReason>
{
    private const string Expected = "a JSON string such as \"Q.850;cause=16;text=\\\"Terminated\\\"\"";

    /// <summary>Reads a reason from a JSON string.</summary>
    /// <param name="reader">The reader, on the string.</param>
    /// <param name="typeToConvert">Not used.</param>
    /// <param name="options">Not used.</param>
    /// <returns>The reason.</returns>
    /// <exception cref="JsonException">The token is not a string, or the string is not one reason-value.</exception>
    public override SipReason Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.String ? ReadText(ref reader) : throw JsonText.WrongToken(ref reader, nameof(SipReason), Expected);

    /// <summary>Writes the reason as a JSON string.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The reason.</param>
    /// <param name="options">Not used.</param>
    public override void Write(Utf8JsonWriter writer, SipReason value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStringValue(value.ToString());
    }

    /// <summary>Reads a reason from a property name.</summary>
    /// <param name="reader">The reader, on the property name.</param>
    /// <param name="typeToConvert">Not used.</param>
    /// <param name="options">Not used.</param>
    /// <returns>The reason.</returns>
    /// <exception cref="JsonException">The name is not one reason-value.</exception>
    public override SipReason ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        ReadText(ref reader);

    /// <summary>Writes the reason as a property name.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The reason.</param>
    /// <param name="options">Not used.</param>
    public override void WriteAsPropertyName(Utf8JsonWriter writer, SipReason value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WritePropertyName(value.ToString());
    }

    private static SipReason ReadText(ref Utf8JsonReader reader)
    {
        try
        {
            return SipReason.Parse(reader.GetString() ?? string.Empty);
        }
        catch (FormatException failure)
        {
            throw JsonText.Invalid(failure);
        }
    }
}
#endif
