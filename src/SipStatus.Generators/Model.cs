namespace SipStatus.Generators;

/// <summary>One row of the status-code table, as parsed and validated.</summary>
/// <param name="Code">The three-digit code.</param>
/// <param name="Identifier">The enum member name.</param>
/// <param name="ReasonPhrase">The registry's reason phrase.</param>
/// <param name="Rfc">The number of the defining RFC.</param>
/// <param name="Section">The defining section of that RFC, or empty.</param>
/// <param name="IsDeprecated">Whether the registry marks the code deprecated.</param>
/// <param name="Aliases">Other wordings that lookups accept for the code.</param>
/// <param name="Hints">One hint per language of <see cref="CodeTable.HintLanguages"/>; empty where there is none.</param>
internal sealed record CodeRow(
    int Code,
    string Identifier,
    string ReasonPhrase,
    int Rfc,
    string Section,
    bool IsDeprecated,
    EquatableArray<string> Aliases,
    EquatableArray<string> Hints);

/// <summary>The whole table: its rows in ascending code order, and the languages its hint columns carry.</summary>
internal sealed record CodeTable(EquatableArray<CodeRow> Rows, EquatableArray<string> HintLanguages);

/// <summary>
/// A diagnostic as plain data (no <c>Location</c> or <c>SyntaxTree</c>), so the parse result stays cacheable.
/// </summary>
internal sealed record DiagnosticInfo(
    string DescriptorId,
    string FilePath,
    int Line,
    int Start,
    int Length,
    EquatableArray<string> Arguments);

/// <summary>What parsing one table file produced: the table when it is valid, and every problem found.</summary>
internal sealed record ParseResult(string FileName, CodeTable? Table, EquatableArray<DiagnosticInfo> Diagnostics);
