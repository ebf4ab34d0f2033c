using System.Linq;
using FluentAssertions;
using Microsoft.CodeAnalysis;
using Xunit;
using static SipStatus.Generators.Tests.GeneratorHarness;

namespace SipStatus.Generators.Tests;

/// <summary>One test per diagnostic: a malformed table fails the build with a message naming the file and line.</summary>
public class DiagnosticTests
{
    private const string Causes = "cause\tname_en\tname_nl\n16\tNormal call clearing\tNormaal beëindigd\n17\tUser busy\tGebruiker bezet\n31\tNormal, unspecified\tNormaal, niet gespecificeerd\n";

    private static Diagnostic Single(string id, string table) => Single(id, TablePath, (TablePath, table));

    private static Diagnostic Single(string id, string path, params (string Path, string Text)[] files)
    {
        var result = RunFiles(files);
        result.GeneratedSources.Should().BeEmpty("tables with errors generate nothing");
        var diagnostic = result.Diagnostics.Should().ContainSingle().Subject;
        diagnostic.Id.Should().Be(id);
        diagnostic.Severity.Should().Be(DiagnosticSeverity.Error);
        diagnostic.Location.GetLineSpan().Path.Should().Be(path);
        return diagnostic;
    }

    private static void ShouldBeOnLine(Diagnostic diagnostic, int line, string file = "SipStatusCodes.tsv")
    {
        diagnostic.Location.GetLineSpan().StartLinePosition.Line.Should().Be(line - 1);
        diagnostic.GetMessage().Should().StartWith($"{file}, line {line}: ");
    }

    [Fact]
    public void SIPGEN001_a_missing_required_column()
    {
        var header = Header.Replace("\taliases", string.Empty, System.StringComparison.Ordinal);
        var d = Single("SIPGEN001", Lines(header, "100\tTrying\tTrying\t3261\t\t\t\t\t\tTried.\tGeprobeerd."));
        ShouldBeOnLine(d, 1);
        d.GetMessage().Should().Contain("'aliases'");
    }

    [Fact]
    public void SIPGEN001_an_empty_file()
    {
        var d = Single("SIPGEN001", "# nothing but a comment\n");
        d.GetMessage().Should().Contain("'code'");
    }

    [Fact]
    public void SIPGEN001_a_table_without_English_the_fallback_language()
    {
        var header = Header.Replace("\tdescription_en", string.Empty, System.StringComparison.Ordinal);
        var d = Single("SIPGEN001", Lines(header, "100\tTrying\tTrying\t3261\t\t\t\t\t\t\tGeprobeerd."));
        ShouldBeOnLine(d, 1);
        d.GetMessage().Should().Contain("'description_en'").And.Contain("English");
    }

    [Fact]
    public void SIPGEN001_a_language_with_only_some_of_its_columns()
    {
        var d = Single("SIPGEN001", Lines(Header + "\thint_de\taction_de", Good + "\t\t"));
        d.GetMessage().Should().Contain("'description_de'");
    }

    [Fact]
    public void SIPGEN002_an_unknown_column()
    {
        var d = Single("SIPGEN002", Lines(Header + "\tcolour", Good + "\tred"));
        ShouldBeOnLine(d, 1);
        d.GetMessage().Should().Contain("'colour'").And.Contain("description_<language>");
    }

    [Fact]
    public void SIPGEN003_wrong_column_count()
    {
        var short180 = Row("180", "Ringing", "Ringing", section: "21.1.2");
        var d = Single("SIPGEN003", Table(Good, short180[..short180.LastIndexOf('\t')]));
        ShouldBeOnLine(d, 3);
        d.GetMessage().Should().Contain("has 13 tab-separated columns but the header has 14");
    }

    [Theory]
    [InlineData("99")]
    [InlineData("1000")]
    [InlineData("700")]
    [InlineData("099")]
    [InlineData("4x1")]
    [InlineData("")]
    [InlineData("٤٨٦")]
    public void SIPGEN004_a_code_that_is_not_three_digits_in_range(string code)
    {
        var d = Single("SIPGEN004", Table(Good, Row(code, "Odd", "Odd")));
        ShouldBeOnLine(d, 3);
        d.GetMessage().Should().Contain($"'{code}'");
    }

