using System;
using SipStatus.Parsing;

namespace SipStatus;

/// <summary>The reader of Warning header values behind <see cref="SipWarning.Parse"/> and its siblings.</summary>
public readonly partial struct SipWarning
{
    /// <summary>
    /// Reads warning-values (RFC 3261 section 25.1: <c>warning-value = warn-code SP warn-agent SP warn-text</c>, with
    /// its hostport, pseudonym = token, quoted-string, SWS and COMMA). Never throws: on a problem it returns false or
    /// null and keeps the position and a description for <see cref="HeaderValueReader{T}.Error"/>.
    /// </summary>
    private sealed class Reader(string text) : HeaderValueReader<SipWarning>(text, "Warning", "warning")
    {
        /// <summary>Whether the whole of <paramref name="agent"/> is one warn-agent.</summary>
        public static bool IsAgent(string agent)
        {
            var reader = new Reader(agent);
            return reader.ReadAgent() is not null && reader.AtEnd;
        }

        protected override bool TryReadValue(out SipWarning warning)
        {
            warning = default;
            if (AtEnd && Text.Trim().Length == 0)
            {
                return Fail("the value is empty", 0);
            }

            var start = Position;
            while (!AtEnd && Position - start < 4 && Text[Position] is >= '0' and <= '9')
            {
                Position++;
            }

            if (Position - start != 3)
            {
                return Fail("the warn-code must be three digits", start);
            }

            var code = StatusCodeDigits.Value(Text[start], Text[start + 1], Text[start + 2]);
            if (!ReadSpace("warn-code"))
            {
                return false;
            }

            var agent = ReadAgent();
            if (agent is null || !ReadSpace("warn-agent"))
            {
                return false;
            }

            if (AtEnd || Text[Position] != '"')
            {
                return Fail("the warn-text must be a quoted string");
            }

            var text = ReadQuotedString();
            if (text is null)
            {
                return false;
            }

            SkipWhiteSpace();
            if (!AtEnd && Text[Position] != ',')
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
            var start = Position;
            SkipWhiteSpace();
            return Position > start || Fail($"white space must follow the {after}");
        }

        /// <summary>warn-agent = hostport / pseudonym: a token or an IPv6 reference in brackets, then an optional <c>:port</c> after a host.</summary>
        private string? ReadAgent()
        {
            var start = Position;
            var isHost = true;
            if (!AtEnd && Text[Position] == '[')
            {
                if (!SkipIPv6Reference())
                {
                    return null;
                }
            }
            else
            {
                if (!SkipToken())
                {
                    return Fail<string>("expected a warn-agent (a host with an optional port, or a pseudonym)");
                }

                isHost = IsHostName(Text, start, Position);
            }

            if (!AtEnd && Text[Position] == ':')
            {
                if (!isHost)
                {
                    return Fail<string>("a warn-agent with a port must be a host name or address", start);
                }

                Position++;
                var portStart = Position;
                while (!AtEnd && Text[Position] is >= '0' and <= '9')
                {
                    Position++;
                }

                if (Position == portStart)
                {
                    return Fail<string>("the port of the warn-agent must be digits");
                }
            }

            return Text.Substring(start, Position - start);
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
                if (label.Length == 0 || !HeaderText.IsAlphanumeric(label[0]) || !HeaderText.IsAlphanumeric(label[label.Length - 1]))
                {
                    return false;
                }

                foreach (var c in label)
                {
                    if (!HeaderText.IsAlphanumeric(c) && c != '-')
                    {
                        return false;
                    }
                }
            }

            return labels[count - 1][0] is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z');
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
    }
}
