using System;
using System.Diagnostics.CodeAnalysis;
using SipStatus.Parsing;

namespace SipStatus;

/// <summary>The reader of Reason header values behind <see cref="SipReason.Parse"/> and its siblings.</summary>
public sealed partial class SipReason
{
    /// <summary>
    /// Reads reason-values (RFC 3326 section 2 with RFC 3261 section 25.1's SWS, SEMI, EQUAL, COMMA, token,
    /// quoted-string and generic-param). Never throws: on a problem it returns false or null and keeps the position
    /// and a description for <see cref="HeaderValueReader{T}.Error"/>.
    /// </summary>
    private sealed class Reader(string text) : HeaderValueReader<SipReason>(text, "Reason", "reason")
    {
        protected override bool TryReadValue([MaybeNullWhen(false)] out SipReason reason)
        {
            reason = ReadReason();
            return reason is not null;
        }

        private SipReason? ReadReason()
        {
            var start = Position;
            var protocol = ReadToken();
            if (protocol is null)
            {
                return Text.Trim().Length == 0
                    ? Fail<SipReason>("the value is empty", 0)
                    : Fail<SipReason>("expected a protocol token (SIP, Q.850 or another)");
            }

            int? cause = null;
            string? text = null;
            while (true)
            {
                SkipWhiteSpace();
                if (AtEnd || Text[Position] != ';')
                {
                    break;
                }

                Position++;
                SkipWhiteSpace();
                var nameStart = Position;
                var name = ReadToken();
                if (name is null)
                {
                    return Fail<SipReason>("expected a parameter name");
                }

                SkipWhiteSpace();
                var hasValue = !AtEnd && Text[Position] == '=';
                if (hasValue)
                {
                    Position++;
                    SkipWhiteSpace();
                }

                if (string.Equals(name, "cause", StringComparison.OrdinalIgnoreCase))
                {
                    if (cause is not null)
                    {
                        return Fail<SipReason>("the cause parameter is repeated", nameStart);
                    }

                    cause = hasValue ? ReadCause() : null;
                    if (cause is null)
                    {
                        return hasValue ? null : Fail<SipReason>("the cause parameter has no value", nameStart);
                    }
                }
                else if (string.Equals(name, "text", StringComparison.OrdinalIgnoreCase))
                {
                    if (text is not null)
                    {
                        return Fail<SipReason>("the text parameter is repeated", nameStart);
                    }

                    if (!hasValue || AtEnd || Text[Position] != '"')
                    {
                        return Fail<SipReason>("the text parameter must be a quoted string");
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

            if (!AtEnd && Text[Position] != ',')
            {
                return Fail<SipReason>("unexpected character");
            }

            return cause is { } value ? new SipReason(protocol, value, text) : Fail<SipReason>("the reason has no cause parameter", start);
        }

        private int? ReadCause()
        {
            var start = Position;
            long value = 0;
            while (!AtEnd && Text[Position] is >= '0' and <= '9')
            {
                value = (value * 10) + (Text[Position] - '0');
                if (value > int.MaxValue)
                {
                    Fail("the cause is too large", start);
                    return null;
                }

                Position++;
            }

            if (Position == start)
            {
                Fail("the cause must be digits");
                return null;
            }

            return (int)value;
        }

        /// <summary>gen-value = token / host / quoted-string; a host is a token or an IPv6 reference in brackets.</summary>
        private bool SkipGenericValue()
        {
            if (!AtEnd && Text[Position] == '"')
            {
                return ReadQuotedString() is not null;
            }

            if (!AtEnd && Text[Position] == '[')
            {
                return SkipIPv6Reference();
            }

            return ReadToken() is not null || Fail("expected a parameter value");
        }
    }
}