    [Fact]
    public void SIPGEN005_a_duplicate_code()
    {
        var d = Single("SIPGEN005", Table(Good, Row("180", "Ringing", "Ringing"), Row("100", "TryingAgain", "Trying Again")));
        ShouldBeOnLine(d, 4);
        d.GetMessage().Should().Contain("100 is already defined on line 2");
    }

    [Theory]
    [InlineData("busyHere")]
    [InlineData("Busy Here")]
    [InlineData("4Busy")]
    [InlineData("Busy_Here")]
    [InlineData("")]
    public void SIPGEN006_an_invalid_identifier(string identifier)
    {
        var d = Single("SIPGEN006", Table(Good, Row("486", identifier, "Busy Here")));
        ShouldBeOnLine(d, 3);
        d.GetMessage().Should().Contain($"'{identifier}'");
    }

    [Fact]
    public void SIPGEN007_a_duplicate_identifier()
    {
        var d = Single("SIPGEN007", Table(Good, Row("180", "Trying", "Ringing")));
        ShouldBeOnLine(d, 3);
        d.GetMessage().Should().Contain("'Trying' is already used on line 2");
    }

    [Theory]
    [InlineData("")]
    [InlineData(" Ringing")]
    [InlineData("Ring\u0001ing")]
    public void SIPGEN008_an_empty_or_unclean_phrase(string phrase)
    {
        var d = Single("SIPGEN008", Table(Good, Row("180", "Ringing", phrase)));
        ShouldBeOnLine(d, 3);
        d.GetMessage().Should().Contain("reason phrase of 180");
    }

    [Theory]
    [InlineData("no", "deprecated")]
    [InlineData("true", "deprecated")]
    [InlineData("Yes", "deprecated")]
    [InlineData("y", "retry_after")]
    [InlineData("1", "retry_after")]
    public void SIPGEN009_a_bad_flag(string flag, string column)
    {
        var row = column == "deprecated"
            ? Row("202", "Accepted", "Accepted", "6665", "8.3.1", deprecated: flag)
            : Row("486", "BusyHere", "Busy Here", retryAfter: flag);
        var d = Single("SIPGEN009", Table(Good, row));
        ShouldBeOnLine(d, 3);
        d.GetMessage().Should().Contain($"'{flag}'").And.Contain($"'{column}'");
    }

    [Theory]
    [InlineData("RFC3261", "")]
    [InlineData("", "")]
    [InlineData("0326", "")]
    [InlineData("3261", "21..4")]
    [InlineData("3261", "§21")]
    public void SIPGEN010_a_bad_reference(string rfc, string section)
    {
        var d = Single("SIPGEN010", Table(Good, Row("180", "Ringing", "Ringing", rfc, section)));
        ShouldBeOnLine(d, 3);
    }

    [Theory]
    [InlineData("Ringing")]
    [InlineData("RINGING")]
    [InlineData("Ring|")]
    [InlineData("Ring| ring")]
    [InlineData("Bell|bell")]
    [InlineData("--")]
    public void SIPGEN011_an_alias_that_is_empty_or_repeats_a_wording_of_its_code(string aliases)
    {
        var d = Single("SIPGEN011", Table(Good, Row("180", "Ringing", "Ringing", aliases: aliases)));
        ShouldBeOnLine(d, 3);
        d.GetMessage().Should().Contain("of 180");
    }

    [Fact]
    public void SIPGEN012_an_alias_that_names_another_code()
    {
        var d = Single("SIPGEN012", Table(Good, Row("180", "Ringing", "Ringing", aliases: "TRYING")));
        ShouldBeOnLine(d, 3);
        d.GetMessage().Should().Contain("'TRYING' of 180 matches a wording of 100 (line 2)");
    }

    [Fact]
    public void SIPGEN012_is_not_raised_for_two_codes_sharing_a_registry_phrase()
    {
        var result = Run(Table(Row("406", "NotAcceptable", "Not Acceptable"), Row("606", "NotAcceptableAnywhere", "Not Acceptable")));
        result.Diagnostics.Should().BeEmpty();
        result.GeneratedSources.Should().HaveCount(3);
        result.GeneratedSources.Single(s => s.HintName == "SipStatusPhrases.g.cs").SourceText.ToString()
            .Should().Contain("Rows(global::SipStatus.SipStatusCode.NotAcceptable, global::SipStatus.SipStatusCode.NotAcceptableAnywhere),", "the one key names both codes");
    }

