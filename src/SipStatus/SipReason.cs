using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;
using SipStatus.Parsing;

namespace SipStatus;

/// <summary>
/// One value of a SIP Reason header (RFC 3326): why a request was ended or a call failed, as a SIP status code or an
/// ITU-T Q.850 cause (which RFC 6432 lets a response carry as well), with an optional text. For example
/// <c>Q.850;cause=16;text="Normal call clearing"</c>. Instances are immutable and safe to share between threads.
/// </summary>
public sealed class SipReason : IEquatable<SipReason>
{
    /// <summary>The protocol whose cause is a SIP status code: <c>SIP</c>.</summary>
    public const string SipProtocol = "SIP";

    /// <summary>The protocol whose cause is an ITU-T Q.850 cause value: <c>Q.850</c>.</summary>
    public const string Q850Protocol = "Q.850";

    /// <summary>Q.850 cause 16, normal call clearing, which ends a call with a BYE or CANCEL (RFC 3398 section 7.2.4.1).</summary>
    private const int NormalCallClearing = 16;

    /// <summary>Creates a reason, for example to write a Reason header with <see cref="ToString"/>.</summary>
    /// <param name="protocol">
    /// <see cref="SipProtocol"/>, <see cref="Q850Protocol"/> or another protocol token; SIP and Q.850 are recognised
    /// whatever their case and stored in their registered spelling.
    /// </param>
    /// <param name="cause">The cause: a SIP status code, a Q.850 cause value, or a cause of another protocol; not negative.</param>
    /// <param name="text">The text, or null for none; it may not hold a line break.</param>
    /// <exception cref="ArgumentNullException"><paramref name="protocol"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="protocol"/> is not a token, or <paramref name="text"/> holds a line break.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="cause"/> is negative.</exception>
    public SipReason(string protocol, int cause, string? text = null)
    {
        if (protocol is null)
        {
            throw new ArgumentNullException(nameof(protocol));
        }

        if (protocol.Length == 0 || !IsToken(protocol))
        {
            throw new ArgumentException($"'{Excerpts.Of(protocol)}' is not a Reason protocol: a protocol is a token (letters, digits and -.!%*_+`'~).", nameof(protocol));
        }

        if (cause < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(cause), cause, FormattableString.Invariant($"{cause} is not a Reason cause: a cause is a number, 0 or more."));
        }

        if (text is not null && (text.IndexOf('\r') >= 0 || text.IndexOf('\n') >= 0))
        {
            throw new ArgumentException($"The Reason text '{Excerpts.Of(text)}' holds a line break, which a header cannot carry.", nameof(text));
        }

