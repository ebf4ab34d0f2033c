using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using FluentAssertions;
using Xunit;

namespace SipStatus.Tests;

/// <summary>
/// Both RFC 3398 tables, row by row as the RFC prints them (TestData/rfc3398-*.txt, verbatim from the RFC; its one
/// misprint, a second row numbered 504, is corrected here where the reason is stated), their defaults for everything
/// they do not list, and the Q.850 cause names.
/// </summary>
public class Q850Tests
{
    /// <summary>Rows of section 7.2.4.1: (cause, "w/ diagnostic" row?, printed SIP code or null for "---").</summary>
    private static List<(int Cause, bool WithDiagnostic, int? Code)> CauseToSipRows() =>
        Regex.Matches(TestFiles.ReadAll("rfc3398-7.2.4.1.txt"), @"^   (\d{1,3}) +(.+?) {2,}(---|\d{3})(?= |$)", RegexOptions.Multiline)
            .Select(m => (
                int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture),
                m.Groups[2].Value.Contains("(w/ diagnostic)", StringComparison.Ordinal),
                m.Groups[3].Value == "---" ? (int?)null : int.Parse(m.Groups[3].Value, CultureInfo.InvariantCulture)))
            .ToList();

    /// <summary>Rows of section 8.2.6.1: (printed SIP code, phrase, cause or null for "---", "by Warning header"?).</summary>
    private static List<(int Code, string Phrase, int? Cause, bool ByWarning)> SipToCauseRows() =>
        Regex.Matches(TestFiles.ReadAll("rfc3398-8.2.6.1.txt"), @"^   (\d{3}) (.+?) +(---|\d{1,3})( .*)?$", RegexOptions.Multiline)
            .Select(m => (
                int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture),
                m.Groups[2].Value,
                m.Groups[3].Value == "---" ? (int?)null : int.Parse(m.Groups[3].Value, CultureInfo.InvariantCulture),
                m.Groups[4].Value.Contains("by Warning header", StringComparison.Ordinal)))
            .ToList();


    [Fact]
    public void Every_row_of_RFC_3398_section_7_2_4_1_maps_as_printed()
    {
        var rows = CauseToSipRows();
        rows.Should().HaveCount(33, "the table has 33 rows, cause 22 twice");
        foreach (var (cause, withDiagnostic, printed) in rows)
        {
            Q850.ToSipStatusCode(cause, withDiagnostic).Should().Be((SipStatusCode?)printed, "RFC 3398 7.2.4.1 maps cause {0}{1} to {2}", cause, withDiagnostic ? " with a diagnostic" : string.Empty, printed);
            if (!withDiagnostic)
            {
                Q850.ToSipStatusCode(cause).Should().Be((SipStatusCode?)printed);
            }
        }

        Q850.ToSipStatusCode(22).Should().Be(SipStatusCode.Gone);
        Q850.ToSipStatusCode(22, hasDiagnostic: true).Should().Be(SipStatusCode.MovedPermanently);
        Q850.ToSipStatusCode(16).Should().BeNull("cause 16 ends the call with a BYE or CANCEL, not a response");
        TestFiles.ReadAll("rfc3398-7.2.4.1.txt").Should().Contain("29 facility rejected                    501 Not implemented", "the RFC prints 501 for cause 29: there is no misprint to correct");
        Q850.ToSipStatusCode(29).Should().Be(SipStatusCode.NotImplemented);
    }

    [Fact]
    public void A_cause_the_RFC_does_not_list_gets_its_default_500_and_nothing_else()
    {
        const string Rule = "If a cause value other than those listed below is received, the default response '500 Server internal error' SHOULD be used.";
        TestFiles.Prose("rfc3398-7.2.4.1.txt").Should().Contain(Rule);

        var listed = CauseToSipRows().Where(r => !r.WithDiagnostic).ToDictionary(r => r.Cause, r => r.Code);
        for (var cause = Q850.MinCause; cause <= Q850.MaxCause; cause++)
        {
            var expected = cause == 44 ? null : listed.TryGetValue(cause, out var code) ? code : 500;
            Q850.ToSipStatusCode(cause).Should().Be((SipStatusCode?)expected, "cause {0}", cause);
            Q850.ToSipStatusCode(cause, hasDiagnostic: true).Should().Be(cause == 22 ? SipStatusCode.MovedPermanently : (SipStatusCode?)expected);
        }

        // No "unspecified cause of its class" fallback: the RFC has none.
        Q850.ToSipStatusCode(0).Should().Be(SipStatusCode.ServerInternalError);
        Q850.ToSipStatusCode(30).Should().Be(SipStatusCode.ServerInternalError, "30 is unlisted, although 31 of its class maps to 480");
        Q850.ToSipStatusCode(66).Should().Be(SipStatusCode.ServerInternalError, "66 is unlisted, although 79 of its class maps to 501");
        Q850.ToSipStatusCode(97).Should().Be(SipStatusCode.ServerInternalError);
    }

    [Fact]
    public void Cause_44_is_untranslatable_and_gives_no_response()
    {
        TestFiles.Prose("rfc3398-7.2.4.1.txt").Should().Contain(
            "Hence receipt of cause code 44 should not result in any SIP status code being sent; effectively, the cause code is untranslatable.");
        Q850.ToSipStatusCode(44).Should().BeNull();
        Q850.ToSipStatusCode(44, hasDiagnostic: true).Should().BeNull();
        Q850.GetCauseName(44).Should().Be("Requested circuit/channel not available");
    }

    [Fact]
    public void Every_response_a_cause_maps_to_is_a_registered_final_failure_or_redirection()
    {
        for (var cause = Q850.MinCause; cause <= Q850.MaxCause; cause++)
        {
            foreach (var code in new[] { Q850.ToSipStatusCode(cause), Q850.ToSipStatusCode(cause, true) })
            {
                if (cause is 16 or 44)
                {
                    code.Should().BeNull();
                    continue;
                }

                code.Should().NotBeNull();
                code!.Value.IsDefined().Should().BeTrue("{0} maps to a registered code", cause);
                ((int)code.Value).Should().BeGreaterThanOrEqualTo(300);
            }
        }
    }

    [Fact]
    public void Every_row_of_RFC_3398_section_8_2_6_1_maps_as_printed_with_its_misprint_corrected()
    {
        var rows = SipToCauseRows();
        rows.Should().HaveCount(37);
        // Mapped "by Warning header": a warning that a medium is not available (304) changes the cause.
        SipWarning[] mediaUnavailable = [new SipWarning(304, "gw.example.net", "Media type not available")];
        var byWarningInTable = Enumerable.Range(400, 300).Where(c => ((SipStatusCode)c).GetQ850Cause(mediaUnavailable) != ((SipStatusCode)c).GetQ850Cause()).ToList();
        foreach (var (printed, phrase, cause, byWarning) in rows)
        {
            // Misprint: the RFC numbers two rows 504. "Version Not Supported" is 505 (RFC 3261 21.5.6), and the rows
            // run in code order (503, 504, 504, 513).
            var code = printed == 504 && phrase == "Version Not Supported" ? 505 : printed;

            // "by Warning header": the RFC recommends 31 for most Warning codes.
            var expected = byWarning ? 31 : cause;
            ((SipStatusCode)code).GetQ850Cause().Should().Be(expected, "RFC 3398 8.2.6.1 maps {0} to {1}", code, expected);
            byWarningInTable.Contains(code).Should().Be(byWarning, "{0} is mapped by Warning header", code);
        }

        byWarningInTable.Should().HaveCount(rows.Count(r => r.ByWarning));

        SipStatusCode.VersionNotSupported.GetReasonPhrase().Should().Be("Version Not Supported", "the misprinted row's phrase is 505's");
        SipStatusCode.ServerTimeout.GetReasonPhrase().Should().Be("Server Time-out");
        SipStatusCode.VersionNotSupported.GetQ850Cause().Should().Be(127);
        SipStatusCode.ServerTimeout.GetQ850Cause().Should().Be(102);
        SipStatusCode.RequestTerminated.GetQ850Cause().Should().BeNull("the RFC gives 487 no mapping");
        SipStatusCode.NotAcceptableHere.GetQ850Cause().Should().Be(31);
        SipStatusCode.NotAcceptableAnywhere.GetQ850Cause().Should().Be(31);
    }

    [Fact]
    public void Every_code_from_100_to_699_maps_to_the_table_s_cause_its_default_or_nothing()
    {
        var listed = SipToCauseRows().ToDictionary(r => r.Code == 504 && r.Phrase == "Version Not Supported" ? 505 : r.Code, r => r.ByWarning ? 31 : r.Cause);
        listed.Should().HaveCount(37);
        for (var code = SipStatusCatalog.MinCode; code <= SipStatusCatalog.MaxCode; code++)
        {
            var expected = code < 400 ? null : listed.TryGetValue(code, out var cause) ? cause : 31;
            ((SipStatusCode)code).GetQ850Cause().Should().Be(expected, "code {0}", code);
        }

        SipStatusCode.ConditionalRequestFailed.GetQ850Cause().Should().Be(31, "a registered code the RFC does not list");
        ((SipStatusCode)431).GetQ850Cause().Should().Be(31, "an unregistered code the RFC does not list");
        SipStatusCode.Unwanted.GetQ850Cause().Should().Be(31);
        SipStatusCode.Ok.GetQ850Cause().Should().BeNull();
        SipStatusCode.MovedTemporarily.GetQ850Cause().Should().BeNull();
        SipStatusCode.Ringing.GetQ850Cause().Should().BeNull();
    }

    [Fact]
    public void Every_cause_a_code_maps_to_is_an_assigned_Q850_cause()
    {
        for (var code = SipStatusCatalog.MinCode; code <= SipStatusCatalog.MaxCode; code++)
        {
            if (((SipStatusCode)code).GetQ850Cause() is { } cause)
            {
                Q850.IsAssigned(cause).Should().BeTrue("{0} maps to {1}", code, cause);
            }
        }
    }

    [Fact]
    public void Every_cause_is_explained_by_the_response_section_7_2_4_1_gives_it_in_both_languages()
    {
        var rows = CauseToSipRows().Where(r => !r.WithDiagnostic).ToDictionary(r => r.Cause, r => r.Code);
        for (var cause = Q850.MinCause; cause <= Q850.MaxCause; cause++)
        {
            var english = Q850.Explain(cause, SipLanguage.English);
            var dutch = Q850.Explain(cause, SipLanguage.Dutch);
            english.Should().StartWith($"Q.850 cause {cause}, \"{Q850.GetCauseName(cause)}\"");
            dutch.Should().StartWith($"Q.850-oorzaak {cause}, \"{Q850.GetCauseName(cause, SipLanguage.Dutch)}\"");
            if (cause == 44)
            {
                // Named in the text above the table: "the cause code is untranslatable".
                english.Should().Contain("untranslatable").And.Contain("no SIP response");
                dutch.Should().Contain("onvertaalbaar");
            }
            else if (!rows.TryGetValue(cause, out var printed))
            {
                // "If a cause value other than those listed below is received, the default response '500 Server
                // internal error' SHOULD be used."
                english.Should().Contain("does not list this cause; for such a cause a gateway sends the default response, 500 Server Internal Error: ");
                dutch.Should().Contain("noemt deze oorzaak niet").And.Contain("500 Server Internal Error");
            }
            else if (printed is { } code)
            {
                english.Should().Contain($"maps this cause to the SIP response {code} ");
                dutch.Should().Contain($"koppelt deze oorzaak aan het SIP-antwoord {code} ");
            }
            else
            {
                english.Should().ContainAny("no SIP response", "BYE or CANCEL");
            }

            english.Should().NotContain("{");
            dutch.Should().NotContain("{");
        }

        Q850.Explain(34, SipLanguage.English).Should().StartWith("Q.850 cause 34, \"No circuit/channel available\". RFC 3398 (section 7.2.4.1) maps this cause to the SIP response 503 Service Unavailable: ");
        using (new CultureScope("nl-BE"))
        {
            Q850.Explain(34).Should().Be(Q850.Explain(34, SipLanguage.Dutch));
        }
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(128)]
    [InlineData(int.MinValue)]
    [InlineData(int.MaxValue)]
    public void Causes_outside_0_to_127_throw_naming_the_value(int cause)
    {
        foreach (var act in new Action[] { () => Q850.ToSipStatusCode(cause), () => Q850.ToSipStatusCode(cause, true), () => Q850.GetCauseName(cause), () => Q850.Explain(cause), () => Q850.Explain(cause, SipLanguage.Dutch) })
        {
            act.Should().Throw<ArgumentOutOfRangeException>()
                .Where(e => e.ParamName == "cause")
                .Where(e => e.Message.StartsWith($"{cause} is not a Q.850 cause value", StringComparison.Ordinal))
                .Where(e => Equals(e.ActualValue, cause));
        }

        Q850.IsAssigned(cause).Should().BeFalse();
    }

    [Theory]
    [InlineData(99)]
    [InlineData(700)]
    [InlineData(0)]
    [InlineData(-404)]
    public void GetQ850Cause_throws_outside_100_to_699_naming_the_value(int code)
    {
        FluentActions.Invoking(() => ((SipStatusCode)code).GetQ850Cause()).Should().Throw<ArgumentOutOfRangeException>()
            .Where(e => e.ParamName == "code")
            .Where(e => e.Message.StartsWith($"{code} is not a SIP status code", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(1, "Unallocated (unassigned) number")]
    [InlineData(16, "Normal call clearing")]
    [InlineData(17, "User busy")]
    [InlineData(19, "No answer from user (user alerted)")]
    [InlineData(31, "Normal, unspecified")]
    [InlineData(34, "No circuit/channel available")]
    [InlineData(41, "Temporary failure")]
    [InlineData(102, "Recovery on timer expiry")]
    [InlineData(127, "Interworking, unspecified")]
    [InlineData(0, "Unassigned (normal event class)")]
    [InlineData(12, "Unassigned (normal event class)")]
    [InlineData(45, "Unassigned (resource unavailable class)")]
    [InlineData(60, "Unassigned (service or option not available class)")]
    [InlineData(75, "Unassigned (service or option not implemented class)")]
    [InlineData(89, "Unassigned (invalid message class)")]
    [InlineData(105, "Unassigned (protocol error class)")]
    [InlineData(120, "Unassigned (interworking class)")]
    public void Cause_names_are_Q850_s_in_English_whatever_the_culture(int cause, string name)
    {
        Q850.GetCauseName(cause).Should().Be(name);
        using (new CultureScope("nl-NL"))
        {
            Q850.GetCauseName(cause).Should().Be(name);
        }

        Q850.IsAssigned(cause).Should().Be(!name.StartsWith("Unassigned", StringComparison.Ordinal));
    }

    [Fact]
    public void Q850_assigns_71_cause_values_and_every_cause_has_a_name()
    {
        Enumerable.Range(0, 128).Count(Q850.IsAssigned).Should().Be(71);
        Enumerable.Range(0, 128).Select(Q850.GetCauseName).Should().OnlyContain(n => n.Length > 0);
        Enumerable.Range(0, 128).Where(Q850.IsAssigned).Select(Q850.GetCauseName).Should().OnlyHaveUniqueItems();
        Enumerable.Range(0, 128).Where(Q850.IsAssigned).Select(c => Q850.GetCauseName(c, SipLanguage.Dutch)).Should().OnlyHaveUniqueItems();
    }

    [Theory]
    [InlineData(1, "Niet-toegewezen nummer")]
    [InlineData(16, "Normale beëindiging van de oproep")]
    [InlineData(17, "Gebruiker bezet")]
    [InlineData(34, "Geen circuit/kanaal beschikbaar")]
    [InlineData(65, "Transportcapaciteit (bearer capability) niet geïmplementeerd")]
    [InlineData(0, "Niet toegewezen (klasse normale gebeurtenis)")]
    [InlineData(120, "Niet toegewezen (klasse interworking)")]
    public void Cause_names_are_Dutch_for_a_Dutch_culture_or_language_tag(int cause, string name)
    {
        Q850.GetCauseName(cause, SipLanguage.Dutch).Should().Be(name);
        Q850.GetCauseName(cause, SipLanguage.FromTag("nl-BE")).Should().Be(name);
        Q850.GetCauseName(cause, CultureInfo.GetCultureInfo("nl-NL")).Should().Be(name);
        Q850.GetCauseName(cause, CultureInfo.GetCultureInfo("de-DE")).Should().Be(Q850.GetCauseName(cause), "a language the catalog has no texts for falls back to Q.850's English name");
        using (new CultureScope("nl-NL"))
        {
            Q850.GetCauseName(cause, (CultureInfo?)null).Should().Be(name, "null is the current UI culture");
        }
    }

    [Fact]
    public void Every_cause_has_a_Dutch_name_of_its_own_beside_Q850_s_English_one()
    {
        foreach (var cause in Enumerable.Range(0, 128))
        {
            var dutch = Q850.GetCauseName(cause, SipLanguage.Dutch);
            dutch.Should().NotBeNullOrWhiteSpace();
            dutch.Should().NotBe(Q850.GetCauseName(cause), "cause {0} is translated", cause);
        }

        FluentActions.Invoking(() => Q850.GetCauseName(128, SipLanguage.Dutch)).Should().Throw<ArgumentOutOfRangeException>().Where(e => e.ParamName == "cause");
        FluentActions.Invoking(() => Q850.GetCauseName(-1, CultureInfo.InvariantCulture)).Should().Throw<ArgumentOutOfRangeException>().Where(e => e.ParamName == "cause");
    }
}
