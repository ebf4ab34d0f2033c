#if NET8_0_OR_GREATER
using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace SipStatus.Serialization;

/// <summary>
/// Writes a <see cref="SipStatusCode"/> as a JSON number, <c>486</c>, and reads one back; as a property name (the key
/// of a <c>Dictionary&lt;SipStatusCode, T&gt;</c>) it is the same three digits, <c>"486"</c>. The enum carries this
/// converter, so the reflection-based <see cref="JsonSerializer"/> and source-generated contexts use it without being
/// told.
/// </summary>
/// <remarks>
/// <para>
/// Every value from 100 to 699 reads, registered or not: <c>499</c> gives the unregistered <c>(SipStatusCode)499</c>,
/// as a received status line would, and <see cref="SipStatusCatalog.Resolve(int)"/> says what a user agent treats it
/// as. Anything else is refused with a <see cref="JsonException"/>: a number outside 100-699, a fraction or exponent,
/// a string (also when <see cref="JsonSerializerOptions.NumberHandling"/> allows numbers in strings), null (declare
/// the property <c>SipStatusCode?</c> to allow it) or any other token.
/// </para>
/// <para>
/// A converter for enums in <see cref="JsonSerializerOptions.Converters"/>, such as <see cref="JsonStringEnumConverter"/>,
/// comes before the one on the type and writes member names instead.
/// </para>
/// </remarks>
public sealed class SipStatusCodeJsonConverter : JsonConverter<SipStatusCode>
{
    private const string Expected = "a JSON number from 100 to 699, such as 486";

    /// <summary>Reads a code from a JSON number, 100-699.</summary>
    /// <param name="reader">The reader, on the number.</param>
    /// <param name="typeToConvert">Not used.</param>
    /// <param name="options">Not used.</param>
    /// <returns>The code.</returns>
    /// <exception cref="JsonException">The token is not a whole number from 100 to 699.</exception>
    public override SipStatusCode Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.Number)
        {
            throw JsonText.WrongToken(ref reader, nameof(SipStatusCode), Expected);
        }

        if (!reader.TryGetInt64(out var value))
        {
            throw new JsonException($"A {nameof(SipStatusCode)} is written as {Expected}, not as the number {Excerpt(ref reader)}.");
        }

        return StatusCodeText.IsInRange(value)
            ? (SipStatusCode)value
            : throw new JsonException(SipStatusCatalog.OutOfRangeMessage(value));
    }

    /// <summary>Writes the code as a JSON number.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The code, 100-699.</param>
    /// <param name="options">Not used.</param>
    /// <exception cref="ArgumentOutOfRangeException">The code is outside 100-699 (such as <c>default</c>), which would not read back.</exception>
    public override void Write(Utf8JsonWriter writer, SipStatusCode value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteNumberValue(Checked(value));
    }

    /// <summary>Reads a code from a property name: three digits, 100-699.</summary>
    /// <param name="reader">The reader, on the property name.</param>
    /// <param name="typeToConvert">Not used.</param>
    /// <param name="options">Not used.</param>
    /// <returns>The code.</returns>
    /// <exception cref="JsonException">The name is not three digits from 100 to 699.</exception>
    public override SipStatusCode ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var name = reader.GetString() ?? string.Empty;
        return StatusCodeText.TryParse(name.AsSpan(), out var code) ? code : throw new JsonException(StatusCodeText.NotACode(name));
    }

    /// <summary>Writes the code as a property name: its three digits.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The code, 100-699.</param>
    /// <param name="options">Not used.</param>
    /// <exception cref="ArgumentOutOfRangeException">The code is outside 100-699, which would not read back.</exception>
    public override void WriteAsPropertyName(Utf8JsonWriter writer, SipStatusCode value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        Span<byte> digits = stackalloc byte[3];
        StatusCodeText.WriteDigits(Checked(value), digits);
        writer.WritePropertyName(digits);
    }

    private static int Checked(SipStatusCode value) =>
        StatusCodeText.IsInRange((int)value) ? (int)value : throw StatusCodeText.OutOfRange(value);

    private static string Excerpt(ref Utf8JsonReader reader) => Excerpts.Of(JsonText.Raw(ref reader));
}
#endif
