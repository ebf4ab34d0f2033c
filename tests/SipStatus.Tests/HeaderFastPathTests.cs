using System;
using System.Text;
using FluentAssertions;
using SipStatus.Parsing;
using Xunit;

namespace SipStatus.Tests;

/// <summary>
/// The strict reader of the common shapes of Reason and Warning values, which a diagnosis takes before the general
/// readers: what it accepts it must read as the grammar says (RFC 3326 section 2 for Reason, RFC 3261 section 20.43
/// and 25.1 for Warning), and everything outside its subset it must leave to the general readers (null or false)
/// rather than read it its own way. Each value is read as UTF-8 bytes and as chars, which must agree.
/// </summary>
public class HeaderFastPathTests
{
    [Theory]
    [InlineData("Q.850;cause=17;text=\"User busy\"", "Q.850", 17, "User busy")]
    [InlineData("Q.850;cause=16", "Q.850", 16, null)]
    [InlineData("SIP;cause=200;text=\"Call completed elsewhere\"", "SIP", 200, "Call completed elsewhere")]
    [InlineData("sip;cause=486", "SIP", 486, null)]
    [InlineData("q.850;cause=34;text=\"\"", "Q.850", 34, "")]
    [InlineData("Q.850;cause=123456789", "Q.850", 123456789, null)]
    [InlineData("Q.850;cause=0", "Q.850", 0, null)]
    [InlineData("X-Vendor.1!%*_+`'~azAZ09;cause=7", "X-Vendor.1!%*_+`'~azAZ09", 7, null)]
    [InlineData("Q.850;cause=31;text=\" ~printable ASCII~ \"", "Q.850", 31, " ~printable ASCII~ ")]
    public void A_reason_in_the_common_shape_is_read_as_the_grammar_says(string value, string protocol, int cause, string? text)
    {
        var reason = Reason(value);
        reason.Should().NotBeNull("the fast path takes {0}", value);
        (reason!.Protocol, reason.Cause, reason.Text).Should().Be((protocol, cause, text));
        SipReason.ParseAll(value).Should().ContainSingle().Which.Should().Be(reason, "the general reader reads it the same");
    }

    [Theory]
    [InlineData(";cause=17")] // no protocol token
    [InlineData("Q.850")] // no cause
    [InlineData("Q.850;text=\"x\"")] // the cause must come first here
    [InlineData("Q.850;cause=")] // no digits
    [InlineData("Q.850;cause=1234567890")] // more than nine digits
    [InlineData("Q.850 ;cause=16")] // white space (RFC 3326 section 2's own example has it)
    [InlineData("Q.850;cause=16 ")]
    [InlineData("Q.850;cause=16;text=\"a\"x")] // something after the text
    [InlineData("Q.850;cause=16;text=\"a")] // no closing quote
    [InlineData("Q.850;cause=16;text=x")] // the text unquoted
    [InlineData("Q.850;cause=16;text=\"a\\\"b\"")] // a quoted-pair
    [InlineData("Q.850;cause=16;text=\"tab\there\"")] // a control character
    [InlineData("Q.850;cause=16;text=\"del\u007Fhere\"")]
    [InlineData("Q.850;cause=16;text=\"Rückruf\"")] // not ASCII
    [InlineData("Q.850;cause=16;foo=1")] // another parameter
    [InlineData("Q.850;cause=16,SIP;cause=200")] // two values
    [InlineData("Q@850;cause=16")] // '@' (before 'A') is no token character
    [InlineData("Q[850;cause=16")] // '[' (after 'Z')
    [InlineData("q{850;cause=16")] // '{' (after 'z')
    [InlineData("Q/850;cause=16")] // '/' (before '0')
    [InlineData("Q:850;cause=16")] // ':' (after '9')
    public void A_reason_outside_the_common_shape_is_left_to_the_general_reader(string value)
    {
        Reason(value).Should().BeNull("{0} is not in the fast path's subset", value);
    }

    [Theory]
    [InlineData("399 pbx.example.com \"Callee is on another call\"", 399, "pbx.example.com", "Callee is on another call")]
    [InlineData("307 isi.edu \"Session parameter 'foo' not understood\"", 307, "isi.edu", "Session parameter 'foo' not understood")]
    [InlineData("399 a \"\"", 399, "a", "")]
    [InlineData("000 a \" ~\"", 0, "a", " ~")]
    [InlineData("370 X-Vendor.1!%*_+`'~azAZ09 \"x\"", 370, "X-Vendor.1!%*_+`'~azAZ09", "x")]
    public void A_warning_in_the_common_shape_is_read_as_the_grammar_says(string value, int code, string agent, string text)
    {
        var read = Warning(value, out var warning);
        read.Should().BeTrue("the fast path takes {0}", value);
        (warning.Code, warning.Agent, warning.Text).Should().Be((code, agent, text));
        SipWarning.ParseAll(value).Should().ContainSingle().Which.Should().Be(warning, "the general reader reads it the same");
    }

    [Theory]
    [InlineData("399 a \"")] // seven characters, no closing quote
    [InlineData("399a \"x\"")] // no space after the code
    [InlineData("39x a \"x\"")] // the code is no three digits
    [InlineData("3999 a \"x\"")]
    [InlineData("399  \"x\"")] // no agent
    [InlineData("399 agent")] // no text
    [InlineData("399 agentname")]
    [InlineData("399 agent\"x\"")] // no space before the text
    [InlineData("399 agent  \"x\"")] // two spaces
    [InlineData("399 agent x")] // the text unquoted
    [InlineData("399 agent \"x\" ")] // something after the text
    [InlineData("399 agent \"x\", 304 b \"y\"")] // two values
    [InlineData("399 agent \"a\\\"b\"")] // a quoted-pair
    [InlineData("399 agent \"\u001F\"")] // a control character
    [InlineData("399 agent \"\u007F\"")]
    [InlineData("399 agent \"é\"")] // not ASCII
    [InlineData("399 [2001:db8::1] \"x\"")] // an IPv6 reference is no token
    [InlineData("304 sbc.example.net:5060 \"Media type not available\"")] // nor is host:port
    public void A_warning_outside_the_common_shape_is_left_to_the_general_reader(string value)
    {
        Warning(value, out _).Should().BeFalse("{0} is not in the fast path's subset", value);
    }

    private static SipReason? Reason(string value)
    {
        var fromChars = HeaderFastPath.Reason(value.AsSpan());
        var fromBytes = HeaderFastPath.Reason(new ReadOnlySpan<byte>(Encoding.UTF8.GetBytes(value)));
        fromBytes.Should().Be(fromChars, "bytes and chars are read alike");
        return fromChars;
    }

    private static bool Warning(string value, out SipWarning warning)
    {
        var fromChars = HeaderFastPath.Warning(value.AsSpan(), out warning);
        var fromBytes = HeaderFastPath.Warning(new ReadOnlySpan<byte>(Encoding.UTF8.GetBytes(value)), out var bytesWarning);
        (fromBytes, bytesWarning).Should().Be((fromChars, warning), "bytes and chars are read alike");
        return fromChars;
    }
}