    [Fact]
    public void SIPGEN013_a_hint_with_a_control_character()
    {
        var d = Single("SIPGEN013", Table(Good, Row("486", "BusyHere", "Busy Here", hintEn: "busy", hintNl: "in\u0007gesprek")));
        ShouldBeOnLine(d, 3);
        d.GetMessage().Should().Contain("'hint_nl'");
    }

    [Fact]
    public void SIPGEN013_a_padded_description()
    {
        var d = Single("SIPGEN013", Table(Good, Row("486", "BusyHere", "Busy Here", en: "Busy. ")));
        d.GetMessage().Should().Contain("'description_en'");
    }

    [Fact]
    public void SIPGEN013_a_padded_Q850_cause_name()
    {
        var d = Single("SIPGEN013", CausesPath, (CausesPath, "cause\tname_en\tname_nl\n16\tNormal call clearing \tNormaal beëindigd\n"));
        ShouldBeOnLine(d, 2, "Q850Causes.tsv");
        d.GetMessage().Should().Contain("'name_en'");
    }

    [Fact]
    public void SIPGEN015_a_Q850_cause_without_a_name_in_a_declared_language()
    {
        var d = Single("SIPGEN015", CausesPath, (CausesPath, "cause\tname_en\tname_nl\n16\tNormal call clearing\t\n"));
        ShouldBeOnLine(d, 2, "Q850Causes.tsv");
        d.GetMessage().Should().Contain("cause 16 has no text in column 'name_nl'");
    }

    [Fact]
    public void SIPGEN015_a_code_without_an_action_in_a_declared_language()
    {
        var d = Single("SIPGEN015", Table(Good, Row("486", "BusyHere", "Busy Here", actionNl: string.Empty)));
        ShouldBeOnLine(d, 3);
        d.GetMessage().Should().Contain("486 has no text in column 'action_nl'");
    }

    [Fact]
    public void SIPGEN014_a_header_without_rows()
    {
        var d = Single("SIPGEN014", BareTable());
        ShouldBeOnLine(d, 1);
    }

    [Fact]
    public void SIPGEN015_a_code_without_a_description_in_a_declared_language()
    {
        var d = Single("SIPGEN015", Table(Good, Row("486", "BusyHere", "Busy Here", nl: string.Empty)));
        ShouldBeOnLine(d, 3);
        d.GetMessage().Should().Contain("486 has no text in column 'description_nl'").And.Contain("(en, nl)");
    }

    [Fact]
    public void SIPGEN015_a_hint_in_one_language_only()
    {
        var d = Single("SIPGEN015", Table(Good, Row("486", "BusyHere", "Busy Here", hintEn: "callee busy")));
        d.GetMessage().Should().Contain("486 has no text in column 'hint_nl'").And.Contain("must be given in all");
    }

    [Fact]
    public void SIPGEN015_a_class_without_a_Dutch_name()
    {
        var d = Single("SIPGEN015", ClassesPath, (ClassesPath, Classes("4\tRequest Failure\t\tFailed here.\tHier mislukt.")));
        ShouldBeOnLine(d, 5, "SipStatusClasses.tsv");
        d.GetMessage().Should().Contain("class 4 has no text in column 'name_nl'");
    }

    [Fact]
    public void SIPGEN016_a_class_table_with_other_languages_than_the_code_table()
    {
        var classes = Lines("class\tname_en\tdescription_en", Enumerable.Range(1, 6).Select(c => $"{c}\tClass {c}\tThe {c}xx class.").ToArray());
        var d = Single("SIPGEN016", ClassesPath, (TablePath, Table(Good)), (ClassesPath, classes));
        ShouldBeOnLine(d, 1, "SipStatusClasses.tsv");
        d.GetMessage().Should().Contain("declares the languages en but SipStatusCodes.tsv declares en, nl");
    }

    [Fact]
    public void SIPGEN016_a_sentence_table_with_an_extra_language()
    {
        var sentences = Lines("key\ttext_de\ttext_en\ttext_nl", "Hello\tHallo\tHello\tDag");
        var d = Single("SIPGEN016", SentencesPath, (TablePath, Table(Good)), (SentencesPath, sentences));
        d.GetMessage().Should().Contain("declares the languages de, en, nl");
    }

