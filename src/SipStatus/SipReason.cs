using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;
using SipStatus.Parsing;

namespace SipStatus;

/// <summary>
/// One value of a SIP Reason header (RFC 3326): why a request was ended or a call failed, as a SIP status code or an
/// ITU-T Q.850 cause (which RFC 6432 lets a response carry as well), with an optional text. For example
/// <c>Q.850;cause=16;text="Normal call clearing"</c>. Instances are immutable and safe to share between threads.
/// </summary>
public sealed partial class SipReason : IEquatable<SipReason>
{
    /// <summary>The protocol whose cause is a SIP status code: <c>SIP</c>.</summary>
    public const string SipProtocol = "SIP";

    /// <summary>The protocol whose cause is an ITU-T Q.850 cause value: <c>Q.850</c>.</summary>
    public const string Q850Protocol = "Q.850";

    /// <summary>Creates a reason, for example to write a Reason header with <see cref="ToString"/>.</summary>
    /// <param name="protocol">
    /// <see cref="SipProtocol"/>, <see cref="Q850Protocol"/> or another protocol token; SIP and Q.850 are recognised
    /// whatever their case and stored in their registered spelling.
    /// </param>
    /// <param name="cause">The cause: a SIP status code, a Q.850 cause value, or a cause of another protocol; not negative.</param>
    /// <param name="text">The text, or null for none; it may not hold a line break.</param>
    /// <exception cref="ArgumentNullException"><paramref name="protocol"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="protocol"/> is not a token, or <paramref name="text"/> holds a line break.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="cause"/> is negative.</exception>
    public SipReason(string protocol, int cause, string? text = null)
    {
        if (protocol is null)
        {
            throw new ArgumentNullException(nameof(protocol));
        }

        if (protocol.Length == 0 || !HeaderText.IsToken(protocol))
        {
            throw new ArgumentException($"'{Excerpts.Of(protocol)}' is not a Reason protocol: a protocol is a token (letters, digits and -.!%*_+`'~).", nameof(protocol));
        }

        if (cause < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(cause), cause, FormattableString.Invariant($"{cause} is not a Reason cause: a cause is a number, 0 or more."));
        }

        if (text is not null && HeaderText.HasLineBreak(text))
        {
            throw new ArgumentException($"The Reason text '{Excerpts.Of(text)}' holds a line break, which a header cannot carry.", nameof(text));
        }

