using System;
using System.Text;
using FluentAssertions;
using SipStatus.Parsing;
using Xunit;

namespace SipStatus.Tests;

/// <summary>
/// The Retry-After value reader against RFC 3261: the grammar of section 25.1 (<c>delta-seconds [ comment ] *( SEMI
/// retry-param )</c>, a generic-param's value a token, a host or a quoted string, a comment with nesting and
/// quoted-pairs) and the examples of section 20.33. A refusal says what was expected and where, as bytes and as chars
/// alike.
/// </summary>
public class RetryAfterReaderTests
{
    [Theory]
    [InlineData("18000;duration=3600", 18000)] // RFC 3261 section 20.33
    [InlineData("120 (I'm in a meeting)", 120)] // RFC 3261 section 20.33
    [InlineData("0", 0)]
    [InlineData(" 5 ", 5)]
    [InlineData("922337203685", 922337203685)] // the most whole seconds a TimeSpan holds
    [InlineData("60 (a (nested) comment)", 60)]
    [InlineData("60 (a quoted-pair \\) inside)", 60)]
    [InlineData("60;z;A;Z;9", 60)] // generic-params without a value, names at the ends of the token ranges
    [InlineData("60 ; x-reason = \"a \\\" quote\"", 60)]
    [InlineData("60;maddr=[2001:db8::1]", 60)] // gen-value = token / host / quoted-string
    public void A_value_of_the_grammar_is_read(string value, long seconds)
    {
        Read(value, out var read, out var offset, out var problem).Should().BeTrue();
        (read, offset, problem).Should().Be((seconds, 0, string.Empty));
    }

    [Theory]
    [InlineData("", 0, "delta-seconds (one or more digits) expected")]
    [InlineData("soon", 0, "delta-seconds (one or more digits) expected")]
    [InlineData("922337203686", 0, "the number of seconds is too large for a TimeSpan")]
    [InlineData("120 (open", 4, "the comment is not closed")]
    [InlineData("120 (open (nested)", 4, "the comment is not closed")]
    [InlineData("120 x", 4, "a ';' and a parameter, or the end of the value, expected")]
    [InlineData("120;a=b c", 8, "a ';' and a parameter, or the end of the value, expected")]
    [InlineData("120;", 3, "a parameter name expected after ';'")]
    [InlineData("120;duration=", 13, "a parameter value expected after '='")]
    [InlineData("120;a=;b", 6, "a parameter value expected after '='")]
    [InlineData("120;a=\"unclosed", 6, "a parameter value expected after '='")]
    public void A_value_outside_the_grammar_is_refused_with_what_and_where(string value, int at, string what)
    {
        Read(value, out _, out var offset, out var problem).Should().BeFalse();
        offset.Should().Be(at);
        problem.Should().Be($"Not a valid Retry-After header value: {what} at position {at} of the value.");
    }

    private static bool Read(string value, out long seconds, out int offset, out string problem)
    {
        var fromChars = RetryAfterReader.Read(value.AsSpan(), out seconds, out offset, out problem);
        var fromBytes = RetryAfterReader.Read(new ReadOnlySpan<byte>(Encoding.UTF8.GetBytes(value)), out var byteSeconds, out var byteOffset, out var byteProblem);
        (fromBytes, byteSeconds, byteOffset, byteProblem).Should().Be((fromChars, seconds, offset, problem), "bytes and chars are read alike");
        return fromChars;
    }
}
