
namespace SipStatus.Cli;

/// <summary>
/// Every text about the catalog that the tool prints and that the library's explanations API will provide: class
/// names and descriptions, what a code means, a practical hint, and the paragraph on an unregistered code. The rest of
/// the tool asks only this interface, so tests can check that these texts reach every output.
/// </summary>
internal interface ICatalogTexts
{
    /// <summary>The display name of a class, for example "Request Failure".</summary>
    string ClassName(SipStatusClass statusClass, SipLanguage language);

    /// <summary>One sentence on what responses of the class mean.</summary>
    string ClassDescription(SipStatusClass statusClass, SipLanguage language);

    /// <summary>What a registered code means, or null where there is no description in that language.</summary>
    string? Description(SipStatusInfo info, SipLanguage language);

    /// <summary>A short practical hint for a registered code, or null where there is none in that language.</summary>
    string? Hint(SipStatusInfo info, SipLanguage language);

    /// <summary>A paragraph on a code from 100 to 699 that is not registered: what a user agent treats it as.</summary>
    string ExplainUnregistered(int code, SipLanguage language);
}

/// <summary>The texts of the library's explanations API, in English or Dutch.</summary>
internal sealed class CatalogTexts : ICatalogTexts
{
    /// <summary>The one instance.</summary>
    public static readonly CatalogTexts Instance = new();

    private CatalogTexts()
    {
    }

    /// <inheritdoc />
    public string ClassName(SipStatusClass statusClass, SipLanguage language) => statusClass.GetDisplayName(language);

    /// <inheritdoc />
    public string ClassDescription(SipStatusClass statusClass, SipLanguage language) => statusClass.GetDescription(language);

    /// <inheritdoc />
    public string? Description(SipStatusInfo info, SipLanguage language) => info.GetDescription(language);

    /// <inheritdoc />
    public string? Hint(SipStatusInfo info, SipLanguage language) => info.GetHint(language);

    /// <inheritdoc />
    public string ExplainUnregistered(int code, SipLanguage language) => SipStatusCatalog.Explain(code, language);
}
