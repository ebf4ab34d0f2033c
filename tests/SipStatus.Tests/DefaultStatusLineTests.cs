using System;
using System.Text;
using FluentAssertions;
using Xunit;

namespace SipStatus.Tests;

/// <summary>
/// <c>default(SipStatusLine)</c> is not a status line, and every member answers it without throwing, as documented:
/// code 0, no class, no row, an empty phrase, version SIP/2.0, and the text <c>SIP/2.0 0 </c>.
/// </summary>
public class DefaultStatusLineTests
{
    private static readonly SipStatusLine s_default = default;

    [Fact]
    public void Its_parts_are_code_0_version_SIP_2_0_and_an_empty_phrase()
    {
        s_default.Code.Should().Be(0);
        s_default.Version.Should().Be("SIP/2.0");
        s_default.ReasonPhrase.Should().BeEmpty();
    }

    [Fact]
    public void Its_status_and_class_are_the_enums_0_which_name_nothing()
    {
        s_default.Status.Should().Be((SipStatusCode)0);
        s_default.Status.IsDefined().Should().BeFalse();
        s_default.Class.Should().Be((SipStatusClass)0);
        Enum.IsDefined(typeof(SipStatusClass), s_default.Class).Should().BeFalse();
    }

    [Fact]
    public void It_has_no_catalog_row_and_no_canonical_phrase()
    {
        s_default.Info.Should().BeNull();
        s_default.IsCanonicalReasonPhrase.Should().BeFalse();
    }

    [Fact]
    public void It_formats_as_SIP_2_0_0_which_is_no_status_line()
    {
        s_default.ToString().Should().Be("SIP/2.0 0 ");
        s_default.ToString(null, null).Should().Be("SIP/2.0 0 ");
        s_default.ToString("G", null).Should().Be("SIP/2.0 0 ");
        $"{s_default}".Should().Be("SIP/2.0 0 ");
        FluentActions.Invoking(() => s_default.ToString("X", null)).Should().Throw<FormatException>("a bad format is refused as for any line");

        Span<char> chars = stackalloc char[16];
        s_default.TryFormat(chars, out var charsWritten).Should().BeTrue();
        chars[..charsWritten].ToString().Should().Be("SIP/2.0 0 ");
        s_default.TryFormat(chars[..9], out charsWritten).Should().BeFalse();
        charsWritten.Should().Be(0);
        Span<byte> bytes = stackalloc byte[16];
        s_default.TryFormat(bytes, out var bytesWritten).Should().BeTrue();
        Encoding.UTF8.GetString(bytes[..bytesWritten]).Should().Be("SIP/2.0 0 ");

        SipStatusLine.TryParse(s_default.ToString(), out _, out var error).Should().BeFalse("0 is no status code");
        error!.Kind.Should().Be(SipStatusLineErrorKind.InvalidCode);
    }

    [Fact]
    public void It_equals_another_default_and_nothing_parsed_or_created()
    {
        var other = default(SipStatusLine);
        s_default.Equals(other).Should().BeTrue();
        s_default.Equals((object)other).Should().BeTrue();
        (s_default == other).Should().BeTrue();
        (s_default != other).Should().BeFalse();
        s_default.GetHashCode().Should().Be(other.GetHashCode());

        var created = SipStatusLine.Create(SipStatusCode.Ok);
        s_default.Equals(created).Should().BeFalse();
        s_default.Equals((object)created).Should().BeFalse();
        s_default.Equals(null).Should().BeFalse();
        (s_default == created).Should().BeFalse();
        (s_default != created).Should().BeTrue();
        SipStatusLine.TryParse("nonsense", out var refused).Should().BeFalse();
        refused.Should().Be(s_default, "a refused TryParse gives the default line");
    }
}