    [Theory]
    [InlineData("7")]
    [InlineData("0")]
    [InlineData("4xx")]
    [InlineData("3")]
    public void SIPGEN017_a_class_that_is_not_1_to_6_or_repeats(string key)
    {
        var d = Single("SIPGEN017", ClassesPath, (ClassesPath, Classes($"9\tSpare\tReserve\tA class.\tEen klasse.").Replace("9\t", key + "\t", System.StringComparison.Ordinal)));
        ShouldBeOnLine(d, 8, "SipStatusClasses.tsv");
        d.GetMessage().Should().Contain($"'{key}' in column 'class'");
    }

    [Theory]
    [InlineData("explainCode")]
    [InlineData("Explain Code")]
    [InlineData("Hello")]
    public void SIPGEN017_a_sentence_key_that_is_not_an_identifier_or_repeats(string key)
    {
        var d = Single("SIPGEN017", SentencesPath, (SentencesPath, Lines(SentenceHeader, "Hello\tHello.\tDag.", $"{key}\tBye.\tDoei.")));
        ShouldBeOnLine(d, 3, "SipStatusSentences.tsv");
        d.GetMessage().Should().Contain($"'{key}' in column 'key'");
    }

    [Theory]
    [InlineData("0")]
    [InlineData("128")]
    [InlineData("017")]
    [InlineData("16")]
    public void SIPGEN017_a_Q850_cause_out_of_range_or_repeated(string cause)
    {
        var d = Single("SIPGEN017", CausesPath, (CausesPath, $"cause\tname_en\tname_nl\n16\tNormal call clearing\tNormaal beëindigd\n{cause}\tSomething\tIets\n"));
        ShouldBeOnLine(d, 3, "Q850Causes.tsv");
        d.GetMessage().Should().Contain($"'{cause}' in column 'cause'");
    }

    [Theory]
    [InlineData("48")]
    [InlineData("700")]
    [InlineData("486")]
    [InlineData("180")]
    public void SIPGEN017_a_mapped_code_that_is_not_a_SIP_failure_code_or_repeats(string code)
    {
        var d = Single("SIPGEN017", SipToQ850Path, (SipToQ850Path, $"sip_code\tcause\tcondition\ndefault\t31\t\n486\t17\t\n{code}\t17\t\n"));
        ShouldBeOnLine(d, 4, "SipToQ850.tsv");
        d.GetMessage().Should().Contain($"'{code}' in column 'sip_code'");
    }

    [Fact]
    public void SIPGEN018_a_class_table_that_lacks_a_class()
    {
        var classes = Lines(ClassHeader, Enumerable.Range(1, 6).Where(c => c != 3).Select(c => $"{c}\tClass {c}\tKlasse {c}\tIt.\tHet.").ToArray());
        var d = Single("SIPGEN018", ClassesPath, (ClassesPath, classes));
        ShouldBeOnLine(d, 1, "SipStatusClasses.tsv");
        d.GetMessage().Should().Contain("no row for class 3 (3xx)");
    }

    [Fact]
    public void SIPGEN018_a_mapping_without_its_default_row()
    {
        var d = Single("SIPGEN018", Q850ToSipPath, (Q850ToSipPath, "cause\tsip_code\tcondition\n17\t486\t\n"));
        ShouldBeOnLine(d, 1, "Q850ToSip.tsv");
        d.GetMessage().Should().Contain("no row for 'default'");
    }

    [Fact]
    public void SIPGEN018_a_conditional_row_without_its_plain_row()
    {
        var d = Single("SIPGEN018", Q850ToSipPath, (Q850ToSipPath, "cause\tsip_code\tcondition\ndefault\t500\t\n22\t301\tdiagnostic\n"));
        ShouldBeOnLine(d, 3, "Q850ToSip.tsv");
        d.GetMessage().Should().Contain("no row for 22 without a condition");
    }

    [Theory]
    [InlineData("183", "183, which an unrecognized provisional response is treated as")]
    [InlineData("400", "400, which an unrecognized 4xx response is treated as")]
    [InlineData("600", "600, which an unrecognized 6xx response is treated as")]
    public void SIPGEN018_a_code_table_without_a_code_that_unrecognized_codes_are_treated_as(string missing, string expected)
    {
        var d = Single("SIPGEN018", BareTable(ResolutionTargets.Where(r => !r.StartsWith(missing + "\t", System.StringComparison.Ordinal)).Prepend(Good).ToArray()));
        ShouldBeOnLine(d, 1);
        d.GetMessage().Should().Contain("no row for " + expected + " (RFC 3261 section 8.1.3.2)");
    }

