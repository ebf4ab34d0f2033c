using System.Globalization;

namespace SipStatus.Cli;

/// <summary>
/// Every text about the catalog that the tool prints and that the library's explanations API will provide: class
/// names and descriptions, what a code means, a practical hint, and the paragraph on an unregistered code. The rest of
/// the tool asks only this interface, so switching to the library API is a change in <see cref="CatalogTexts"/> alone.
/// </summary>
internal interface ICatalogTexts
{
    /// <summary>The display name of a class, for example "Request Failure".</summary>
    string ClassName(SipStatusClass statusClass, CultureInfo culture);

    /// <summary>One sentence on what responses of the class mean.</summary>
    string ClassDescription(SipStatusClass statusClass, CultureInfo culture);

    /// <summary>What a registered code means, or null where there is no description in that language.</summary>
    string? Description(SipStatusInfo info, CultureInfo culture);

    /// <summary>A short practical hint for a registered code, or null where there is none in that language.</summary>
    string? Hint(SipStatusInfo info, CultureInfo culture);

    /// <summary>A paragraph on a code from 100 to 699 that is not registered: what a user agent treats it as.</summary>
    string ExplainUnregistered(int code, CultureInfo culture);
}

/// <summary>
/// The texts the tool has until the explanations API ships in the library: English and Dutch class names and
/// descriptions written here, the catalog's Dutch hints, and no per-code descriptions yet.
/// </summary>
/// <remarks>
/// When <c>SipStatusInfo.GetDescription</c>, <c>GetHint</c>, <c>SipStatusClass.GetDisplayName</c>,
/// <c>GetDescription</c> and <c>SipStatusCatalog.Explain</c> exist, each member becomes a one-line call to them.
/// </remarks>
internal sealed class CatalogTexts : ICatalogTexts
{
    /// <summary>The one instance.</summary>
    public static readonly CatalogTexts Instance = new();

    private CatalogTexts()
    {
    }

    /// <inheritdoc />
    public string ClassName(SipStatusClass statusClass, CultureInfo culture) => (Languages.IsDutch(culture), statusClass) switch
    {
        (false, SipStatusClass.Provisional) => "Provisional",
        (false, SipStatusClass.Successful) => "Successful",
        (false, SipStatusClass.Redirection) => "Redirection",
        (false, SipStatusClass.RequestFailure) => "Request Failure",
        (false, SipStatusClass.ServerFailure) => "Server Failure",
        (false, _) => "Global Failure",
        (true, SipStatusClass.Provisional) => "Voorlopig",
        (true, SipStatusClass.Successful) => "Geslaagd",
        (true, SipStatusClass.Redirection) => "Omleiding",
        (true, SipStatusClass.RequestFailure) => "Fout in verzoek",
        (true, SipStatusClass.ServerFailure) => "Serverfout",
        (true, _) => "Globale fout",
    };

    /// <inheritdoc />
    public string ClassDescription(SipStatusClass statusClass, CultureInfo culture) => (Languages.IsDutch(culture), statusClass) switch
    {
        (false, SipStatusClass.Provisional) => "The request was received and is being processed; this is not a final response.",
        (false, SipStatusClass.Successful) => "The request succeeded.",
        (false, SipStatusClass.Redirection) => "Further action is needed, such as trying another location.",
        (false, SipStatusClass.RequestFailure) => "The request failed at this server; a changed request may succeed.",
        (false, SipStatusClass.ServerFailure) => "The server failed to fulfil an apparently valid request.",
        (false, _) => "The request cannot be fulfilled at any server.",
        (true, SipStatusClass.Provisional) => "Het verzoek is ontvangen en wordt verwerkt; dit is nog geen definitief antwoord.",
        (true, SipStatusClass.Successful) => "Het verzoek is gelukt.",
        (true, SipStatusClass.Redirection) => "Er is meer nodig, bijvoorbeeld een andere bestemming proberen.",
        (true, SipStatusClass.RequestFailure) => "Het verzoek is bij deze server mislukt; een aangepast verzoek kan slagen.",
        (true, SipStatusClass.ServerFailure) => "De server kon een geldig lijkend verzoek niet uitvoeren.",
        (true, _) => "Het verzoek kan bij geen enkele server slagen.",
    };

    /// <inheritdoc />
    public string? Description(SipStatusInfo info, CultureInfo culture) => null;

    /// <inheritdoc />
    public string? Hint(SipStatusInfo info, CultureInfo culture) => Languages.IsDutch(culture) ? info.DutchHint : null;

    /// <inheritdoc />
    public string ExplainUnregistered(int code, CultureInfo culture)
    {
        var resolved = SipStatusCatalog.Resolve(code);
        var number = code.ToString(CultureInfo.InvariantCulture);
        return Languages.IsDutch(culture)
            ? $"{number} is geen geregistreerde SIP-statuscode; een user agent behandelt hem als {resolved} (RFC 3261, sectie 8.1.3.2)."
            : $"{number} is not a registered SIP status code; a user agent treats it as {resolved} (RFC 3261, section 8.1.3.2).";
    }
}
