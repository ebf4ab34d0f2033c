using System;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Unicode;

namespace SipStatus.Cli;

/// <summary>What a line of a trace holds, as far as the trace filter cares.</summary>
internal enum TraceFind
{
    /// <summary>No status line.</summary>
    None,

    /// <summary>The status line of a response.</summary>
    Response,

    /// <summary>A status line quoted in a message/sipfrag body (RFC 3420), shown as such by the format.</summary>
    Sipfrag,
}

/// <summary>A status line found in a line of a trace, as the library reads it.</summary>
/// <param name="Line">The status line.</param>
/// <param name="VersionWritten">Whether the trace wrote the SIP version (tshark's summary does not).</param>
/// <param name="PhraseUtf8">False when the phrase was not UTF-8 (ISO-8859-1 from old gateways): it is read with U+FFFD in place of the bytes.</param>
internal readonly record struct FoundStatus(SipStatusLine Line, bool VersionWritten, bool PhraseUtf8);

/// <summary>
/// The formats the trace filter reads, each with where a status line may start and what decoration surrounds it. All
/// work on one line's bytes (without its line end) and allocate only for a status line found.
/// </summary>
internal static class TraceFormats
{
    private static readonly byte[] s_version = "SIP/2.0 "u8.ToArray();

    /// <summary>The methods tshark names after a response's phrase in its summary, <c>Status: 200 OK (INVITE) | </c>.</summary>
    private static readonly string[] s_methods =
        ["INVITE", "ACK", "BYE", "CANCEL", "OPTIONS", "REGISTER", "PRACK", "SUBSCRIBE", "NOTIFY", "PUBLISH", "INFO", "REFER", "MESSAGE", "UPDATE"];

    /// <summary>
    /// Plain SIP text (sipp -trace_msg, Kamailio and FreeSWITCH/sofia-sip logs, sngrep's text export, tshark -V and
    /// -O sip, ngrep -W byline): a status line wherever it starts, at the start of the line, indented or after a log
    /// prefix (after a byte that is not a letter or digit), to the end of the line. The first one the library reads counts.
    /// </summary>
    public static bool TryPlain(ReadOnlySpan<byte> content, out FoundStatus found)
    {
        for (var i = IndexOfSip(content, 0); i >= 0; i = IndexOfSip(content, i + 1))
        {
            if (i + 3 < content.Length && content[i + 3] == '/' && (i == 0 || !IsWordByte(content[i - 1])) && TryRead(content[i..], true, out found))
            {
                return true;
            }
        }

        found = default;
        return false;
    }

    /// <summary>
    /// Reads a status line with the library; a phrase that is not UTF-8 is read again with U+FFFD in place of the
    /// bytes that are not, and marked so.
    /// </summary>
    public static bool TryRead(ReadOnlySpan<byte> text, bool versionWritten, out FoundStatus found)
    {
        // Most candidates are no status line (a Via header's SIP/2.0/UDP): UTF-8 text is read without the error that
        // would say why not; only text that is not UTF-8 needs it, to tell a phrase in ISO-8859-1 from the rest.
        if (Utf8.IsValid(text))
        {
            var read = SipStatusLine.TryParse(text, out var valid);
            found = read ? new FoundStatus(valid, versionWritten, true) : default;
            return read;
        }

        if (SipStatusLine.TryParse(text, out var line, out var error))
        {
            found = new FoundStatus(line, versionWritten, true);
            return true;
        }

        if (error.Kind == SipStatusLineErrorKind.InvalidUtf8 && SipStatusLine.TryParse(Encoding.UTF8.GetString(text), out line))
        {
            found = new FoundStatus(line, versionWritten, false);
            return true;
        }

        found = default;
        return false;
    }

