#if NET8_0_OR_GREATER
using System;
using System.Buffers;
using System.Text.Json;
using SipStatus.Parsing;

namespace SipStatus.Serialization;

/// <summary>What the JSON converters share: reading a string token and saying what a wrong token is.</summary>
internal static class JsonText
{
    /// <summary>
    /// The exception for a token of the wrong kind: what the type is written as, and what came instead (the token's
    /// kind, and for a string or number a short, escaped excerpt of it).
    /// </summary>
    public static JsonException WrongToken(ref Utf8JsonReader reader, string typeName, string expected)
    {
        var found = reader.TokenType switch
        {
            JsonTokenType.String => $"the string \"{Excerpts.Of(reader.GetString() ?? string.Empty)}\"",
            JsonTokenType.Number => $"the number {Excerpts.Of(Raw(ref reader))}",
            JsonTokenType.Null => "null",
            JsonTokenType.True => "true",
            JsonTokenType.False => "false",
            JsonTokenType.StartObject => "an object",
            JsonTokenType.StartArray => "an array",
            _ => reader.TokenType.ToString(),
        };
        var advice = reader.TokenType == JsonTokenType.Null ? $" (declare it {typeName}? to allow null)" : string.Empty;
        return new JsonException($"A {typeName} is written as {expected}, not as {found}{advice}.");
    }

    /// <summary>A parse failure as the JSON exception, with the parser's message (which quotes only a short excerpt).</summary>
    public static JsonException Invalid(FormatException failure) => new(failure.Message, failure);

    /// <summary>The raw text of a number token (ASCII), at most its first 64 bytes: enough for an excerpt.</summary>
    public static string Raw(ref Utf8JsonReader reader)
    {
        const int Enough = 64;
        var raw = reader.HasValueSequence
            ? (ReadOnlySpan<byte>)reader.ValueSequence.Slice(0, Math.Min(reader.ValueSequence.Length, Enough)).ToArray()
            : reader.ValueSpan.Slice(0, Math.Min(reader.ValueSpan.Length, Enough));
        return Utf8Text.Decode(raw);
    }
}
#endif
