using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Text;

namespace SipStatus;

/// <summary>The reader of Warning header values behind <see cref="SipWarning.Parse"/> and its siblings.</summary>
public readonly partial struct SipWarning
{
    /// <summary>
    /// Reads warning-values (RFC 3261 section 25.1: <c>warning-value = warn-code SP warn-agent SP warn-text</c>, with
    /// its hostport, pseudonym = token, quoted-string, SWS and COMMA). Never throws: on a problem it returns false or
    /// null and keeps the position and a description for <see cref="Error"/>.
    /// </summary>
    private sealed class Reader
    {
        private readonly string _text;
        private int _position;
        private int _errorPosition;
        private string _problem = string.Empty;

        public Reader(string text) => _text = text;

        public FormatException Error() =>
            new(FormattableString.Invariant($"Not a valid Warning header value: {_problem} at position {_errorPosition} (near \"{Excerpts.Of(_text, _errorPosition)}\")."));

        /// <summary>Whether the whole of <paramref name="agent"/> is one warn-agent.</summary>
        public static bool IsAgent(string agent)
        {
            var reader = new Reader(agent);
            return reader.ReadAgent() is not null && reader._position == agent.Length;
        }

        public bool ReadSingle(out SipWarning warning)
        {
            SkipWhiteSpace();
            if (!ReadWarning(out warning))
            {
                return false;
            }

            SkipWhiteSpace();
            if (_position < _text.Length)
            {
                warning = default;
                return Fail("the value lists more than one warning (use ParseAll)");
            }

            return true;
        }

        public IReadOnlyList<SipWarning>? ReadAll()
        {
            var warnings = new List<SipWarning>();
            SkipWhiteSpace();
            while (true)
            {
                if (!ReadWarning(out var warning))
                {
                    return null;
                }

                warnings.Add(warning);
                SkipWhiteSpace();
                if (_position == _text.Length)
                {
                    return new ReadOnlyCollection<SipWarning>(warnings);
                }

                _position++; // ReadWarning stops only at the end or at a comma.
                SkipWhiteSpace();
            }
        }

        private bool ReadWarning(out SipWarning warning)
        {
            warning = default;
            if (_position == _text.Length && _text.Trim().Length == 0)
            {
                return Fail("the value is empty", 0);
            }

            var start = _position;
            while (_position < _text.Length && _position - start < 4 && _text[_position] is >= '0' and <= '9')
            {
                _position++;
            }

            if (_position - start != 3)
            {
                return Fail("the warn-code must be three digits", start);
            }

            var code = ((_text[start] - '0') * 100) + ((_text[start + 1] - '0') * 10) + (_text[start + 2] - '0');
            if (!ReadSpace("warn-code"))
            {
                return false;
            }

            var agent = ReadAgent();
            if (agent is null || !ReadSpace("warn-agent"))
            {
                return false;
            }

            if (_position == _text.Length || _text[_position] != '"')
            {
                return Fail("the warn-text must be a quoted string");
            }

            var text = ReadQuotedString();
            if (text is null)
            {
                return false;
            }

            SkipWhiteSpace();
            if (_position < _text.Length && _text[_position] != ',')
            {
                return Fail("unexpected character after the warn-text");
            }

            warning = new SipWarning(code, agent, text, checkedByReader: true);
            return true;
        }

        /// <summary>
        /// The SP the grammar puts after the warn-code and after the warn-agent. RFC 3261 section 25.1: "All linear white
        /// space, including folding, has the same semantics as SP", so any run of spaces, tabs and folded line breaks
        /// will do, as long as there is one.
        /// </summary>
        private bool ReadSpace(string after)
        {
            var start = _position;
            SkipWhiteSpace();
            return _position > start || Fail($"white space must follow the {after}");
        }

        /// <summary>warn-agent = hostport / pseudonym: a token or an IPv6 reference in brackets, then an optional <c>:port</c> after a host.</summary>
        private string? ReadAgent()
        {
            var start = _position;
            var isHost = true;
            if (_position < _text.Length && _text[_position] == '[')
            {
                var close = _text.IndexOf(']', _position);
                if (close < 0 || close == _position + 1 || !IsIPv6(_text, _position + 1, close))
                {
                    return Fail<string>("expected an IPv6 reference in brackets");
                }

                _position = close + 1;
            }
            else
            {
                while (_position < _text.Length && IsTokenChar(_text[_position]))
                {
                    _position++;
                }

                if (_position == start)
                {
                    return Fail<string>("expected a warn-agent (a host with an optional port, or a pseudonym)");
                }

                isHost = IsHostName(_text, start, _position);
            }

            if (_position < _text.Length && _text[_position] == ':')
            {
                if (!isHost)
                {
                    return Fail<string>("a warn-agent with a port must be a host name or address", start);
                }

                _position++;
                var portStart = _position;
                while (_position < _text.Length && _text[_position] is >= '0' and <= '9')
                {
                    _position++;
                }

                if (_position == portStart)
                {
                    return Fail<string>("the port of the warn-agent must be digits");
                }
            }

            return _text.Substring(start, _position - start);
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
                        return Fail<string>("a backslash in a quoted string must escape an ASCII character");
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
                        return Fail<string>("a line break in a quoted string must be followed by white space");
                    }

                    _position += fold;
                    continue;
                }

                if ((c < ' ' && c != '\t') || c == '\x7f')
                {
                    return Fail<string>("a quoted string may not hold a control character");
                }

                builder.Append(c);
                _position++;
            }

            return Fail<string>("the quoted string is not closed", start);
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

        /// <summary>
        /// hostname = *( domainlabel "." ) toplabel [ "." ], or an IPv4address: labels of letters, digits and inner
        /// hyphens, the last starting with a letter, or four groups of one to three digits.
        /// </summary>
        private static bool IsHostName(string text, int start, int end)
        {
            var labels = text.Substring(start, end - start).Split('.');
            var count = labels.Length;
            if (count > 1 && labels[count - 1].Length == 0)
            {
                count--; // a trailing dot
            }

            if (count == 4 && Array.TrueForAll(labels, static l => l.Length is >= 1 and <= 3 && IsDigits(l)))
            {
                return true;
            }

            for (var i = 0; i < count; i++)
            {
                var label = labels[i];
                if (label.Length == 0 || !IsAlphanumeric(label[0]) || !IsAlphanumeric(label[label.Length - 1]))
                {
                    return false;
                }

                foreach (var c in label)
                {
                    if (!IsAlphanumeric(c) && c != '-')
                    {
                        return false;
                    }
                }
            }

            return labels[count - 1][0] is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z');
        }

        private static bool IsIPv6(string text, int start, int end)
        {
            for (var i = start; i < end; i++)
            {
                if (!(text[i] is (>= '0' and <= '9') or (>= 'a' and <= 'f') or (>= 'A' and <= 'F') or ':' or '.'))
                {
                    return false;
                }
            }

            return true;
        }

        private static bool IsDigits(string text)
        {
            foreach (var c in text)
            {
                if (c is not (>= '0' and <= '9'))
                {
                    return false;
                }
            }

            return true;
        }

        private static bool IsAlphanumeric(char c) => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9');

        /// <summary>RFC 3261 token characters: alphanum / "-" / "." / "!" / "%" / "*" / "_" / "+" / "`" / "'" / "~".</summary>
        private static bool IsTokenChar(char c) =>
            IsAlphanumeric(c) || c is '-' or '.' or '!' or '%' or '*' or '_' or '+' or '`' or '\'' or '~';

        private bool Fail(string problem, int? at = null)
        {
            _problem = problem;
            _errorPosition = at ?? _position;
            return false;
        }

        private T? Fail<T>(string problem, int? at = null)
            where T : class
        {
            Fail(problem, at);
            return null;
        }
    }
}