    [Theory]
    [InlineData("17\t999\t", "'999' in column 'sip_code'")]
    [InlineData("17\t48x\t", "'48x' in column 'sip_code'")]
    [InlineData("17\t486\tmaybe", "'maybe' in column 'condition'")]
    [InlineData("17\t486\twarning", "'warning' in column 'condition'")]
    [InlineData("22\t\tdiagnostic", "must name what it maps to")]
    public void SIPGEN019_a_malformed_mapping_target(string row, string expected)
    {
        var d = Single("SIPGEN019", Q850ToSipPath, (Q850ToSipPath, $"cause\tsip_code\tcondition\ndefault\t500\t\n22\t410\t\n{row}\n"));
        ShouldBeOnLine(d, 4, "Q850ToSip.tsv");
        d.GetMessage().Should().Contain(expected);
    }

    [Fact]
    public void SIPGEN019_a_mapping_to_a_code_the_code_table_lacks()
    {
        var d = Single("SIPGEN019", Q850ToSipPath, (TablePath, Table(Good)), (Q850ToSipPath, "cause\tsip_code\tcondition\ndefault\t100\t\n17\t486\t\n"));
        ShouldBeOnLine(d, 3, "Q850ToSip.tsv");
        d.GetMessage().Should().Contain("'486' in column 'sip_code' is not valid: it is not a code of SipStatusCodes.tsv");
    }

    [Fact]
    public void SIPGEN019_a_mapping_to_a_cause_the_cause_table_lacks()
    {
        var d = Single("SIPGEN019", SipToQ850Path, (CausesPath, Causes), (SipToQ850Path, "sip_code\tcause\tcondition\ndefault\t31\t\n486\t12\t\n"));
        ShouldBeOnLine(d, 3, "SipToQ850.tsv");
        d.GetMessage().Should().Contain("'12' in column 'cause' is not valid: it is not a cause of the Q.850 cause table");
    }

    [Theory]
    [InlineData("{0} is {")]
    [InlineData("{0} is }")]
    [InlineData("{0,5} is aligned")]
    [InlineData("{0:D} has a format")]
    [InlineData("{x} is named")]
    public void SIPGEN020_a_sentence_with_a_malformed_placeholder(string text)
    {
        var d = Single("SIPGEN020", SentencesPath, (SentencesPath, Lines(SentenceHeader, $"Hello\t{text}\tDag {{0}}.")));
        ShouldBeOnLine(d, 2, "SipStatusSentences.tsv");
        d.GetMessage().Should().Contain("column 'text_en'").And.Contain("brace");
    }

    [Fact]
    public void SIPGEN020_a_translation_with_other_placeholders_than_English()
    {
        var d = Single("SIPGEN020", SentencesPath, (SentencesPath, Lines(SentenceHeader, "Explain\t{0} means {1}.\t{0} betekent {2}.")));
        d.GetMessage().Should().Contain("'text_nl' uses the placeholders {0} {2} but 'text_en' uses {0} {1}");
    }

    [Theory]
    [InlineData("Forbidden (policy)")]
    [InlineData("Forbidden(policy)")]
    [InlineData("Forbidden (policy (local))")]
    [InlineData("(Forbidden)")]
    public void SIPGEN021_a_reason_phrase_that_ends_in_a_comment(string phrase)
    {
        var d = Single("SIPGEN021", Table(Good, Row("403", "Forbidden", phrase)));
        ShouldBeOnLine(d, 3);
        d.GetMessage().Should().Contain($"the reason phrase '{phrase}' of 403 ends in a comment in parentheses");
    }

    [Theory]
    [InlineData("Forbidden (policy)")]
    [InlineData("Access denied (ACL)")]
    [InlineData("(policy)")]
    public void SIPGEN021_an_alias_that_ends_in_a_comment(string alias)
    {
        var d = Single("SIPGEN021", Table(Good, Row("403", "Forbidden", "Forbidden", aliases: alias)));
        ShouldBeOnLine(d, 3);
        d.GetMessage().Should().Contain($"the alias '{alias}' of 403 ends in a comment");
    }

    [Theory]
    [InlineData("Forbidden (policy")]
    [InlineData("Forbidden (policy) here")]
    [InlineData("Forbidden (policy))")]
    public void SIPGEN021_is_not_raised_for_parentheses_that_are_no_trailing_comment(string alias)
    {
        var result = Run(Table(Good, Row("403", "Forbidden", "Forbidden", aliases: alias)));
        result.Diagnostics.Should().BeEmpty();
    }

