using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using SipStatus.Serialization;
using static SipStatus.AotCheck.Transcript;

namespace SipStatus.AotCheck;

/// <summary>A document with every shape the converters write: values, nullable values, a list and dictionary keys.</summary>
internal sealed class Document
{
    public SipStatusCode Code { get; set; }

    public SipStatusCode? MaybeCode { get; set; }

    public SipStatusLine Line { get; set; }

    public SipStatusLine? MaybeLine { get; set; }

    public SipReason? Reason { get; set; }

    public List<SipReason> Reasons { get; set; } = [];

    public Dictionary<SipStatusCode, int> Counts { get; set; } = [];

    public Dictionary<SipStatusLine, string> ByLine { get; set; } = [];

    public Dictionary<SipReason, int> ByReason { get; set; } = [];
}

/// <summary>The source-generated serialization metadata: no reflection, as Native AOT requires.</summary>
[JsonSourceGenerationOptions(WriteIndented = false)]
[JsonSerializable(typeof(Document))]
[JsonSerializable(typeof(SipStatusCode))]
[JsonSerializable(typeof(SipStatusLine))]
[JsonSerializable(typeof(SipReason))]
internal sealed partial class AotJsonContext : JsonSerializerContext;

/// <summary>The JSON converters: through the source-generated context, and called directly with a writer and a reader.</summary>
internal static class Serialization
{
    private static readonly string[] s_documents =
    [
        "{\"Code\":486,\"MaybeCode\":null,\"Line\":\"SIP/2.0 486 Busy Here\",\"MaybeLine\":null,\"Reason\":null,\"Reasons\":[],\"Counts\":{},\"ByLine\":{},\"ByReason\":{}}",
        "{\"Code\":499,\"MaybeCode\":600,\"Line\":\"SIP/2.0 499 Whatever\",\"MaybeLine\":\"SIP/2.0 200 OK\",\"Reason\":\"q.850;cause=16\",\"Reasons\":[\"SIP;cause=200\"],\"Counts\":{\"100\":1},\"ByLine\":{\"SIP/2.0 180 Ringing\":\"r\"},\"ByReason\":{\"Q.850;cause=17\":2}}",
        "{\"Code\":\"486\"}", "{\"Code\":700}", "{\"Code\":486.5}", "{\"Code\":null}", "{\"MaybeCode\":99}", "{\"Line\":\"SIP/2.0 486 Busy Here\\r\\n\"}",
        "{\"Line\":486}", "{\"Line\":null}", "{\"Reason\":\"Q.850;cause=abc\"}", "{\"Reason\":5}", "{\"Reasons\":[\"SIP;cause=200\",\"nope\"]}",
        "{\"Counts\":{\"48x\":1}}", "{\"ByLine\":{\"HTTP/1.1 200 OK\":\"x\"}}", "{\"ByReason\":{\";cause=1\":1}}", "{\"Code\":200,\"Line\":\"SIP/2.0 200 Caf\\u00e9\"}",
    ];

