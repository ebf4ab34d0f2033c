namespace SipStatus.Parsing;

/// <summary>Where the parts of a well-formed status line are, as offsets into the input.</summary>
internal struct LineLayout
{
    public int VersionLength;
    public int Code;
    public int PhraseStart;
    public int PhraseLength;
}

/// <summary>
/// The scanner's verdict: a refusal (what is wrong, in which part, at which offset of the input in its own code
/// units), or, as <c>default</c>, none. Public as <see cref="SipStatusLineError"/>, built from this only on request, so
/// that refusing allocates nothing.
/// </summary>
internal readonly struct LineFailure
{
    public LineFailure(SipStatusLineErrorKind kind, int position, SipStatusLinePart part)
    {
        Kind = kind;
        Position = position;
        Part = part;
    }

    /// <summary>Whether this is a refusal (<c>default</c> is none).</summary>
    public bool IsFailure => Kind != default;

    public SipStatusLineErrorKind Kind { get; }

    public int Position { get; }

    public SipStatusLinePart Part { get; }
}