        Protocol = Canonical(protocol);
        Cause = cause;
        Text = text;
    }

    /// <summary>The protocol: <see cref="SipProtocol"/>, <see cref="Q850Protocol"/> or another token, as received.</summary>
    public string Protocol { get; }

    /// <summary>The cause: a SIP status code for <see cref="SipProtocol"/>, a Q.850 cause value for <see cref="Q850Protocol"/>.</summary>
    public int Cause { get; }

    /// <summary>The text, with quoted-pair escapes resolved, or null where the reason has none.</summary>
    public string? Text { get; }

    /// <summary>Whether the cause is a SIP status code.</summary>
    public bool IsSip => string.Equals(Protocol, SipProtocol, StringComparison.Ordinal);

    /// <summary>Whether the cause is an ITU-T Q.850 cause value.</summary>
    public bool IsQ850 => string.Equals(Protocol, Q850Protocol, StringComparison.Ordinal);

    /// <summary>
    /// Parses one reason-value, for example <c>Q.850 ;cause=16 ;text="Terminated"</c>. Linear white space (including
    /// folded lines) around separators, quoted-pair escapes in the text, any parameter order and extension parameters
    /// (accepted and ignored) are all fine. A reason needs a <c>cause</c>; the text, if any, must be a quoted string.
    /// </summary>
    /// <param name="value">The header value (without <c>Reason:</c>).</param>
    /// <returns>The reason.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    /// <exception cref="FormatException">
    /// <paramref name="value"/> is not one reason-value; the message gives the zero-based position of the problem and a
    /// short excerpt of the input around it. A value listing several reasons is for <see cref="ParseAll"/>.
    /// </exception>
    public static SipReason Parse(string value) => new Reader(value ?? throw new ArgumentNullException(nameof(value))).ReadSingle();

    /// <summary>Parses one reason-value as <see cref="Parse"/> does. Never throws.</summary>
    /// <param name="value">The header value, or null.</param>
    /// <param name="reason">The reason, or null when <paramref name="value"/> is not one reason-value.</param>
    /// <returns>Whether <paramref name="value"/> is one reason-value.</returns>
    public static bool TryParse(string? value, [NotNullWhen(true)] out SipReason? reason)
    {
        reason = null;
        return value is not null && new Reader(value).TryReadSingle(out reason);
    }

    /// <summary>
    /// Parses a whole Reason header value: one or more reason-values separated by commas (a comma inside a quoted text
    /// separates nothing). RFC 6432 lets a response carry a SIP and a Q.850 reason together, for example
    /// <c>SIP;cause=486;text="Busy Here", Q.850;cause=17</c>. Each value follows the rules of <see cref="Parse"/>.
    /// </summary>
    /// <param name="value">The header value (without <c>Reason:</c>).</param>
    /// <returns>The reasons in the order given; read-only.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    /// <exception cref="FormatException">
    /// A value is malformed or empty; the message gives the zero-based position of the problem and a short excerpt.
    /// </exception>
    public static IReadOnlyList<SipReason> ParseAll(string value) => new Reader(value ?? throw new ArgumentNullException(nameof(value))).ReadAll();

    /// <summary>Parses a whole Reason header value as <see cref="ParseAll"/> does. Never throws.</summary>
    /// <param name="value">The header value, or null.</param>
    /// <param name="reasons">The reasons, or null when <paramref name="value"/> is malformed.</param>
    /// <returns>Whether <paramref name="value"/> is a well-formed list of reason-values.</returns>
    public static bool TryParseAll(string? value, [NotNullWhen(true)] out IReadOnlyList<SipReason>? reasons)
    {
        reasons = value is null ? null : new Reader(value).TryReadAll();
        return reasons is not null;
    }

    /// <summary>
    /// Explains the reason in the language of <paramref name="culture"/> (Dutch for any Dutch culture, English for
    /// every other): for SIP, the status code as <see cref="SipStatusCatalog.Explain(int, CultureInfo)"/> does; for Q.850, the cause as
    /// <see cref="Q850.Explain(int, CultureInfo)"/> does (its name and the SIP response RFC 3398 section 7.2.4.1 gives it); for another protocol, that it cannot be
    /// explained. The text, if any, is quoted at the end. Never throws.
    /// </summary>
    /// <param name="culture">The culture whose language to use; null for <see cref="CultureInfo.CurrentUICulture"/>.</param>
    /// <returns>A paragraph.</returns>
    public string Explain(CultureInfo? culture = null) => ExplainIn(SipLanguage.FromCulture(culture).Index);

    /// <summary>Explains the reason in <paramref name="language"/>, as <see cref="Explain(CultureInfo)"/> does. Never throws.</summary>
    /// <param name="language">The language, for example <see cref="SipLanguage.Dutch"/> or <c>SipLanguage.FromTag("nl-BE")</c>.</param>
    /// <returns>A paragraph.</returns>
    public string Explain(SipLanguage language) => ExplainIn(language.Index);

    internal string ExplainIn(int language)
    {
        string text;
        if (IsSip)
        {
            text = SipStatusCatalog.IsInRange(Cause)
                ? SipStatusCatalog.FormatSentence(SipStatusSentences.ReasonSip[language], SipStatusCatalog.ExplainIn(Cause, language))
                : SipStatusCatalog.FormatSentence(SipStatusSentences.ReasonSipInvalid[language], Cause);
        }
        else if (IsQ850)
        {
            text = Cause > Q850.MaxCause
                ? SipStatusCatalog.FormatSentence(SipStatusSentences.ReasonQ850Invalid[language], Cause)
                : SipStatusCatalog.FormatSentence(SipStatusSentences.ReasonQ850[language], Q850.ExplainIn(Cause, language));
        }
        else
        {
            text = SipStatusCatalog.FormatSentence(SipStatusSentences.ReasonOther[language], Protocol, Cause);
        }

        return Text is null ? text : text + " " + SipStatusCatalog.FormatSentence(SipStatusSentences.ReasonText[language], Text);
    }

    /// <summary>The reason as a header value, for example <c>Q.850;cause=16;text="Normal call clearing"</c>; <see cref="Parse"/> reads it back.</summary>
    /// <returns>The reason-value, with the text quoted and escaped as needed.</returns>
    public override string ToString()
    {
        var builder = new StringBuilder(Protocol).Append(";cause=").Append(Cause.ToString(CultureInfo.InvariantCulture));
        if (Text is not null)
        {
            HeaderText.AppendQuoted(builder.Append(";text="), Text);
        }

        return builder.ToString();
    }

    /// <summary>Whether two reasons have the same protocol, cause and text (protocols compared ignoring case).</summary>
    /// <param name="other">Another reason, or null.</param>
    /// <returns>True when they are equal.</returns>
    public bool Equals(SipReason? other) =>
        other is not null
        && string.Equals(Protocol, other.Protocol, StringComparison.OrdinalIgnoreCase)
        && Cause == other.Cause
        && string.Equals(Text, other.Text, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as SipReason);

    /// <inheritdoc />
    public override int GetHashCode() =>
        unchecked((StringComparer.OrdinalIgnoreCase.GetHashCode(Protocol) * 397) ^ (Cause * 31) ^ (Text is null ? 0 : StringComparer.Ordinal.GetHashCode(Text)));

    private static string Canonical(string protocol) =>
        string.Equals(protocol, SipProtocol, StringComparison.OrdinalIgnoreCase) ? SipProtocol
        : string.Equals(protocol, Q850Protocol, StringComparison.OrdinalIgnoreCase) ? Q850Protocol
        : protocol;
}
