using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Globalization;
using System.Text;

namespace SipStatus;

/// <summary>The reader of Reason header values behind <see cref="SipReason.Parse"/> and its siblings.</summary>
public sealed partial class SipReason
{
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