    /// <summary>
    /// A tshark summary row, <c>5 0.12 10.0.0.2 → 10.0.0.1 SIP 512 Status: 486 Busy Here |</c>: the protocol column
    /// (<c>SIP</c>, <c>SIP/SDP</c>, <c>SIP/sipfrag</c>), the length, then <c>Status: </c> for a response or
    /// <c>Request: </c> for a request. A response's phrase ends before tshark's <c> | </c> and before the
    /// <c> (INVITE)</c> it adds after the phrase of some responses. A request's row holds no response; a NOTIFY whose
    /// body is a sipfrag shows its first line as <c>, with Sipfrag(SIP/2.0 486 Busy Here)</c>, read as a sipfrag.
    /// </summary>
    /// <returns>Whether the line is a tshark summary row; <paramref name="kind"/> says what it holds.</returns>
    public static bool TryTsharkRow(ReadOnlySpan<byte> content, out TraceFind kind, out FoundStatus found)
    {
        kind = TraceFind.None;
        found = default;
        if (content.IndexOf(": "u8) < 0)
        {
            // Neither Status: nor Request: (a plain status or request line): one search instead of two.
            return false;
        }

        var status = content.IndexOf("Status: "u8);
        var request = content.IndexOf("Request: "u8);
        var at = status >= 0 && (request < 0 || status < request) ? status : request;
        if (at < 0 || !AfterSummaryColumns(content[..at]))
        {
            return false;
        }

        if (at == status)
        {
            var rest = content[(at + "Status: ".Length)..];
            if (rest.Length >= 3 && (rest.Length == 3 || rest[3] == ' '))
            {
                var words = rest.Length > 4 ? rest[4..] : [];
                var bar = words.IndexOf(" |"u8);
                var phrase = WithoutMethod((bar >= 0 ? words[..bar] : words).TrimEnd((byte)' '));
                var wire = new byte[s_version.Length + 4 + phrase.Length];
                s_version.CopyTo(wire, 0);
                rest[..3].CopyTo(wire.AsSpan(s_version.Length));
                wire[s_version.Length + 3] = (byte)' ';
                phrase.CopyTo(wire.AsSpan(s_version.Length + 4));
                if (TryRead(wire, false, out found))
                {
                    kind = TraceFind.Response;
                }
            }

            return true;
        }

        var sipfrag = content.IndexOf(", with Sipfrag("u8);
        if (sipfrag > at)
        {
            var quoted = content[(sipfrag + ", with Sipfrag(".Length)..];
            var close = quoted.LastIndexOf((byte)')');
            if (close >= 0 && TryRead(quoted[..close], true, out found))
            {
                kind = TraceFind.Sipfrag;
            }
        }

        return true;
    }

    /// <summary>Whether the text before <c>Status: </c> ends like tshark's columns: <c> SIP[/…] 512 </c>.</summary>
    private static bool AfterSummaryColumns(ReadOnlySpan<byte> before)
    {
        var i = before.Length - 1;
        if (i < 0 || before[i] != ' ')
        {
            return false;
        }

        var digitsEnd = i;
        while (i > 0 && before[i - 1] is >= (byte)'0' and <= (byte)'9')
        {
            i--;
        }

        if (i == digitsEnd || i == 0 || before[i - 1] != ' ')
        {
            return false;
        }

        i--;
        while (i > 0 && before[i - 1] == ' ')
        {
            i--;
        }

        var tokenEnd = i;
        while (i > 0 && before[i - 1] != ' ')
        {
            i--;
        }

        var token = before[i..tokenEnd];
        return i > 0 && token.StartsWith("SIP"u8) && (token.Length == 3 || token[3] == '/');
    }

    /// <summary>A tshark phrase without the <c> (METHOD)</c> tshark appends, when what is in parentheses is a SIP method.</summary>
    private static ReadOnlySpan<byte> WithoutMethod(ReadOnlySpan<byte> phrase)
    {
        if (phrase.Length < 4 || phrase[^1] != ')')
        {
            return phrase;
        }

        var open = phrase.LastIndexOf(" ("u8);
        if (open < 0)
        {
            return phrase;
        }

        var name = phrase[(open + 2)..^1];
        foreach (var method in s_methods)
        {
            if (name.Length == method.Length && Ascii.Equals(name, method))
            {
                return phrase[..open];
            }
        }

        return phrase;
    }

    /// <summary>Whether <paramref name="content"/> starts as an ngrep packet header does: its protocol letter, a capital, and a space.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool StartsLikeNgrepHeader(ReadOnlySpan<byte> content) =>
        content.Length > 1 && content[0] is >= (byte)'A' and <= (byte)'Z' && content[1] == ' ';

    /// <summary>
    /// An ngrep packet header, <c>U 10.0.0.1:5060 -> 10.0.0.2:5060 #3</c>: the protocol letter, with -t or -T a
    /// timestamp, the addresses, for TCP the flags (<c>[AP]</c>), the packet number. With -W single the payload
    /// follows on the same line; <paramref name="payload"/> is where it starts, or -1.
    /// </summary>
    public static bool TryNgrepHeader(ReadOnlySpan<byte> content, out int payload)
    {
        payload = -1;
        if (content.Length < 10 || !StartsLikeNgrepHeader(content))
        {
            return false;
        }

        var arrow = content.IndexOf(" -> "u8);
        if (arrow < 0 || !EndsWithPort(content[..arrow]))
        {
            return false;
        }

        var i = arrow + 4;
        var start = i;
        while (i < content.Length && content[i] != ' ')
        {
            i++;
        }

        if (!EndsWithPort(content[start..i]))
        {
            return false;
        }

        if (i + 1 < content.Length && content[i + 1] == '[')
        {
            var close = content[i..].IndexOf((byte)']');
            if (close < 0)
            {
                return false;
            }

            i += close + 1;
        }

        if (i + 2 < content.Length && content[i + 1] == '#' && content[(i + 2)..].IndexOfAnyExceptInRange((byte)'0', (byte)'9') < 0)
        {
            return true;
        }

        payload = i + 1 < content.Length ? i + 1 : -1;
        return true;
    }

