namespace SipStatus.Generators;

/// <summary>One row of the status-code table, as parsed and validated.</summary>
/// <param name="Code">The three-digit code.</param>
/// <param name="Identifier">The enum member name.</param>
/// <param name="ReasonPhrase">The registry's reason phrase.</param>
/// <param name="Rfc">The number of the defining RFC.</param>
/// <param name="Section">The defining section of that RFC, or empty.</param>
/// <param name="IsDeprecated">Whether the registry marks the code deprecated.</param>
/// <param name="AllowsRetryAfter">Whether RFC 3261 section 20.33 names the code as one that may carry Retry-After.</param>
/// <param name="Aliases">Other wordings that lookups accept for the code.</param>
/// <param name="Descriptions">
/// One description per language of <see cref="CodeTable.Languages"/>: the table's description and action, joined by a space.
/// </param>
/// <param name="Hints">One hint per language of <see cref="CodeTable.Languages"/>; all empty where there is none.</param>
/// <param name="Actions">One action per language of <see cref="CodeTable.Languages"/>: what to do, one sentence.</param>
internal sealed record CodeRow(
    int Code,
    string Identifier,
    string ReasonPhrase,
    int Rfc,
    string Section,
    bool IsDeprecated,
    bool AllowsRetryAfter,
    EquatableArray<string> Aliases,
    EquatableArray<string> Descriptions,
    EquatableArray<string> Hints,
    EquatableArray<string> Actions);

/// <summary>Where something is in a table file, kept as plain data so that pipeline models stay cacheable.</summary>
internal sealed record TextLocation(string FilePath, string FileName, int Line, int Start, int Length);

/// <summary>
/// The whole status-code table: its rows in ascending code order and the languages its text columns carry, in
/// ordinal order (the order of every per-language array the generator emits).
/// </summary>
internal sealed record CodeTable(EquatableArray<CodeRow> Rows, EquatableArray<string> Languages, TextLocation Header);

/// <summary>One row of the class table: the texts of one class (1 for 1xx ... 6 for 6xx).</summary>
internal sealed record ClassRow(int Class, EquatableArray<string> Names, EquatableArray<string> Descriptions);

/// <summary>The class table: all six classes in order, and its languages in ordinal order.</summary>
internal sealed record ClassTable(EquatableArray<ClassRow> Rows, EquatableArray<string> Languages, TextLocation Header);

/// <summary>One sentence template: a key (a C# identifier) and its text in every language.</summary>
internal sealed record SentenceRow(string Key, EquatableArray<string> Texts);

/// <summary>The sentence table: the templates explanations are built from, in key order, and its languages.</summary>
internal sealed record SentenceTable(EquatableArray<SentenceRow> Rows, EquatableArray<string> Languages, TextLocation Header);

/// <summary>One ITU-T Q.850 cause value and its name in each language of <see cref="CauseTable.Languages"/>.</summary>
internal sealed record CauseRow(int Cause, EquatableArray<string> Names);

/// <summary>The Q.850 cause names, in ascending cause order.</summary>
internal sealed record CauseTable(EquatableArray<CauseRow> Rows, EquatableArray<string> Languages, TextLocation Header);

/// <summary>
/// One row of an RFC 3398 mapping table. <see cref="From"/> is the cause or code mapped from, or -1 for the table's
/// default row; <see cref="To"/> is what it maps to, or -1 where the RFC maps it to no value; <see cref="Condition"/> is
/// empty or the table's one condition word (<c>diagnostic</c> or <c>warning</c>).
/// </summary>
internal sealed record MappingRow(int From, int To, string Condition, TextLocation Location);

/// <summary>An RFC 3398 mapping table, rows in ascending order of what they map from (the default row first).</summary>
internal sealed record MappingTable(EquatableArray<MappingRow> Rows);

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

/// <summary>The kinds of table file the generator reads, one file name each.</summary>
internal enum TableKind
{
    Codes,
    Classes,
    Sentences,
    Q850Causes,
    Q850ToSip,
    SipToQ850,
    Warnings,
}

/// <summary>
/// What parsing one table file produced: the table when it is valid (in the one property that fits its kind), and
/// every problem found.
/// </summary>
internal sealed record ParseResult(
    TableKind Kind,
    string FileName,
    EquatableArray<DiagnosticInfo> Diagnostics,
    CodeTable? Codes = null,
    ClassTable? Classes = null,
    SentenceTable? Sentences = null,
    CauseTable? Causes = null,
    MappingTable? Mapping = null,
    WarningTable? Warnings = null)
{
    /// <summary>Whether the file parsed without a problem.</summary>
    public bool IsValid => Diagnostics.Count == 0;
}

/// <summary>
/// Everything the generator emits from, after the tables have been checked against each other: the valid tables, or
/// none at all when any table has a problem (<see cref="Diagnostics"/> then lists every problem).
/// </summary>
internal sealed record GenerationModel(
    EquatableArray<DiagnosticInfo> Diagnostics,
    CodeTable? Codes,
    ClassTable? Classes,
    SentenceTable? Sentences,
    CauseTable? Causes,
    MappingTable? Q850ToSip,
    MappingTable? SipToQ850)
{
    /// <summary>The warn-code table, or null when it is not given or any table has a problem.</summary>
    public WarningTable? Warnings { get; init; }
}
