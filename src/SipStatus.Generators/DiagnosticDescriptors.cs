using Microsoft.CodeAnalysis;

namespace SipStatus.Generators;

/// <summary>
/// Every problem the generator reports about a status-code table. Each message starts with the file name and line
/// so that it reads well in a build log as well as in an editor.
/// </summary>
internal static class DiagnosticDescriptors
{
    private const string Category = "SipStatus.Generators";

    public static readonly DiagnosticDescriptor MissingColumn = Error(
        "SIPGEN001",
        "Table header lacks a required column",
        "{0}, line {1}: the header has no '{2}' column; required columns are: {3}");

    public static readonly DiagnosticDescriptor UnknownColumn = Error(
        "SIPGEN002",
        "Table header names an unknown or repeated column",
        "{0}, line {1}: column '{2}' is unknown or repeated; known columns are: {3}");

    public static readonly DiagnosticDescriptor WrongColumnCount = Error(
        "SIPGEN003",
        "Table row has the wrong number of columns",
        "{0}, line {1}: the row has {2} tab-separated columns but the header has {3}");

    public static readonly DiagnosticDescriptor InvalidCode = Error(
        "SIPGEN004",
        "Invalid status code",
        "{0}, line {1}: status code '{2}' is not three digits in the range 100-699");

    public static readonly DiagnosticDescriptor DuplicateCode = Error(
        "SIPGEN005",
        "Duplicate status code",
        "{0}, line {1}: status code {2} is already defined on line {3}");

    public static readonly DiagnosticDescriptor InvalidIdentifier = Error(
        "SIPGEN006",
        "Invalid enum identifier",
        "{0}, line {1}: '{2}' is not a valid C# identifier for an enum member (letters and digits, starting with an upper-case letter)");

    public static readonly DiagnosticDescriptor DuplicateIdentifier = Error(
        "SIPGEN007",
        "Duplicate enum identifier",
        "{0}, line {1}: identifier '{2}' is already used on line {3}");

    public static readonly DiagnosticDescriptor InvalidReasonPhrase = Error(
        "SIPGEN008",
        "Empty or invalid reason phrase",
        "{0}, line {1}: the reason phrase of {2} is empty, has leading or trailing spaces, or holds a control character");

    public static readonly DiagnosticDescriptor InvalidFlag = Error(
        "SIPGEN009",
        "Invalid flag value",
        "{0}, line {1}: '{2}' is not a valid value for column '{3}'; use 'yes' or leave it empty");

    public static readonly DiagnosticDescriptor InvalidReference = Error(
        "SIPGEN010",
        "Invalid RFC reference",
        "{0}, line {1}: '{2}' is not a valid value for column '{3}'; 'rfc' takes an RFC number, 'section' dotted digits or nothing");

    public static readonly DiagnosticDescriptor InvalidAlias = Error(
        "SIPGEN011",
        "Invalid alias",
        "{0}, line {1}: alias '{2}' of {3} is empty, repeats another wording of the same code, or holds a character that is not allowed");

    public static readonly DiagnosticDescriptor AmbiguousAlias = Error(
        "SIPGEN012",
        "Alias names another code",
        "{0}, line {1}: alias '{2}' of {3} matches a wording of {4} (line {5}); an alias must name one code only");

    public static readonly DiagnosticDescriptor InvalidText = Error(
        "SIPGEN013",
        "Invalid text",
        "{0}, line {1}: column '{2}' has leading or trailing spaces, holds a control character, or is empty where a text is required");

    public static readonly DiagnosticDescriptor EmptyTable = Error(
        "SIPGEN014",
        "Table has no rows",
        "{0}, line {1}: the table has a header but no rows");

    public static readonly DiagnosticDescriptor MissingText = Error(
        "SIPGEN015",
        "Text missing for a declared language",
        "{0}, line {1}: {2} has no text in column '{3}': {4}");

    public static readonly DiagnosticDescriptor LanguageMismatch = Error(
        "SIPGEN016",
        "Tables declare different languages",
        "{0}, line {1}: the table declares the languages {2} but {3} declares {4}; every table must carry the same languages");

    public static readonly DiagnosticDescriptor InvalidKey = Error(
        "SIPGEN017",
        "Invalid or repeated row key",
        "{0}, line {1}: '{2}' in column '{3}' is invalid or already used on another row; {4}");

    public static readonly DiagnosticDescriptor MissingRow = Error(
        "SIPGEN018",
        "Table lacks a required row",
        "{0}, line {1}: the table has no row for {2}");

    public static readonly DiagnosticDescriptor InvalidMapping = Error(
        "SIPGEN019",
        "Invalid mapping target",
        "{0}, line {1}: '{2}' in column '{3}' is not valid: {4}");

    public static readonly DiagnosticDescriptor InvalidPlaceholder = Error(
        "SIPGEN020",
        "Invalid or inconsistent placeholders",
        "{0}, line {1}: the text in column '{2}' {3}");

    public static readonly DiagnosticDescriptor WordingEndsInComment = Error(
        "SIPGEN021",
        "Wording ends in a comment",
        "{0}, line {1}: the {2} '{3}' of {4} ends in a comment in parentheses, which phrase lookups drop; write the wording without it");

    public static readonly DiagnosticDescriptor InvalidWarningName = Error(
        "SIPGEN022",
        "Warn-code text gives no enum member name",
        "{0}, line {1}: the warn_text '{2}' of warn-code {3} gives the enum member name '{4}', which cannot be used: {5}");

    private static DiagnosticDescriptor Error(string id, string title, string messageFormat) =>
        new(id, title, messageFormat, Category, DiagnosticSeverity.Error, isEnabledByDefault: true);

    public static DiagnosticDescriptor? Find(string id)
    {
        foreach (var descriptor in All)
        {
            if (descriptor.Id == id)
            {
                return descriptor;
            }
        }

        return null;
    }

    public static readonly DiagnosticDescriptor[] All =
    {
        MissingColumn, UnknownColumn, WrongColumnCount, InvalidCode, DuplicateCode, InvalidIdentifier,
        DuplicateIdentifier, InvalidReasonPhrase, InvalidFlag, InvalidReference, InvalidAlias, AmbiguousAlias,
        InvalidText, EmptyTable, MissingText, LanguageMismatch, InvalidKey, MissingRow, InvalidMapping,
        InvalidPlaceholder, WordingEndsInComment, InvalidWarningName,
    };
}
