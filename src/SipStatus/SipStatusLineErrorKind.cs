namespace SipStatus;

/// <summary>What is wrong with text that is not a status line (<see cref="SipStatusLineError.Kind"/>).</summary>
public enum SipStatusLineErrorKind
{
    /// <summary>The line is empty: the input is, or it starts with a line end. A status line starts with the SIP version.</summary>
    Empty = 1,

    /// <summary>The SIP version is not <c>SIP/</c> followed by digits, a dot and digits (<c>SIP/2</c>, <c>HTTP/1.1</c>).</summary>
    InvalidVersion,

    /// <summary>
    /// The one space that must follow the version or the code is missing, or is another character such as a tab or a
    /// line end (<c>SIP/2.0 486</c>); <see cref="SipStatusLineError.Part"/> says which.
    /// </summary>
    MissingSeparator,

    /// <summary>A second space follows the version (<c>SIP/2.0  486 Busy Here</c>): the code must follow the one space.</summary>
    DoubledSeparator,

    /// <summary>The status code is not exactly three ASCII digits (<c>4x6</c>, <c>4294967301</c>, <c>٤٨٦</c>).</summary>
    InvalidCode,

    /// <summary>The status code is three digits outside 100-699 (<c>099</c>, <c>700</c>).</summary>
    CodeOutOfRange,

    /// <summary>The reason phrase holds a control character other than HTAB (C0, DEL or C1; a bare CR among them).</summary>
    ControlCharacter,

    /// <summary>The reason phrase, given as UTF-8 bytes, is not well-formed UTF-8.</summary>
    InvalidUtf8,

    /// <summary>The reason phrase, given as UTF-16 characters, holds an unpaired surrogate.</summary>
    UnpairedSurrogate,
}