        Protocol = Canonical(protocol);
        Cause = cause;
        Text = text;
    }

    /// <summary>The protocol: <see cref="SipProtocol"/>, <see cref="Q850Protocol"/> or another token, as received.</summary>
    public string Protocol { get; }

    /// <summary>The cause: a SIP status code for <see cref="SipProtocol"/>, a Q.850 cause value for <see cref="Q850Protocol"/>.</summary>
    public int Cause { get; }

    /// <summary>The text, with quoted-pair escapes resolved, or null where the reason has none.</summary>
    public string? Text { get; }

    /// <summary>Whether the cause is a SIP status code.</summary>
    public bool IsSip => string.Equals(Protocol, SipProtocol, StringComparison.Ordinal);

    /// <summary>Whether the cause is an ITU-T Q.850 cause value.</summary>
    public bool IsQ850 => string.Equals(Protocol, Q850Protocol, StringComparison.Ordinal);

    /// <summary>
    /// Parses one reason-value, for example <c>Q.850 ;cause=16 ;text="Terminated"</c>. Linear white space (including
    /// folded lines) around separators, quoted-pair escapes in the text, any parameter order and extension parameters
    /// (accepted and ignored) are all fine. A reason needs a <c>cause</c>; the text, if any, must be a quoted string.
    /// </summary>
    /// <param name="value">The header value (without <c>Reason:</c>).</param>
    /// <returns>The reason.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    /// <exception cref="FormatException">
    /// <paramref name="value"/> is not one reason-value; the message gives the zero-based position of the problem and a
    /// short excerpt of the input around it. A value listing several reasons is for <see cref="ParseAll"/>.
    /// </exception>
    public static SipReason Parse(string value)
    {
        if (value is null)
        {
            throw new ArgumentNullException(nameof(value));
        }

        var reader = new Reader(value);
        var reason = reader.ReadSingle();
        return reason ?? throw reader.Error();
    }

    /// <summary>Parses one reason-value as <see cref="Parse"/> does. Never throws.</summary>
    /// <param name="value">The header value, or null.</param>
    /// <param name="reason">The reason, or null when <paramref name="value"/> is not one reason-value.</param>
    /// <returns>Whether <paramref name="value"/> is one reason-value.</returns>
    public static bool TryParse(string? value, [NotNullWhen(true)] out SipReason? reason)
    {
        reason = value is null ? null : new Reader(value).ReadSingle();
        return reason is not null;
    }

    /// <summary>
    /// Parses a whole Reason header value: one or more reason-values separated by commas (a comma inside a quoted text
    /// separates nothing). RFC 6432 lets a response carry a SIP and a Q.850 reason together, for example
    /// <c>SIP;cause=486;text="Busy Here", Q.850;cause=17</c>. Each value follows the rules of <see cref="Parse"/>.
    /// </summary>
    /// <param name="value">The header value (without <c>Reason:</c>).</param>
    /// <returns>The reasons in the order given; read-only.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    /// <exception cref="FormatException">
    /// A value is malformed or empty; the message gives the zero-based position of the problem and a short excerpt.
    /// </exception>
    public static IReadOnlyList<SipReason> ParseAll(string value)
    {
        if (value is null)
        {
            throw new ArgumentNullException(nameof(value));
        }

        var reader = new Reader(value);
        return reader.ReadAll() ?? throw reader.Error();
    }

    /// <summary>Parses a whole Reason header value as <see cref="ParseAll"/> does. Never throws.</summary>
    /// <param name="value">The header value, or null.</param>
    /// <param name="reasons">The reasons, or null when <paramref name="value"/> is malformed.</param>
    /// <returns>Whether <paramref name="value"/> is a well-formed list of reason-values.</returns>
    public static bool TryParseAll(string? value, [NotNullWhen(true)] out IReadOnlyList<SipReason>? reasons)
    {
        reasons = value is null ? null : new Reader(value).ReadAll();
        return reasons is not null;
    }

    /// <summary>
    /// Explains the reason in the language of <paramref name="culture"/> (Dutch for any Dutch culture, English for
    /// every other): for SIP, the status code as <see cref="SipStatusCatalog.Explain(int, CultureInfo)"/> does; for Q.850, the cause's
    /// name and the SIP response RFC 3398 section 7.2.4.1 gives it (saying so where that is only the RFC's default
    /// response, and that no response is sent for causes 16 and 44); for another protocol, that it cannot be
    /// explained. The text, if any, is quoted at the end. Never throws.
    /// </summary>
    /// <param name="culture">The culture whose language to use; null for <see cref="CultureInfo.CurrentUICulture"/>.</param>
    /// <returns>A paragraph.</returns>
    public string Explain(CultureInfo? culture = null) => ExplainIn(SipLanguage.FromCulture(culture).Index);

    /// <summary>Explains the reason in <paramref name="language"/>, as <see cref="Explain(CultureInfo)"/> does. Never throws.</summary>
    /// <param name="language">The language, for example <see cref="SipLanguage.Dutch"/> or <c>SipLanguage.FromTag("nl-BE")</c>.</param>
    /// <returns>A paragraph.</returns>
    public string Explain(SipLanguage language) => ExplainIn(language.Index);

    private string ExplainIn(int language)
    {
        string text;
        if (IsSip)
        {
            text = (uint)(Cause - SipStatusCatalog.MinCode) <= SipStatusCatalog.MaxCode - SipStatusCatalog.MinCode
                ? SipStatusCatalog.FormatSentence(SipStatusSentences.ReasonSip[language], SipStatusCatalog.ExplainIn(Cause, language))
                : SipStatusCatalog.FormatSentence(SipStatusSentences.ReasonSipInvalid[language], Cause);
        }
        else if (IsQ850)
        {
            if (Cause > Q850.MaxCause)
            {
                text = SipStatusCatalog.FormatSentence(SipStatusSentences.ReasonQ850Invalid[language], Cause);
            }
            else if (Q850.ToSipStatusCode(Cause) is { } code)
            {
                var info = SipStatusCatalog.Resolve((int)code);
                var sentence = Q850.IsMappedByRfc3398(Cause) ? SipStatusSentences.ReasonQ850 : SipStatusSentences.ReasonQ850Default;
                text = SipStatusCatalog.FormatSentence(sentence[language], Cause, Q850.GetCauseName(Cause), info.Value, info.ReasonPhrase, info.DescriptionIn(language));
            }
            else
            {
                // RFC 3398 section 7.2.4.1 sends no response for two causes, for different reasons: 16 ends the call
                // with a BYE or CANCEL, and 44 is untranslatable.
                var sentence = Cause == NormalCallClearing ? SipStatusSentences.ReasonQ850Clearing : SipStatusSentences.ReasonQ850Untranslatable;
                text = SipStatusCatalog.FormatSentence(sentence[language], Cause, Q850.GetCauseName(Cause));
            }
        }
        else
        {
            text = SipStatusCatalog.FormatSentence(SipStatusSentences.ReasonOther[language], Protocol, Cause);
        }

        return Text is null ? text : text + " " + SipStatusCatalog.FormatSentence(SipStatusSentences.ReasonText[language], Text);
    }

    /// <summary>The reason as a header value, for example <c>Q.850;cause=16;text="Normal call clearing"</c>; <see cref="Parse"/> reads it back.</summary>
    /// <returns>The reason-value, with the text quoted and escaped as needed.</returns>
    public override string ToString()
    {
        var builder = new StringBuilder(Protocol).Append(";cause=").Append(Cause.ToString(CultureInfo.InvariantCulture));
        if (Text is not null)
        {
            builder.Append(";text=\"");
            foreach (var c in Text)
            {
                if (c is '"' or '\\' || (IsAsciiControl(c) && c != '\t'))
                {
                    builder.Append('\\');
                }

                builder.Append(c);
            }

            builder.Append('"');
        }

        return builder.ToString();
    }

    /// <summary>Whether two reasons have the same protocol, cause and text (protocols compared ignoring case).</summary>
    /// <param name="other">Another reason, or null.</param>
    /// <returns>True when they are equal.</returns>
    public bool Equals(SipReason? other) =>
        other is not null
        && string.Equals(Protocol, other.Protocol, StringComparison.OrdinalIgnoreCase)
        && Cause == other.Cause
        && string.Equals(Text, other.Text, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as SipReason);

    /// <inheritdoc />
    public override int GetHashCode() =>
        unchecked((StringComparer.OrdinalIgnoreCase.GetHashCode(Protocol) * 397) ^ (Cause * 31) ^ (Text is null ? 0 : StringComparer.Ordinal.GetHashCode(Text)));

    private static string Canonical(string protocol) =>
        string.Equals(protocol, SipProtocol, StringComparison.OrdinalIgnoreCase) ? SipProtocol
        : string.Equals(protocol, Q850Protocol, StringComparison.OrdinalIgnoreCase) ? Q850Protocol
        : protocol;

    private static bool IsToken(string text)
    {
        foreach (var c in text)
        {
            if (!IsTokenChar(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>RFC 3261 token characters: alphanum / "-" / "." / "!" / "%" / "*" / "_" / "+" / "`" / "'" / "~".</summary>
    private static bool IsTokenChar(char c) =>
        c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9')
            or '-' or '.' or '!' or '%' or '*' or '_' or '+' or '`' or '\'' or '~';

    /// <summary>The characters a quoted string can carry only as a quoted-pair (RFC 3261 qdtext has none of them but tab).</summary>
    private static bool IsAsciiControl(char c) => c < ' ' || c == '\x7f';

    /// <summary>
    /// Reads reason-values (RFC 3326 section 2 with RFC 3261 section 25.1's SWS, SEMI, EQUAL, COMMA, token,
    /// quoted-string and generic-param). Never throws: on a problem it returns null and keeps the position and a
    /// description for <see cref="Error"/>.
    /// </summary>
    private sealed class Reader
    {
        private readonly string _text;
        private int _position;
        private int _errorPosition;
        private string _problem = string.Empty;

        public Reader(string text) => _text = text;

        public FormatException Error() =>
            new($"Not a valid Reason header value: {_problem} at position {_errorPosition.ToString(CultureInfo.InvariantCulture)} (near \"{Excerpts.Of(_text, _errorPosition)}\").");

        public SipReason? ReadSingle()
        {
            SkipWhiteSpace();
            var reason = ReadReason();
            if (reason is null)
            {
                return null;
            }

            SkipWhiteSpace();
            if (_position < _text.Length && _text[_position] == ',')
            {
                return Fail("the value lists more than one reason (use ParseAll)");
            }

            return reason;
        }

        public IReadOnlyList<SipReason>? ReadAll()
        {
            var reasons = new List<SipReason>();
            SkipWhiteSpace();
            while (true)
            {
                var reason = ReadReason();
                if (reason is null)
                {
                    return null;
                }

                reasons.Add(reason);
                SkipWhiteSpace();
                if (_position == _text.Length)
                {
                    return new ReadOnlyCollection<SipReason>(reasons);
                }

                _position++; // ReadReason stops only at the end or at a comma.
                SkipWhiteSpace();
            }
        }

        private SipReason? ReadReason()
        {
            var start = _position;
            var protocol = ReadToken();
            if (protocol is null)
            {
                return _text.Trim().Length == 0
                    ? Fail("the value is empty", 0)
                    : Fail("expected a protocol token (SIP, Q.850 or another)");
            }

            int? cause = null;
            string? text = null;
            while (true)
            {
                SkipWhiteSpace();
                if (_position == _text.Length || _text[_position] != ';')
                {
                    break;
                }

                _position++;
                SkipWhiteSpace();
                var nameStart = _position;
                var name = ReadToken();
                if (name is null)
                {
                    return Fail("expected a parameter name");
                }

                SkipWhiteSpace();
                var hasValue = _position < _text.Length && _text[_position] == '=';
                if (hasValue)
                {
                    _position++;
                    SkipWhiteSpace();
                }

                if (string.Equals(name, "cause", StringComparison.OrdinalIgnoreCase))
                {
                    if (cause is not null)
                    {
                        return Fail("the cause parameter is repeated", nameStart);
                    }

                    cause = hasValue ? ReadCause() : null;
                    if (cause is null)
                    {
                        return hasValue ? null : Fail("the cause parameter has no value", nameStart);
                    }
                }
                else if (string.Equals(name, "text", StringComparison.OrdinalIgnoreCase))
                {
                    if (text is not null)
                    {
                        return Fail("the text parameter is repeated", nameStart);
                    }

                    if (!hasValue || _position == _text.Length || _text[_position] != '"')
                    {
                        return Fail("the text parameter must be a quoted string");
                    }

                    text = ReadQuotedString();
                    if (text is null)
                    {
                        return null;
                    }
                }
                else if (hasValue && !SkipGenericValue())
                {
                    return null;
                }
            }

            if (_position < _text.Length && _text[_position] != ',')
            {
                return Fail("unexpected character");
            }

            return cause is { } value ? new SipReason(protocol, value, text) : Fail("the reason has no cause parameter", start);
        }

        private int? ReadCause()
        {
            var start = _position;
            long value = 0;
            while (_position < _text.Length && _text[_position] is >= '0' and <= '9')
            {
                value = (value * 10) + (_text[_position] - '0');
                if (value > int.MaxValue)
                {
                    Fail("the cause is too large", start);
                    return null;
                }

                _position++;
            }

            if (_position == start)
            {
                Fail("the cause must be digits");
                return null;
            }

            return (int)value;
        }

        /// <summary>A quoted-string at the current '"': qdtext, LWS (a folded line reads as its white space) and quoted-pairs.</summary>
        private string? ReadQuotedString()
        {
            var start = _position;
            _position++;
            var builder = new StringBuilder();
            while (_position < _text.Length)
            {
                var c = _text[_position];
                if (c == '"')
                {
                    _position++;
                    return builder.ToString();
                }

                if (c == '\\')
                {
                    if (_position + 1 == _text.Length || _text[_position + 1] is '\r' or '\n' || _text[_position + 1] > '\x7f')
                    {
                        Fail("a backslash in a quoted string must escape an ASCII character");
                        return null;
                    }

                    builder.Append(_text[_position + 1]);
                    _position += 2;
                    continue;
                }

                if (c is '\r' or '\n')
                {
                    var fold = LineFoldLength(_position);
                    if (fold == 0)
                    {
                        Fail("a line break in a quoted string must be followed by white space");
                        return null;
                    }

                    _position += fold;
                    continue;
                }

                if (IsAsciiControl(c) && c != '\t')
                {
                    Fail("a quoted string may not hold a control character");
                    return null;
                }

                builder.Append(c);
                _position++;
            }

            Fail("the quoted string is not closed", start);
            return null;
        }

        /// <summary>gen-value = token / host / quoted-string; a host is a token or an IPv6 reference in brackets.</summary>
        private bool SkipGenericValue()
        {
            if (_position < _text.Length && _text[_position] == '"')
            {
                return ReadQuotedString() is not null;
            }

            if (_position < _text.Length && _text[_position] == '[')
            {
                var close = _text.IndexOf(']', _position);
                var inside = close < 0 ? string.Empty : _text.Substring(_position + 1, close - _position - 1);
                if (inside.Length == 0 || !IsIPv6(inside))
                {
                    Fail("expected an IPv6 reference in brackets");
                    return false;
                }

                _position = close + 1;
                return true;
            }

            if (ReadToken() is null)
            {
                Fail("expected a parameter value");
                return false;
            }

            return true;
        }

        private static bool IsIPv6(string text)
        {
            foreach (var c in text)
            {
                if (!(c is (>= '0' and <= '9') or (>= 'a' and <= 'f') or (>= 'A' and <= 'F') or ':' or '.'))
                {
                    return false;
                }
            }

            return true;
        }

        private string? ReadToken()
        {
            var start = _position;
            while (_position < _text.Length && IsTokenChar(_text[_position]))
            {
                _position++;
            }

            return _position == start ? null : _text.Substring(start, _position - start);
        }

        /// <summary>SWS: spaces and tabs, and line breaks (CRLF or LF) that fold onto a line starting with white space.</summary>
        private void SkipWhiteSpace()
        {
            while (_position < _text.Length)
            {
                var c = _text[_position];
                if (c is ' ' or '\t')
                {
                    _position++;
                }
                else if (LineFoldLength(_position) is var fold and > 0)
                {
                    _position += fold;
                }
                else
                {
                    return;
                }
            }
        }

        /// <summary>The length of a line break at <paramref name="at"/> that is followed by white space, or 0.</summary>
        private int LineFoldLength(int at)
        {
            var length = at + 1 < _text.Length && _text[at] == '\r' && _text[at + 1] == '\n' ? 2 : at < _text.Length && _text[at] == '\n' ? 1 : 0;
            return length > 0 && at + length < _text.Length && _text[at + length] is ' ' or '\t' ? length : 0;
        }

        private SipReason? Fail(string problem, int? at = null) => Fail<SipReason>(problem, at);

        private T? Fail<T>(string problem, int? at = null)
            where T : class
        {
            _problem = problem;
            _errorPosition = at ?? _position;
            return null;
        }
    }
}
