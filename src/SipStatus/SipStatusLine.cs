using System;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Runtime.InteropServices;
using SipStatus.Parsing;

namespace SipStatus;

/// <summary>
/// A SIP response's Status-Line (RFC 3261 section 25.1): <c>SIP-Version SP Status-Code SP Reason-Phrase</c>, for
/// example <c>SIP/2.0 486 Busy Here</c>. Parsing reads text off the wire (a line alone, with or without its CRLF or
/// LF, or the start of a whole message), refuses what is malformed with the reason and position, and allocates
/// nothing when the reason phrase is the code's registry phrase.
/// </summary>
/// <remarks>
/// <para>
/// Only the two separators are fixed: exactly one space after the version and exactly one after the code. Everything
/// after the second is the reason phrase, which the grammar lets begin with a space or a tab:
/// <c>SIP/2.0 200  OK</c> is code 200 with the phrase <c> OK</c>, and <c>SIP/2.0 200  </c> has the phrase
/// <c> </c>. The phrase is kept exactly as written, and <see cref="ToString()"/> writes it back so that
/// <see cref="Parse(string)"/> reads the same line again.
/// </para>
/// <para>
/// A <c>default</c> instance is not a status line, and every member answers without throwing: <see cref="Code"/> is 0,
/// <see cref="Status"/> and <see cref="Class"/> are the enums' 0, which names no code and no class, <see cref="Info"/>
/// is null, <see cref="Version"/> is <c>SIP/2.0</c>, <see cref="ReasonPhrase"/> is empty,
/// <see cref="IsCanonicalReasonPhrase"/> is false, and <see cref="ToString()"/> gives <c>SIP/2.0 0 </c>, which
/// <see cref="Parse(string)"/> refuses. It equals another <c>default</c> instance and nothing parsed or created.
/// </para>
/// </remarks>
public readonly partial struct SipStatusLine : IEquatable<SipStatusLine>, IFormattable
{
    /// <summary>The SIP version every current implementation sends: <c>SIP/2.0</c>.</summary>
    public const string DefaultVersion = "SIP/2.0";

    private readonly string? _version;
    private readonly string? _reasonPhrase;

    /// <summary>Creates a status line, checking each part as <see cref="Parse(string)"/> would.</summary>
    /// <param name="code">The status code, 100-699.</param>
    /// <param name="reasonPhrase">
    /// The reason phrase: may be empty and may start or end with spaces or tabs; no line breaks and no control
    /// characters other than HTAB.
    /// </param>
    /// <param name="version">The SIP version, <c>SIP/</c> followed by digits, a dot and digits.</param>
    /// <exception cref="ArgumentNullException"><paramref name="reasonPhrase"/> or <paramref name="version"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="code"/> is outside 100-699.</exception>
    /// <exception cref="ArgumentException"><paramref name="reasonPhrase"/> or <paramref name="version"/> is malformed.</exception>
    public SipStatusLine(int code, string reasonPhrase, string version = DefaultVersion)
    {
        if (reasonPhrase is null)
        {
            throw new ArgumentNullException(nameof(reasonPhrase));
        }

        if (version is null)
        {
            throw new ArgumentNullException(nameof(version));
        }

        SipStatusCatalog.CheckRange(code, nameof(code));
        var probe = $"{version} {code.ToString(CultureInfo.InvariantCulture)} {reasonPhrase}";
        if (!TryParse(probe, out var parsed) || parsed.ReasonPhrase.Length != reasonPhrase.Length || parsed.Version.Length != version.Length)
        {
            var versionIsValid = TryParse($"{version} 100 ", out var versionProbe) && versionProbe.Version.Length == version.Length;
            var parameter = versionIsValid ? nameof(reasonPhrase) : nameof(version);
            throw new ArgumentException(
                $"'{Excerpts.Of(versionIsValid ? reasonPhrase : version)}' is not a valid {(versionIsValid ? "reason phrase: it may not hold line breaks or control characters other than HTAB" : "SIP version (SIP/<digits>.<digits>)")}.",
                parameter);
        }

        this = parsed;
    }

    private SipStatusLine(string version, int code, string reasonPhrase)
    {
        _version = version;
        Code = code;
        _reasonPhrase = reasonPhrase;
    }

    /// <summary>The SIP version as written, for example <c>SIP/2.0</c>.</summary>
    public string Version => _version ?? DefaultVersion;

    /// <summary>The three-digit status code, 100-699 (0 for a <c>default</c> instance).</summary>
    public int Code { get; }

    /// <summary>
    /// The code as a <see cref="SipStatusCode"/>, registered or not (compare with the enum's members, or ask
    /// <see cref="SipStatusCodeExtensions.IsDefined(SipStatusCode)"/>); 0 for a <c>default</c> instance. Never throws.
    /// </summary>
    public SipStatusCode Status => (SipStatusCode)Code;

    /// <summary>
    /// The reason phrase as written: everything after the one space that follows the code, leading and trailing spaces
    /// included; may be empty, may be in any language.
    /// </summary>
    public string ReasonPhrase => _reasonPhrase ?? string.Empty;

    /// <summary>
    /// The class of the code (its first digit); <c>(SipStatusClass)0</c>, which is no member of the enum, for a
    /// <c>default</c> instance. Never throws.
    /// </summary>
    public SipStatusClass Class => (SipStatusClass)(Code / 100);

    /// <summary>
    /// The catalog row for the code: its own row when registered, otherwise the row a user agent must treat it as
    /// (<see cref="SipStatusCatalog.Resolve(int)"/>). Null only for a <c>default</c> instance, which has no code; a
    /// parsed or created line always has a row. Never throws.
    /// </summary>
    public SipStatusInfo? Info => Code == 0 ? null : SipStatusCatalog.Resolve(Code);

    /// <summary>
    /// Whether the reason phrase is exactly the registry phrase of the code (ordinal comparison). False for an
    /// unregistered code, which has no registry phrase, and for a <c>default</c> instance.
    /// </summary>
    /// <remarks>
    /// Exact on purpose: another case, spacing, an alias or a trailing comment ("Forbidden (policy)") is not the
    /// registry's text. To ask whether a phrase names the code under the comparison rule, look it up with
    /// <see cref="SipStatusCatalog.FindByReasonPhrase(string)"/>, which finds 403 for "Forbidden (policy)", or compare
    /// it with the registry phrase by <see cref="SipStatusCatalog.ReasonPhrasesMatch(string, string)"/>.
    /// </remarks>
    public bool IsCanonicalReasonPhrase =>
        SipStatusCatalog.Lookup(Code) is { } info && string.Equals(info.ReasonPhrase, ReasonPhrase, StringComparison.Ordinal);

    /// <summary>Creates the status line of a registered code with its registry phrase and version <c>SIP/2.0</c>.</summary>
    /// <param name="code">A registered code.</param>
    /// <returns>For example <c>SIP/2.0 486 Busy Here</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="code"/> is not a registered code.</exception>
    public static SipStatusLine Create(SipStatusCode code) =>
        new(DefaultVersion, (int)code, SipStatusCatalog.Get(code).ReasonPhrase);

    /// <summary>Parses a status line.</summary>
    /// <param name="text">The line, with or without its line end, or the start of a whole message.</param>
    /// <returns>The status line.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException">The text is not a status line; the message says what is wrong and where.</exception>
    public static SipStatusLine Parse(string text)
    {
        if (text is null)
        {
            throw new ArgumentNullException(nameof(text));
        }

        return ParseOrThrow(text.AsSpan());
    }

    /// <summary>Parses a status line; never throws.</summary>
    /// <param name="text">The line, with or without its line end, or the start of a whole message; null fails.</param>
    /// <param name="line">The status line when the text is one; otherwise <c>default</c>.</param>
    /// <returns>Whether the text is a status line.</returns>
    public static bool TryParse(string? text, out SipStatusLine line)
    {
        line = default;
        if (text is null)
        {
            return false;
        }

        return TryParseUnits(text.AsSpan(), out line, out LineFailure _);
    }

    /// <summary>Parses a status line, saying why not when it is none; never throws.</summary>
    /// <param name="text">The line, with or without its line end, or the start of a whole message; null is refused as empty.</param>
    /// <param name="line">The status line when the text is one; otherwise <c>default</c>.</param>
    /// <param name="error">
    /// Null when the text is a status line; otherwise what is wrong and where, with the message
    /// <see cref="Parse(string)"/> would throw.
    /// </param>
    /// <returns>Whether the text is a status line.</returns>
    public static bool TryParse(string? text, out SipStatusLine line, [NotNullWhen(false)] out SipStatusLineError? error) =>
        TryParseUnits((text ?? string.Empty).AsSpan(), out line, out error);

    /// <summary>Parses a status line from UTF-8 bytes.</summary>
    /// <param name="utf8">The line, with or without its line end, or the start of a whole message.</param>
    /// <returns>The status line.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8"/> is null.</exception>
    /// <exception cref="FormatException">The bytes are not a status line (including invalid UTF-8).</exception>
    public static SipStatusLine Parse(byte[] utf8)
    {
        if (utf8 is null)
        {
            throw new ArgumentNullException(nameof(utf8));
        }

        return ParseOrThrow(new ReadOnlySpan<byte>(utf8));
    }

    /// <summary>Parses a status line from UTF-8 bytes; never throws.</summary>
    /// <param name="utf8">The line, with or without its line end, or the start of a whole message; null fails.</param>
    /// <param name="line">The status line when the bytes are one; otherwise <c>default</c>.</param>
    /// <returns>Whether the bytes are a status line.</returns>
    public static bool TryParse(byte[]? utf8, out SipStatusLine line)
    {
        line = default;
        if (utf8 is null)
        {
            return false;
        }

        return TryParseUnits(new ReadOnlySpan<byte>(utf8), out line, out LineFailure _);
    }

    /// <summary>Parses a status line from UTF-8 bytes, saying why not when they are none; never throws.</summary>
    /// <param name="utf8">The line, with or without its line end, or the start of a whole message; null is refused as empty.</param>
    /// <param name="line">The status line when the bytes are one; otherwise <c>default</c>.</param>
    /// <param name="error">
    /// Null when the bytes are a status line; otherwise what is wrong and where (the position in bytes), with the
    /// message <see cref="Parse(byte[])"/> would throw.
    /// </param>
    /// <returns>Whether the bytes are a status line.</returns>
    public static bool TryParse(byte[]? utf8, out SipStatusLine line, [NotNullWhen(false)] out SipStatusLineError? error) =>
        TryParseUnits(new ReadOnlySpan<byte>(utf8), out line, out error);

    /// <summary>
    /// The line as sent: version, code and phrase separated by single spaces, the phrase exactly as held (a phrase that
    /// starts with a space gives two spaces after the code), without a line end. <see cref="Parse(string)"/> reads it
    /// back as the same line.
    /// </summary>
    /// <returns>For example <c>SIP/2.0 486 Busy Here</c>.</returns>
    public override string ToString() => $"{Version} {Code.ToString(CultureInfo.InvariantCulture)} {ReasonPhrase}";

    /// <summary>The line as sent; the only format is the general one (null, empty, or <c>G</c> as .NET's general format is written).</summary>
    /// <param name="format">Null, empty, or <c>G</c> (or <c>g</c>).</param>
    /// <param name="formatProvider">Ignored: a status line reads the same in every culture.</param>
    /// <returns>The same as <see cref="ToString()"/>.</returns>
    /// <exception cref="FormatException"><paramref name="format"/> is none of null, empty and <c>G</c>.</exception>
    public string ToString(string? format, IFormatProvider? formatProvider)
    {
        CheckFormat(format.AsSpan());
        return ToString();
    }

    /// <summary>Whether the two lines have the same version, code and phrase (ordinal comparison).</summary>
    /// <param name="other">The other line.</param>
    /// <returns>True when all three parts are equal.</returns>
    public bool Equals(SipStatusLine other) =>
        Code == other.Code
        && string.Equals(Version, other.Version, StringComparison.Ordinal)
        && string.Equals(ReasonPhrase, other.ReasonPhrase, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is SipStatusLine other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        unchecked
        {
            var hash = (Code * 397) ^ StringComparer.Ordinal.GetHashCode(Version);
            return (hash * 397) ^ StringComparer.Ordinal.GetHashCode(ReasonPhrase);
        }
    }

    /// <summary>Whether two lines are equal.</summary>
    /// <param name="left">One line.</param>
    /// <param name="right">The other.</param>
    /// <returns>True when version, code and phrase are equal.</returns>
    public static bool operator ==(SipStatusLine left, SipStatusLine right) => left.Equals(right);

    /// <summary>Whether two lines differ.</summary>
    /// <param name="left">One line.</param>
    /// <param name="right">The other.</param>
    /// <returns>True when version, code or phrase differ.</returns>
    public static bool operator !=(SipStatusLine left, SipStatusLine right) => !left.Equals(right);

    private static void CheckFormat(ReadOnlySpan<char> format)
    {
        if (format.Length != 0 && !(format.Length == 1 && format[0] is 'G' or 'g'))
        {
            throw new FormatException($"'{Excerpts.Of(format.ToString())}' is not a format of SipStatusLine: use null, an empty format or \"G\".");
        }
    }

    /// <summary>Parses, or says why not with what refusing costs nothing to say (no excerpt, no message).</summary>
    private static bool TryParseUnits<T>(ReadOnlySpan<T> text, out SipStatusLine line, out LineFailure failure)
        where T : unmanaged
    {
        if (StatusLineScanner.ScanCanonical(text) is { } info)
        {
            line = new SipStatusLine(DefaultVersion, info.Value, info.ReasonPhrase);
            failure = default;
            return true;
        }

        failure = StatusLineScanner.Scan(text, out var layout);
        line = failure.IsFailure ? default : FromLayout(text, layout);
        return !failure.IsFailure;
    }

    private static bool TryParseUnits<T>(ReadOnlySpan<T> text, out SipStatusLine line, [NotNullWhen(false)] out SipStatusLineError? error)
        where T : unmanaged
    {
        var parsed = TryParseUnits(text, out line, out LineFailure failure);
        error = parsed ? null : SipStatusLineError.Of(failure, text);
        return parsed;
    }

    /// <summary>Parses, or throws the message of the <see cref="SipStatusLineError"/> that the error overloads give.</summary>
    private static SipStatusLine ParseOrThrow<T>(ReadOnlySpan<T> text)
        where T : unmanaged =>
        TryParseUnits(text, out var line, out SipStatusLineError? error) ? line : throw new FormatException(error.Message);

    /// <summary>Builds the line, reusing the catalog's strings for the usual version and the registry phrase.</summary>
    private static SipStatusLine FromLayout<T>(ReadOnlySpan<T> text, in LineLayout layout)
        where T : unmanaged
    {
        var versionText = text.Slice(0, layout.VersionLength);
        var version = StatusLineScanner.EqualsAscii(versionText, DefaultVersion) ? DefaultVersion : Decode(versionText);
        var phraseText = text.Slice(layout.PhraseStart, layout.PhraseLength);
        string phrase;
        if (layout.PhraseLength == 0)
        {
            phrase = string.Empty;
        }
        else if (SipStatusCatalog.Lookup(layout.Code) is { } info && StatusLineScanner.EqualsAscii(phraseText, info.ReasonPhrase))
        {
            phrase = info.ReasonPhrase;
        }
        else
        {
            phrase = Decode(phraseText);
        }

        return new SipStatusLine(version, layout.Code, phrase);
    }

    private static string Decode<T>(ReadOnlySpan<T> text)
        where T : unmanaged =>
        typeof(T) == typeof(byte) ? Utf8Text.Decode(MemoryMarshal.Cast<T, byte>(text)) : MemoryMarshal.Cast<T, char>(text).ToString();
}
