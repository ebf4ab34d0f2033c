using System;
using System.Globalization;
using SipStatus.Parsing;

namespace SipStatus;

/// <summary>
/// Why text is not a status line: what is wrong (<see cref="Kind"/>), in which part (<see cref="Part"/>) and at
/// which position (<see cref="Position"/>), with a message built from them. <see cref="SipStatusLine.Parse(string)"/>
/// throws a <see cref="FormatException"/> whose message is this <see cref="Message"/>; the <c>TryParse</c>
/// overloads with an error give the same without an exception.
/// </summary>
/// <remarks>
/// An error exists only for a refusal: a successful <c>TryParse</c> gives null. Building one costs the excerpt (one
/// short string); the message is built when first asked for. The <c>TryParse</c> overloads without an error allocate
/// nothing when they refuse.
/// </remarks>
public sealed class SipStatusLineError
{
    private const string Prefix = "Invalid SIP status line: ";

    private string? _message;

    private SipStatusLineError(SipStatusLineErrorKind kind, SipStatusLinePart part, int position, string excerpt)
    {
        Kind = kind;
        Part = part;
        Position = position;
        Excerpt = excerpt;
    }

    /// <summary>What is wrong.</summary>
    public SipStatusLineErrorKind Kind { get; }

    /// <summary>
    /// The part of the line the error is about: <see cref="SipStatusLinePart.Version"/> for an empty line, a bad
    /// version and the separator after it; <see cref="SipStatusLinePart.Code"/> for a bad code and the separator after
    /// it; <see cref="SipStatusLinePart.ReasonPhrase"/> for a bad character in the phrase.
    /// </summary>
    public SipStatusLinePart Part { get; }

    /// <summary>
    /// Where the error is, as an offset into the input in its own units: characters for a <c>string</c> or
    /// <c>ReadOnlySpan&lt;char&gt;</c>, bytes for UTF-8. It is the first unit that is wrong, or where the missing one
    /// belongs (the length of the line when the line ends too early); 0 for an empty line.
    /// </summary>
    public int Position { get; }

    /// <summary>
    /// At most 24 units of the input around <see cref="Position"/>, safe to log: controls, bidi and invisible
    /// characters, line separators and lone surrogates as <c>\uXXXX</c> (non-ASCII bytes of UTF-8 as <c>\xXX</c>),
    /// <c>"</c> and <c>\</c> escaped with a backslash, <c>…</c> where input is left off.
    /// </summary>
    public string Excerpt { get; }

    /// <summary>What is wrong, in words, for example <c>the status code must be exactly three ASCII digits</c>.</summary>
    public string Description => GetDescription(SipLanguage.English);

    /// <summary>
    /// What is wrong, in words, in <paramref name="language"/>: for a tool that reports the error to a person in their
    /// language. <see cref="Message"/> stays English, as exception messages are.
    /// </summary>
    /// <param name="language">The language of the text.</param>
    /// <returns>For example <c>de statuscode moet uit precies drie ASCII-cijfers bestaan</c> in Dutch.</returns>
    public string GetDescription(SipLanguage language) => language == SipLanguage.Dutch ? DutchDescription() : EnglishDescription();

    private string EnglishDescription() => Kind switch
    {
        SipStatusLineErrorKind.Empty => "the input is empty; a status line starts with the SIP version",
        SipStatusLineErrorKind.InvalidVersion => "the SIP version must be 'SIP/' followed by digits, a dot and digits",
        SipStatusLineErrorKind.MissingSeparator => $"a single space must follow the {PartName}",
        SipStatusLineErrorKind.DoubledSeparator => $"only one space may follow the {PartName}",
        SipStatusLineErrorKind.InvalidCode => "the status code must be exactly three ASCII digits",
        SipStatusLineErrorKind.CodeOutOfRange => "the status code must be from 100 to 699",
        SipStatusLineErrorKind.ControlCharacter => "the reason phrase holds a control character; only HTAB is allowed",
        SipStatusLineErrorKind.InvalidUtf8 => "the reason phrase is not valid UTF-8",
        _ => "the reason phrase holds an unpaired surrogate",
    };

    private string DutchDescription() => Kind switch
    {
        SipStatusLineErrorKind.Empty => "de invoer is leeg; een statusregel begint met de SIP-versie",
        SipStatusLineErrorKind.InvalidVersion => "de SIP-versie moet 'SIP/' zijn, gevolgd door cijfers, een punt en cijfers",
        SipStatusLineErrorKind.MissingSeparator => $"na {DutchPartName} moet precies één spatie staan",
        SipStatusLineErrorKind.DoubledSeparator => $"na {DutchPartName} mag maar één spatie staan",
        SipStatusLineErrorKind.InvalidCode => "de statuscode moet uit precies drie ASCII-cijfers bestaan",
        SipStatusLineErrorKind.CodeOutOfRange => "de statuscode moet van 100 tot 699 lopen",
        SipStatusLineErrorKind.ControlCharacter => "de reden bevat een stuurteken; alleen HTAB is toegestaan",
        SipStatusLineErrorKind.InvalidUtf8 => "de reden is geen geldige UTF-8",
        _ => "de reden bevat een ongepaarde surrogaat",
    };

    /// <summary>
    /// The whole message, the one <see cref="SipStatusLine.Parse(string)"/> throws, in the invariant culture: for
    /// example <c>Invalid SIP status line: the status code must be exactly three ASCII digits (position 11, near
    /// "SIP/2.0 4294967301 bett…").</c>
    /// </summary>
    public string Message => _message ??=
        $"{Prefix}{Description} (position {Position.ToString(CultureInfo.InvariantCulture)}, near \"{Excerpt}\").";

    private string DutchPartName => Part switch
    {
        SipStatusLinePart.Version => "de SIP-versie",
        SipStatusLinePart.Code => "de statuscode",
        _ => "de reden",
    };

    private string PartName => Part switch
    {
        SipStatusLinePart.Version => "SIP version",
        SipStatusLinePart.Code => "status code",
        _ => "reason phrase",
    };

    /// <summary>The <see cref="Message"/>.</summary>
    /// <returns>The message.</returns>
    public override string ToString() => Message;

    /// <summary>The error for a refusal of <paramref name="text"/> (<c>char</c> or UTF-8 <c>byte</c> units).</summary>
    internal static SipStatusLineError Of<T>(in LineFailure failure, ReadOnlySpan<T> text)
        where T : unmanaged =>
        new(failure.Kind, failure.Part, failure.Position, Excerpts.Around(text, failure.Position));
}