    [Fact]
    public void Doubled_braces_are_literal_braces_not_placeholders()
    {
        var result = RunFiles((SentencesPath, Lines(SentenceHeader, "Braces\t{{literal}} and {0}.\t{{letterlijk}} en {0}.")));
        result.Diagnostics.Should().BeEmpty();
        result.GeneratedSources.Single().SourceText.ToString().Should().Contain("Placeholders: {0}.");
    }

    [Fact]
    public void A_language_is_added_by_adding_its_columns_and_nothing_else()
    {
        var table = Lines(Header + "\thint_de\tdescription_de\taction_de", WithResolutionTargets(new[] { Good + "\t\tEtwas ist passiert.\tTu etwas.", Row("486", "BusyHere", "Busy Here", hintEn: "busy", hintNl: "bezet") + "\tbesetzt\tBesetzt.\tRuf später an." }, "\t\tEs.\tTu es."));
        var classes = Lines(ClassHeader + "\tname_de\tdescription_de", Enumerable.Range(1, 6).Select(c => $"{c}\tClass {c}\tKlasse {c}\tIt.\tHet.\tKlasse {c}\tEs.").ToArray());
        var result = RunFiles((TablePath, table), (ClassesPath, classes));
        result.Diagnostics.Should().BeEmpty();
        var data = result.GeneratedSources.Single(s => s.HintName == "SipStatusData.g.cs").SourceText.ToString();
        data.Should().Contain("Languages = new string[] { \"de\", \"en\", \"nl\" }");
        data.Should().Contain("new string[] { \"Besetzt. Ruf später an.\", \"Something happened. Do something.\", \"Er gebeurde iets. Doe iets.\" }");
        data.Should().Contain("new string[] { \"Ruf später an.\", \"Do something.\", \"Doe iets.\" }");
        data.Should().Contain("new string[] { \"besetzt\", \"busy\", \"bezet\" }");
        result.GeneratedSources.Single(s => s.HintName == "SipStatusClasses.g.cs").SourceText.ToString().Should().Contain("new string[] { \"Klasse 4\", \"Class 4\", \"Klasse 4\" }");
    }

    [Fact]
    public void Every_problem_in_a_table_is_reported_not_just_the_first()
    {
        var diagnostics = Diagnostics(Good, Row("99", "Odd", "Odd"), Row("180", "ringing", "Ringing", nl: string.Empty));
        diagnostics.Select(d => d.Id).Should().BeEquivalentTo(new[] { "SIPGEN004", "SIPGEN006", "SIPGEN015" });
    }

    [Fact]
    public void A_problem_in_one_table_stops_the_output_of_every_table()
    {
        var result = RunFiles((TablePath, Table(Good)), (ClassesPath, Classes("7\tSeven\tZeven\tNo.\tNee.")));
        result.Diagnostics.Select(d => d.Id).Should().Equal("SIPGEN017");
        result.GeneratedSources.Should().BeEmpty();
    }

    [Fact]
    public void Every_descriptor_is_an_error_and_tested_here()
    {
        DiagnosticDescriptors.All.Should().OnlyHaveUniqueItems(d => d.Id);
        DiagnosticDescriptors.All.Should().OnlyContain(d => d.DefaultSeverity == DiagnosticSeverity.Error);
        var tested = typeof(DiagnosticTests).GetMethods().Select(m => m.Name).Where(n => n.StartsWith("SIPGEN", System.StringComparison.Ordinal)).Select(n => n[..9]).ToHashSet();
        tested.Should().BeEquivalentTo(DiagnosticDescriptors.All.Select(d => d.Id));
    }

    [Fact]
    public void Comments_blank_lines_and_CRLF_line_ends_are_accepted()
    {
        var result = Run("# a comment\r\n" + Header + "\r\n\r\n" + string.Join("\r\n", WithResolutionTargets(new[] { Good })) + "\r\n# another\r\n");
        result.Diagnostics.Should().BeEmpty();
        result.GeneratedSources.Should().HaveCount(3);
    }

    private static Diagnostic SingleWarning(string id, params string[] rows) =>
        Single(id, WarningsPath, (WarningsPath, Lines(WarningHeader, rows)));

