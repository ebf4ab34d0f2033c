using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;
using SipStatus.Parsing;

namespace SipStatus;

/// <summary>
/// One value of a SIP Warning header (RFC 3261 section 20.43): a three-digit warn-code, the warn-agent that added it
/// and a quoted warn-text, for example <c>304 sbc.example.net "Media type not available"</c>. RFC 3261 section 25.1:
/// <c>warning-value = warn-code SP warn-agent SP warn-text</c>, <c>warn-agent = hostport / pseudonym</c>,
/// <c>warn-text = quoted-string</c>. Immutable. The default value (code 0, empty agent and text) is not a warning
/// that <see cref="Parse"/> could read.
/// </summary>
public readonly partial struct SipWarning : IEquatable<SipWarning>
{
    private readonly string? _agent;
    private readonly string? _text;

    /// <summary>Creates a warning, for example to write a Warning header with <see cref="ToString"/>.</summary>
    /// <param name="code">The warn-code, three digits: 0 to 999 (the registry holds 300-399).</param>
    /// <param name="agent">
    /// The warn-agent: a host with an optional port (<c>sbc.example.net</c>, <c>192.0.2.1:5060</c>,
    /// <c>[2001:db8::1]:5061</c>) or a pseudonym (a token, such as <c>devnull</c>).
    /// </param>
    /// <param name="text">The warn-text, unescaped; it may not hold a line break.</param>
    /// <exception cref="ArgumentNullException"><paramref name="agent"/> or <paramref name="text"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="code"/> is not from 0 to 999.</exception>
    /// <exception cref="ArgumentException"><paramref name="agent"/> is not a warn-agent, or <paramref name="text"/> holds a line break.</exception>
    public SipWarning(int code, string agent, string text)
    {
        if ((uint)code > 999)
        {
            throw new ArgumentOutOfRangeException(nameof(code), code, FormattableString.Invariant($"{code} is not a warn-code: a warn-code is three digits, 000 to 999."));
        }

        if (agent is null)
        {
            throw new ArgumentNullException(nameof(agent));
        }

        if (text is null)
        {
            throw new ArgumentNullException(nameof(text));
        }

        if (!Reader.IsAgent(agent))
        {
            throw new ArgumentException($"'{Excerpts.Of(agent)}' is not a warn-agent: a warn-agent is a host with an optional port, or a pseudonym (a token).", nameof(agent));
        }

        if (HeaderText.HasLineBreak(text))
        {
            throw new ArgumentException($"The warn-text '{Excerpts.Of(text)}' holds a line break, which a header cannot carry.", nameof(text));
        }

        Code = code;
        _agent = agent;
        _text = text;
    }

    /// <summary>A warning the reader has checked already.</summary>
    private SipWarning(int code, string agent, string text, bool checkedByReader)
    {
        _ = checkedByReader;
        Code = code;
        _agent = agent;
        _text = text;
    }

    /// <summary>The warn-code, for example <c>304</c>.</summary>
    public int Code { get; }

    /// <summary>The warn-agent as received: the host (and port) or pseudonym of the server or device that added the warning.</summary>
    public string Agent => _agent ?? string.Empty;

    /// <summary>The warn-text, with quoted-pair escapes resolved and a folded line read as its white space.</summary>
    public string Text => _text ?? string.Empty;

    /// <summary>The catalog row of <see cref="Code"/>, or null where the code is not a registered warn-code.</summary>
    public SipWarningInfo? Info => SipWarningCatalog.Lookup(Code);

    /// <summary>
    /// Parses one warning-value, for example <c>307 isi.edu "Session parameter 'foo' not understood"</c>: the
    /// warn-code, three digits; the warn-agent, a host (name, IPv4 address or IPv6 reference in brackets) with an
    /// optional port, or a pseudonym (a token); the warn-text, a quoted string whose quoted-pair escapes are resolved.
    /// The grammar puts one SP between them; as RFC 3261 section 25.1 gives linear white space "the same semantics as
    /// SP", any spaces, tabs and folded line breaks are accepted there. White space before and after the value is ignored.
    /// </summary>
    /// <param name="value">The header value (without <c>Warning:</c>).</param>
    /// <returns>The warning.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    /// <exception cref="FormatException">
    /// <paramref name="value"/> is not one warning-value; the message names the problem, gives its zero-based position
    /// and quotes a short, escaped excerpt of the input around it. A value listing several warnings is for
    /// <see cref="ParseAll"/>.
    /// </exception>
    public static SipWarning Parse(string value) => new Reader(value ?? throw new ArgumentNullException(nameof(value))).ReadSingle();

    /// <summary>Parses one warning-value as <see cref="Parse"/> does. Never throws.</summary>
    /// <param name="value">The header value, or null.</param>
    /// <param name="warning">The warning, or the default value when <paramref name="value"/> is not one warning-value.</param>
    /// <returns>Whether <paramref name="value"/> is one warning-value.</returns>
    public static bool TryParse(string? value, out SipWarning warning)
    {
        warning = default;
        return value is not null && new Reader(value).TryReadSingle(out warning);
    }

    /// <summary>
    /// Parses a whole Warning header value: one or more warning-values separated by commas, with optional white space
    /// around each comma (<c>Warning = "Warning" HCOLON warning-value *(COMMA warning-value)</c>). A comma inside a
    /// warn-text separates nothing. Each value follows the rules of <see cref="Parse"/>.
    /// </summary>
    /// <param name="value">The header value (without <c>Warning:</c>).</param>
    /// <returns>The warnings in the order given; read-only.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    /// <exception cref="FormatException">
    /// A value is malformed or missing; the message names the problem, gives its zero-based position and quotes a short excerpt.
    /// </exception>
    public static IReadOnlyList<SipWarning> ParseAll(string value) => new Reader(value ?? throw new ArgumentNullException(nameof(value))).ReadAll();

    /// <summary>Parses a whole Warning header value as <see cref="ParseAll"/> does. Never throws.</summary>
    /// <param name="value">The header value, or null.</param>
    /// <param name="warnings">The warnings, or null when <paramref name="value"/> is malformed.</param>
    /// <returns>Whether <paramref name="value"/> is a well-formed list of warning-values.</returns>
    public static bool TryParseAll(string? value, [NotNullWhen(true)] out IReadOnlyList<SipWarning>? warnings)
    {
        warnings = value is null ? null : new Reader(value).TryReadAll();
        return warnings is not null;
    }

    /// <summary>
    /// Explains the warning in the language of <paramref name="culture"/> (Dutch for any Dutch culture, English for
    /// every other): for a registered warn-code, its registry text, who added it, what it means and what to do, and a
    /// hint; for 399 that RFC 3261 forbids any automated action on it; for any other code, that only its text can say
    /// what it means, and what RFC 3261 section 20.43 reserves the code's range for (300-329 keywords of the session
    /// description, 330-339 basic network services, 370-379 QoS parameters, 380-399 miscellaneous SIP-related warnings,
    /// as RFC 5630 appendix A amends it). The warn-text is quoted at the end. Never throws.
    /// </summary>
    /// <param name="culture">The culture whose language to use; null for <see cref="CultureInfo.CurrentUICulture"/>.</param>
    /// <returns>A paragraph.</returns>
    public string Explain(CultureInfo? culture = null) => ExplainIn(SipLanguage.FromCulture(culture).Index);

    /// <summary>Explains the warning in <paramref name="language"/>, as <see cref="Explain(CultureInfo)"/> does. Never throws.</summary>
    /// <param name="language">The language, for example <see cref="SipLanguage.Dutch"/> or <c>SipLanguage.FromTag("nl-BE")</c>.</param>
    /// <returns>A paragraph.</returns>
    public string Explain(SipLanguage language) => ExplainIn(language.Index);

    /// <summary>The warning as a header value, for example <c>304 sbc.example.net "Media type not available"</c>; <see cref="Parse"/> reads it back.</summary>
    /// <returns>The warning-value, with the text quoted and escaped as needed.</returns>
    public override string ToString()
    {
        var builder = new StringBuilder(Text.Length + Agent.Length + 8)
            .Append(Code.ToString("D3", CultureInfo.InvariantCulture)).Append(' ').Append(Agent).Append(' ');
        return HeaderText.AppendQuoted(builder, Text).ToString();
    }

    /// <summary>Whether two warnings have the same code, agent (compared ignoring case, as host names are) and text.</summary>
    /// <param name="other">Another warning.</param>
    /// <returns>True when they are equal.</returns>
    public bool Equals(SipWarning other) =>
        Code == other.Code
        && string.Equals(Agent, other.Agent, StringComparison.OrdinalIgnoreCase)
        && string.Equals(Text, other.Text, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is SipWarning other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() =>
        unchecked((Code * 397) ^ StringComparer.OrdinalIgnoreCase.GetHashCode(Agent) ^ (StringComparer.Ordinal.GetHashCode(Text) * 31));

    /// <summary>Whether two warnings are equal.</summary>
    /// <param name="left">A warning.</param>
    /// <param name="right">Another warning.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(SipWarning left, SipWarning right) => left.Equals(right);

    /// <summary>Whether two warnings differ.</summary>
    /// <param name="left">A warning.</param>
    /// <param name="right">Another warning.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(SipWarning left, SipWarning right) => !left.Equals(right);

    /// <summary>
    /// What RFC 3261 section 20.43 gives a range of warn-codes to (with RFC 5630 appendix A's change of "390" to "380"
    /// and of "miscellaneous warnings" to "miscellaneous SIP-related warnings"), or null outside those ranges.
    /// </summary>
    private static string[]? RangeSentence(int code) => code switch
    {
        >= 300 and <= 329 => SipStatusSentences.WarningRangeKeywords,
        >= 330 and <= 339 => SipStatusSentences.WarningRangeNetwork,
        >= 370 and <= 379 => SipStatusSentences.WarningRangeQos,
        >= 380 and <= 399 => SipStatusSentences.WarningRangeMiscellaneous,
        _ => null,
    };

    /// <summary>
    /// The explanation in the language at <paramref name="language"/>; without <paramref name="withAction"/>, a
    /// registered code's description stops before what to do (which a whole response's explanation says once, at its end).
    /// </summary>
    internal string ExplainIn(int language, bool withAction = true)
    {
        var code = Code.ToString("D3", CultureInfo.InvariantCulture);
        string text;
        if (Info is { } info)
        {
            var description = withAction ? info.DescriptionIn(language) : info.MeaningIn(language).ToString();
            text = SipStatusCatalog.FormatSentence(SipStatusSentences.WarningRegistered[language], code, info.WarnText, Agent, description)
                + " " + SipStatusCatalog.FormatSentence(SipStatusSentences.ExplainHint[language], info.HintIn(language));
        }
        else
        {
            text = SipStatusCatalog.FormatSentence(SipStatusSentences.WarningUnregistered[language], code, Agent);
            if (RangeSentence(Code) is { } range)
            {
                text += " " + range[language];
            }
        }

        return Text.Length == 0 ? text : text + " " + SipStatusCatalog.FormatSentence(SipStatusSentences.ReasonText[language], Text);
    }
}
