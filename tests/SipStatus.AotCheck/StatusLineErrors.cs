using System;
using System.Text;
using static SipStatus.AotCheck.Transcript;

namespace SipStatus.AotCheck;

/// <summary>Status lines that are refused: every error kind, from characters and from UTF-8, with the error's every member.</summary>
internal static class StatusLineErrors
{
    private static readonly string[] s_texts =
    [
        "", "SIP/2.1", "SIP 2.0 200 OK", "sip/2.0 200 OK", "SIP/2.0", "SIP/2.0200 OK", "SIP/2.0  200 OK", "SIP/2.0 2x0 OK",
        "SIP/2.0 20 OK", "SIP/2.0 2000 OK", "SIP/2.0 099 Low", "SIP/2.0 700 High", "SIP/2.0 200", "SIP/2.0 200OK", "SIP/2.0 200  OK",
        "SIP/2.0 200 O\u0001K", "SIP/2.0 200 OK\r\n", "SIP/2.0 200 OK\u007F", "SIP/2.0 200 \ud800 lone", "SIP/2.0 200 lone \udc00",
        "HTTP/1.1 200 OK", "SIP/2.0 486 Busy Here, and a phrase far too long to be quoted whole in an excerpt\u0000",
    ];

    private static readonly byte[][] s_utf8 =
    [
        [.. "SIP/2.0 200 "u8, 0xFF],
        [.. "SIP/2.0 200 "u8, 0xC3],
        [.. "SIP/2.0 200 "u8, 0xED, 0xA0, 0x80],
        [.. "SIP/2.0 200 O"u8, 0x00, .. "K"u8],
        [0xEF, 0xBB, 0xBF, .. "SIP/2.0 200 OK"u8],
        [],
    ];

    public static void Write(Transcript transcript)
    {
        foreach (var text in s_texts)
        {
            var section = "bad line " + Show(text);
            SipStatusLine.TryParse(text, out var line, out var error);
            Describe(transcript, section + " string", line, error);
            SipStatusLine.TryParse(text.AsSpan(), out line, out error);
            Describe(transcript, section + " span", line, error);
            transcript.Line(section, $"TryParse without error: string {SipStatusLine.TryParse(text, out _)}, span {SipStatusLine.TryParse(text.AsSpan(), out _)}");
            transcript.Line(section, $"Parse {Try(() => SipStatusLine.Parse(text))}");
            transcript.Line(section, $"Parse span {Try(() => SipStatusLine.Parse(text.AsSpan()))}");
            if (!text.AsSpan().ContainsAny('\ud800', '\udc00'))
            {
                var bytes = Encoding.UTF8.GetBytes(text);
                WriteUtf8(transcript, "bad line UTF-8 " + Show(text), bytes);
            }
        }

        foreach (var bytes in s_utf8)
        {
            WriteUtf8(transcript, "bad UTF-8 " + Convert.ToHexString(bytes), bytes);
        }

        transcript.Line("bad line null", $"Parse {Try(() => SipStatusLine.Parse((string)null!))}, bytes {Try(() => SipStatusLine.Parse((byte[])null!))}");
        var nullString = SipStatusLine.TryParse((string?)null, out _, out var nullError);
        var nullBytes = SipStatusLine.TryParse((byte[]?)null, out _, out var nullBytesError);
        transcript.Line("bad line null", $"TryParse string {nullString} {Show(nullError?.Message)}, bytes {nullBytes} {Show(nullBytesError?.Message)}, without error {SipStatusLine.TryParse((string?)null, out _)} {SipStatusLine.TryParse((byte[]?)null, out _)}");
    }

    private static void WriteUtf8(Transcript transcript, string section, byte[] bytes)
    {
        SipStatusLine.TryParse(bytes, out var line, out var error);
        Describe(transcript, section + " bytes", line, error);
        SipStatusLine.TryParse((ReadOnlySpan<byte>)bytes, out line, out error);
        Describe(transcript, section + " UTF-8 span", line, error);
        transcript.Line(section, $"TryParse without error: bytes {SipStatusLine.TryParse(bytes, out _)}, span {SipStatusLine.TryParse((ReadOnlySpan<byte>)bytes, out _)}");
        transcript.Line(section, $"Parse bytes {Try(() => SipStatusLine.Parse(bytes))}");
        transcript.Line(section, $"Parse UTF-8 span {Try(() => SipStatusLine.Parse((ReadOnlySpan<byte>)bytes))}");
    }

    private static void Describe(Transcript transcript, string section, SipStatusLine line, SipStatusLineError? error)
    {
        if (error is null)
        {
            transcript.Line(section, $"parsed {line}");
            return;
        }

        transcript.Line(section, $"Kind {error.Kind}, Part {error.Part}, Position {error.Position}, Excerpt {Show(error.Excerpt)}, line {Show(line.ToString())}");
        transcript.Line(section, $"Description {Show(error.Description)}");
        foreach (var language in SipLanguage.All)
        {
            transcript.Line(section, $"{language} {Show(error.GetDescription(language))}");
        }

        transcript.Line(section, $"Message {Show(error.Message)}, ToString same {error.ToString() == error.Message}");
    }
}