    [Theory]
    [InlineData("299")]
    [InlineData("400")]
    [InlineData("30")]
    [InlineData("3040")]
    [InlineData("304")]
    public void SIPGEN017_a_warn_code_that_is_not_3xx_or_repeats(string code)
    {
        var d = SingleWarning("SIPGEN017", WarningRow("304", "Media type not available"), WarningRow(code, "Something else"));
        ShouldBeOnLine(d, 3, "SipWarningCodes.tsv");
        d.GetMessage().Should().Contain($"'{code}' in column 'code'").And.Contain("300 to 399");
    }

    [Theory]
    [InlineData("Media type not available!", "'MediaTypeNotAvailable'", "warn-code 304 has it already")]
    [InlineData("3 media formats", "'3MediaFormats'", "it is not a valid C# identifier")]
    [InlineData("-", "''", "it is not a valid C# identifier")]
    public void SIPGEN022_a_warn_text_that_gives_no_usable_enum_member_name(string text, string name, string why)
    {
        var d = SingleWarning("SIPGEN022", WarningRow("304", "Media type not available"), WarningRow("305", text));
        ShouldBeOnLine(d, 3, "SipWarningCodes.tsv");
        d.GetMessage().Should().Contain($"the warn_text '{text}' of warn-code 305 gives the enum member name {name}, which cannot be used: {why}");
    }

    [Theory]
    [InlineData("0")]
    [InlineData("128")]
    [InlineData("sixty-five")]
    public void SIPGEN019_a_warn_code_cause_that_is_not_a_Q850_cause(string cause)
    {
        var d = SingleWarning("SIPGEN019", WarningRow("304", "Media type not available", cause: cause));
        ShouldBeOnLine(d, 2, "SipWarningCodes.tsv");
        d.GetMessage().Should().Contain($"'{cause}' in column 'q850_for_488_606'");
    }

    [Theory]
    [InlineData("rfc", "RFC3261")]
    [InlineData("section", "20.43a")]
    public void SIPGEN010_a_warn_code_with_a_bad_reference(string column, string value)
    {
        var row = column == "rfc" ? WarningRow("304", "Media type not available", rfc: value) : WarningRow("304", "Media type not available", section: value);
        var d = SingleWarning("SIPGEN010", row);
        ShouldBeOnLine(d, 2, "SipWarningCodes.tsv");
        d.GetMessage().Should().Contain($"'{value}' is not a valid value for column '{column}'");
    }

    [Theory]
    [InlineData("")]
    [InlineData(" Media type")]
    public void SIPGEN013_a_warn_code_with_an_empty_or_unclean_registry_text(string text)
    {
        var d = SingleWarning("SIPGEN013", WarningRow("304", text));
        ShouldBeOnLine(d, 2, "SipWarningCodes.tsv");
        d.GetMessage().Should().Contain("column 'warn_text'");
    }

    [Fact]
    public void SIPGEN015_a_warn_code_without_a_Dutch_hint()
    {
        var d = SingleWarning("SIPGEN015", WarningRow("304", "Media type not available", hintNl: ""));
        ShouldBeOnLine(d, 2, "SipWarningCodes.tsv");
        d.GetMessage().Should().Contain("warn-code 304 has no text in column 'hint_nl'");
    }

    [Fact]
    public void SIPGEN016_a_Q850_cause_table_with_other_languages_than_the_code_table()
    {
        var d = Single("SIPGEN016", CausesPath, (TablePath, Table(Good)), (CausesPath, "cause\tname_en\n16\tNormal call clearing\n"));
        ShouldBeOnLine(d, 1, "Q850Causes.tsv");
        d.GetMessage().Should().Contain("declares the languages en but SipStatusCodes.tsv declares en, nl");
    }

    [Fact]
    public void SIPGEN016_a_warn_code_table_with_other_languages_than_the_code_table()
    {
        var header = WarningHeader.Replace("\thint_nl", string.Empty, System.StringComparison.Ordinal).Replace("\tdescription_nl", string.Empty, System.StringComparison.Ordinal).Replace("\taction_nl", string.Empty, System.StringComparison.Ordinal);
        var warnings = Lines(header, "304\tMedia type not available\tNot available.\t3261\t20.43\t65\tnot available\tNot available.\tOffer audio.");
        var d = Single("SIPGEN016", WarningsPath, (TablePath, Table(Good)), (WarningsPath, warnings));
        ShouldBeOnLine(d, 1, "SipWarningCodes.tsv");
        d.GetMessage().Should().Contain("declares the languages en but SipStatusCodes.tsv declares en, nl");
    }
}
