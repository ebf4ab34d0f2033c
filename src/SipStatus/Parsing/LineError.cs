namespace SipStatus.Parsing;

/// <summary>What is wrong with a status line; <see cref="None"/> when nothing is.</summary>
internal enum LineError
{
    None,
    Empty,
    Version,
    MissingSeparator,

    /// <summary>A second SP after the version: the code must follow the one SP. (After the code a second SP is the
    /// phrase's first character, which RFC 3261 section 25.1 allows.)</summary>
    DoubledSeparator,
    CodeDigits,
    CodeRange,
    ControlCharacter,
    InvalidUtf8,
    InvalidUtf16,
}

/// <summary>Where the parts of a well-formed status line are, as offsets into the input.</summary>
internal struct LineLayout
{
    public int VersionLength;
    public int Code;
    public int PhraseStart;
    public int PhraseLength;
}

/// <summary>A refusal: what is wrong, at which offset of the input (in its own code units).</summary>
internal readonly struct LineFailure
{
    public LineFailure(LineError error, int position, string part)
    {
        Error = error;
        Position = position;
        Part = part;
    }

    public LineError Error { get; }

    public int Position { get; }

    /// <summary>The part of the line the error is about ("SIP version", "status code", "reason phrase").</summary>
    public string Part { get; }
}