    public static void Write(Transcript transcript)
    {
        var busy = SipStatusLine.Create(SipStatusCode.BusyHere);
        var document = new Document
        {
            Code = SipStatusCode.BusyHere,
            MaybeCode = (SipStatusCode)499,
            Line = busy,
            MaybeLine = new SipStatusLine(480, "Temporarily \"Unavailable\" \u00e9"),
            Reason = new SipReason("Q.850", 16, "Normal \"call\" clearing"),
            Reasons = [SipReason.Parse("SIP;cause=486"), SipReason.Parse("X-Vendor;cause=3")],
            Counts = new() { [SipStatusCode.Ok] = 3, [(SipStatusCode)699] = 1 },
            ByLine = new() { [busy] = "busy" },
            ByReason = new() { [SipReason.Parse("Q.850;cause=17")] = 2 },
        };
        var json = JsonSerializer.Serialize(document, AotJsonContext.Default.Document);
        transcript.Line("json", $"document {json}");
        var back = JsonSerializer.Deserialize(json, AotJsonContext.Default.Document)!;
        transcript.Line("json", $"round trip {JsonSerializer.Serialize(back, AotJsonContext.Default.Document) == json}, line {back.Line == busy}, reason {back.Reason!.Equals(document.Reason)}");
        transcript.Line("json", $"empty document {Try(() => JsonSerializer.Serialize(new Document(), AotJsonContext.Default.Document))}");
        transcript.Line("json", $"document with 100 only {JsonSerializer.Serialize(new Document { Code = SipStatusCode.Trying, Line = SipStatusLine.Create(SipStatusCode.Trying) }, AotJsonContext.Default.Document)}");
        transcript.Line("json", $"default line {Try(() => JsonSerializer.Serialize(default(SipStatusLine), AotJsonContext.Default.SipStatusLine))}");
        transcript.Line("json", $"code 700 {Try(() => JsonSerializer.Serialize((SipStatusCode)700, AotJsonContext.Default.SipStatusCode))}, code 0 {Try(() => JsonSerializer.Serialize((SipStatusCode)0, AotJsonContext.Default.SipStatusCode))}");
        transcript.Line("json", $"every code {string.Join(",", Codes100To699())}");

        foreach (var text in s_documents)
        {
            transcript.Line("json read " + text, Try(() => JsonSerializer.Serialize(JsonSerializer.Deserialize(text, AotJsonContext.Default.Document)!, AotJsonContext.Default.Document)));
        }

        foreach (var text in new[] { "486", "\"486\"", "100", "699", "99", "700", "null", "-486", "4.86e2" })
        {
            transcript.Line("json read code " + text, Try(() => JsonSerializer.Deserialize(text, AotJsonContext.Default.SipStatusCode)));
        }

        foreach (var text in new[] { "\"SIP/2.0 486 Busy Here\"", "\"SIP/2.0 486 Busy Here\\n\"", "\"\"", "null", "[]" })
        {
            transcript.Line("json read line " + text, Try(() => JsonSerializer.Deserialize(text, AotJsonContext.Default.SipStatusLine)));
            transcript.Line("json read reason " + text, Try(() => JsonSerializer.Deserialize(text, AotJsonContext.Default.SipReason)?.ToString()));
        }

        var options = AotJsonContext.Default.Options;
        Direct(transcript, "code", new SipStatusCodeJsonConverter(), SipStatusCode.Decline, options);
        Direct(transcript, "line", new SipStatusLineJsonConverter(), busy, options);
        Direct(transcript, "reason", new SipReasonJsonConverter(), SipReason.Parse("SIP;cause=600;text=\"Busy Everywhere\""), options);
    }

    private static IEnumerable<string> Codes100To699()
    {
        for (var code = SipStatusCatalog.MinCode; code <= SipStatusCatalog.MaxCode; code += 7)
        {
            yield return JsonSerializer.Serialize((SipStatusCode)code, AotJsonContext.Default.SipStatusCode);
        }
    }

    /// <summary>Writes a value as a property name and as a value with the converter itself, then reads both back.</summary>
    private static void Direct<T>(Transcript transcript, string name, JsonConverter<T> converter, T value, JsonSerializerOptions options)
        where T : notnull
    {
        var section = "json converter " + name;
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            writer.WriteStartObject();
            converter.WriteAsPropertyName(writer, value, options);
            converter.Write(writer, value, options);
            writer.WriteEndObject();
        }

        var bytes = stream.ToArray();
        transcript.Line(section, $"CanConvert {converter.CanConvert(typeof(T))}, written {Encoding.UTF8.GetString(bytes)}");
        try
        {
            var reader = new Utf8JsonReader(bytes);
            reader.Read();
            reader.Read();
            var key = converter.ReadAsPropertyName(ref reader, typeof(T), options);
            reader.Read();
            var read = converter.Read(ref reader, typeof(T), options);
            transcript.Line(section, $"read back {Show(key)} and {Show(read)}, equal {EqualityComparer<T>.Default.Equals(key, value) && EqualityComparer<T>.Default.Equals(read, value)}");
        }
        catch (Exception e)
        {
            transcript.Line(section, Thrown(e));
        }

        foreach (var bad in new[] { "{\"x\":true}", "{\"x\":\"SIP/2.0 4x6 Busy\"}", "{\"x\":\"Q.850;cause=\"}", "{\"x\":1000}" })
        {
            try
            {
                var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(bad));
                reader.Read();
                reader.Read();
                transcript.Line(section + " key " + bad, Show(converter.ReadAsPropertyName(ref reader, typeof(T), options)));
            }
            catch (Exception e)
            {
                transcript.Line(section + " key " + bad, Thrown(e));
            }

            try
            {
                var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(bad));
                reader.Read();
                reader.Read();
                reader.Read();
                transcript.Line(section + " value " + bad, Show(converter.Read(ref reader, typeof(T), options)));
            }
            catch (Exception e)
            {
                transcript.Line(section + " value " + bad, Thrown(e));
            }
        }
    }
}
