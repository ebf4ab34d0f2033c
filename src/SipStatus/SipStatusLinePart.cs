namespace SipStatus;

/// <summary>The part of a status line an error is about (<see cref="SipStatusLineError.Part"/>).</summary>
public enum SipStatusLinePart
{
    /// <summary>The SIP version, and the space that follows it.</summary>
    Version = 1,

    /// <summary>The status code, and the space that follows it.</summary>
    Code,

    /// <summary>The reason phrase.</summary>
    ReasonPhrase,
}