    private static bool EndsWithPort(ReadOnlySpan<byte> text)
    {
        var colon = text.LastIndexOf((byte)':');
        return colon > 0 && colon < text.Length - 1 && text[(colon + 1)..].IndexOfAnyExceptInRange((byte)'0', (byte)'9') < 0;
    }

    /// <summary>
    /// ngrep's default and -W single views show a whole packet on one line, each CR and LF as <c>.</c> (and each byte
    /// that is not printable ASCII too): a status line only at the start of the payload, its phrase ending before the
    /// <c>..</c> of its CRLF, the one followed by the next header's name and colon (or by a name cut off at the end of
    /// the line), else at the end of the line, without the spaces ngrep pads it with.
    /// </summary>
    public static bool TryNgrepPayload(ReadOnlySpan<byte> payload, out FoundStatus found)
    {
        found = default;
        if (payload.Length < 4 || (payload[0] | 0x20) != 's' || (payload[1] | 0x20) != 'i' || (payload[2] | 0x20) != 'p' || payload[3] != '/')
        {
            return false;
        }

        for (var crlf = payload.IndexOf(".."u8); crlf >= 0; crlf = NextDots(payload, crlf + 1))
        {
            if (HeaderNameFollows(payload[(crlf + 2)..]))
            {
                return TryRead(payload[..crlf], true, out found);
            }
        }

        return TryRead(payload.TrimEnd((byte)' '), true, out found);
    }

    private static int NextDots(ReadOnlySpan<byte> text, int from)
    {
        var next = text[from..].IndexOf(".."u8);
        return next < 0 ? -1 : from + next;
    }

    /// <summary>Whether the text starts with a header name (RFC 3261 section 25.1, token) and a colon, or with a name cut off by the end.</summary>
    private static bool HeaderNameFollows(ReadOnlySpan<byte> text)
    {
        var i = 0;
        while (i < text.Length && (IsWordByte(text[i]) || text[i] is (byte)'-' or (byte)'_' or (byte)'!' or (byte)'%' or (byte)'*' or (byte)'+' or (byte)'`' or (byte)'\'' or (byte)'~'))
        {
            i++;
        }

        if (i == 0 && text.Length > 0)
        {
            return false;
        }

        i = SkipSpaces(text, i);
        return i == text.Length || text[i] == ':';
    }

    /// <summary>Whether a line ends like a SIP request line, <c>INVITE sip:bob@example.com SIP/2.0</c> (RFC 3261 section 7.1).</summary>
    public static bool IsRequestLine(ReadOnlySpan<byte> line) =>
        line.Length > 8 && line[^8] == ' ' && StartsWithIgnoringCase(line[^7..], "SIP/2.0");

    /// <summary>
    /// Whether a header line is <c>Content-Type: message/sipfrag</c> (RFC 3420 section 2), also in the compact form
    /// <c>c:</c> (RFC 3261 section 7.3.3), the line starting at its name.
    /// </summary>
    public static bool IsSipfragContentType(ReadOnlySpan<byte> line)
    {
        var name = line.Length > 12 && StartsWithIgnoringCase(line, "Content-Type") ? 12 : 1;
        var colon = SkipSpaces(line, name);
        if (colon >= line.Length || line[colon] != ':')
        {
            return false;
        }

        var value = line[SkipSpaces(line, colon + 1)..];
        return value.Length >= 15 && StartsWithIgnoringCase(value, "message/sipfrag") && (value.Length == 15 || value[15] is (byte)';' or (byte)' ' or (byte)'\t');
    }

    /// <summary>The first index from <paramref name="from"/> that is not a space or tab.</summary>
    public static int SkipSpaces(ReadOnlySpan<byte> text, int from)
    {
        while (from < text.Length && text[from] is (byte)' ' or (byte)'\t')
        {
            from++;
        }

        return from;
    }

    /// <summary>Whether <paramref name="text"/> starts with <paramref name="name"/>, ASCII letters in any case; text is at least as long.</summary>
    public static bool StartsWithIgnoringCase(ReadOnlySpan<byte> text, string name)
    {
        for (var i = 0; i < name.Length; i++)
        {
            if ((text[i] | 0x20) != (name[i] | 0x20))
            {
                return false;
            }
        }

        return true;
    }

    private static int IndexOfSip(ReadOnlySpan<byte> content, int from)
    {
        while (from + 2 < content.Length)
        {
            var s = content[from..].IndexOfAny((byte)'S', (byte)'s');
            if (s < 0)
            {
                return -1;
            }

            var i = from + s;
            if (i + 2 < content.Length && (content[i + 1] | 0x20) == 'i' && (content[i + 2] | 0x20) == 'p')
            {
                return i;
            }

            from = i + 1;
        }

        return -1;
    }

    private static bool IsWordByte(byte b) => (b | 0x20) is >= (byte)'a' and <= (byte)'z' || b is >= (byte)'0' and <= (byte)'9';
}
