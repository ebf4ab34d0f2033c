using System.Globalization;
using System.Linq;
using FluentAssertions;
using Xunit;

namespace SipStatus.Tests;

/// <summary>
/// Each corrected text of the catalog beside the RFC sentence it follows (TestData/rfc-quotes.txt): first the quote is
/// checked to say what the rule relies on, then the English and Dutch texts are checked to agree with it.
/// </summary>
public class RfcRuleTests
{
    private static readonly CultureInfo s_en = CultureInfo.GetCultureInfo("en");
    private static readonly CultureInfo s_nl = CultureInfo.GetCultureInfo("nl");

    [Fact]
    public void Code_202_is_deprecated_for_SUBSCRIBE_NOTIFY_and_REFER_and_still_sent_by_a_MESSAGE_relay()
    {
        var events = RfcQuotes.Get("202-subscribe-notify").Says("MUST treat an incoming 202 response as identical to a 200 response and MUST NOT generate 202 response codes to SUBSCRIBE or NOTIFY requests.");
        var refer = RfcQuotes.Get("202-refer").Says("an element accepting a REFER request MUST NOT reply with a 202 response code and MUST treat any 202 responses received as identical to a 200 response.");
        var message = RfcQuotes.Get("202-message").Says("a message relay").Says("SHOULD return a 202 (Accepted) [5] response");
        var info = SipStatusCode.Accepted.GetInfo();
        info.IsDeprecated.Should().BeTrue();
        (info.Rfc, info.RfcSection).Should().Be((events.Rfc, events.Section));
        Description(202, s_en).Should().ContainAll(
            $"SUBSCRIBE and NOTIFY (RFC {events.Rfc} section {events.Section})", $"REFER (RFC {refer.Rfc} section {refer.Section})",
            $"MESSAGE relay still sends it (RFC {message.Rfc} section {message.Section})", "treat a received 202 as 200");
        Description(202, s_nl).Should().ContainAll(
            $"SUBSCRIBE en NOTIFY (RFC {events.Rfc} paragraaf {events.Section})", $"REFER (RFC {refer.Rfc} paragraaf {refer.Section})",
            $"MESSAGE-relay stuurt het nog (RFC {message.Rfc} paragraaf {message.Section})", "behandel 202 als 200");
    }

    [Fact]
    public void Code_204_answers_a_SUBSCRIBE_refresh_within_a_dialog_and_creates_nothing()
    {
        RfcQuotes.Get("204").Says("It is valid only in response to a SUBSCRIBE message sent within an established dialog.");
        Description(204, s_en).Should().Contain("SUBSCRIBE refresh within an existing dialog").And.NotContainEquivalentOf("created");
        Description(204, s_nl).Should().Contain("SUBSCRIBE die een abonnement binnen een bestaande dialoog ververst").And.NotContainEquivalentOf("aangemaakt");
    }

    [Fact]
    public void Code_503_comes_from_the_server_that_sent_it_or_from_the_caller_s_own_device_not_the_callee_s_provider()
    {
        RfcQuotes.Get("503").Says("temporary overloading or maintenance of the server");
        RfcQuotes.Get("503-proxy").Says("A proxy which receives a 503 (Service Unavailable) response SHOULD NOT forward it upstream unless");
        RfcQuotes.Get("transaction-errors").Says("If a fatal transport error is reported by the transport layer").Says("MUST be treated as a 503 (Service Unavailable)");
        Description(503, s_en).Should().ContainAll("The server that sent it, usually the next hop", "overloaded or in maintenance", "own device generated it after a transport error");
        Description(503, s_nl).Should().ContainAll("De server die het stuurde, meestal de eerstvolgende", "overbelast of in onderhoud", "na een transportfout");
        NoCallee(503);
    }

    [Fact]
    public void Code_408_is_also_a_device_s_own_timeout_and_its_hint_says_nothing_of_a_callee_who_does_not_answer()
    {
        RfcQuotes.Get("408").Says("The server could not produce a response within a suitable amount of time");
        RfcQuotes.Get("transaction-errors").Says("When a timeout error is received from the transaction layer, it MUST be treated as if a 408 (Request Timeout) status code has been received.");
        Description(408, s_en).Should().ContainAll("a server could not answer in time", "the device got no reply at all", "connectivity, NAT, firewall and the server address");
        Description(408, s_nl).Should().ContainAll("een server kon niet op tijd antwoorden", "het toestel kreeg helemaal geen antwoord", "verbinding, NAT, firewall en serveradres");
        Hint(408, s_en).Should().NotContainAny("callee", "answer").And.Contain("network");
        Hint(408, s_nl).Should().NotContainAny("gebelde", "neemt niet", "gaat niet over").And.Contain("netwerk");
    }

    [Fact]
    public void Code_487_was_cancelled_by_a_CANCEL_or_BYE_usually_the_caller_s_and_blames_no_callee()
    {
        RfcQuotes.Get("487").Says("The request was terminated by a BYE or CANCEL request.");
        RfcQuotes.Get("487-fork").Says("If the forwarded response was a final response, the proxy MUST generate a CANCEL request for all pending client transactions");
        Description(487, s_en).Should().ContainAll("cancelled by a CANCEL or BYE", "the caller hung up", "another device answered");
        Description(487, s_nl).Should().ContainAll("geannuleerd met een CANCEL of BYE", "hing de beller op", "nam een ander toestel op");
        Hint(487, s_en).Should().Be("caller hung up or another device answered");
        Hint(487, s_nl).Should().Be("beller hing op of een ander toestel nam op");
        NoCallee(487);
    }

    [Fact]
    public void Code_403_follows_the_RFC_and_gives_the_PBX_habit_as_practice_not_as_the_RFC()
    {
        RfcQuotes.Get("403").Says("Authorization will not help, and the request SHOULD NOT be repeated.");
        Description(403, s_en).Should().StartWith("The server refuses the request and authenticating again will not help.")
            .And.Contain("In practice many PBXs also answer a REGISTER or INVITE with 403 for wrong credentials or a blocked address");
        Description(403, s_nl).Should().StartWith("De server weigert het request; opnieuw inloggen helpt niet.")
            .And.Contain("In de praktijk antwoorden veel centrales ook 403 op een REGISTER of INVITE met foute inloggegevens of van een geblokkeerd adres");
    }

    [Fact]
    public void Code_404_is_not_an_incomplete_number_that_is_484()
    {
        RfcQuotes.Get("404").Says("the user does not exist at the domain specified in the Request-URI");
        RfcQuotes.Get("484").Says("a Request-URI that was incomplete");
        Hint(404, s_en).Should().Be("number not recognised");
        Hint(404, s_nl).Should().Be("nummer niet herkend");
        Description(404, s_en).Should().NotContainEquivalentOf("incomplete");
        Description(404, s_nl).Should().NotContainEquivalentOf("onvolledig").And.NotContainEquivalentOf("incompleet");
        Hint(484, s_en).Should().Contain("incomplete");
        Hint(484, s_nl).Should().Contain("niet compleet");
    }

    [Fact]
    public void Code_100_comes_from_the_next_hop_server_and_says_nothing_about_the_callee_yet()
    {
        RfcQuotes.Get("100").Says("has been received by the next-hop server");
        Description(100, s_en).Should().ContainAll("The next-hop server has received the request", "It says nothing about the callee yet.").And.NotContain("ringing");
        Description(100, s_nl).Should().ContainAll("De eerstvolgende server heeft het request ontvangen", "Over de gebelde zegt dit nog niets.").And.NotContain("gaat");
    }

    [Fact]
    public void Code_417_may_list_the_accepted_values()
    {
        RfcQuotes.Get("417").Says("MAY, according to local policy, include an 'Accept-Resource-Priority' header field enumerating the acceptable resource values.");
        Description(417, s_en).Should().Contain("The response may list the accepted ones in Accept-Resource-Priority");
        Description(417, s_nl).Should().Contain("Het antwoord kan de geaccepteerde noemen in Accept-Resource-Priority");
    }

    [Fact]
    public void Codes_405_and_416_come_from_whichever_server_answered()
    {
        RfcQuotes.Get("405").Says("The response MUST include an Allow header field");
        RfcQuotes.Get("416").Says("the scheme of the URI in the Request-URI is unknown to the server.");
        Description(405, s_en).Should().StartWith("The server that answered").And.Contain("Allow header").And.NotContain("callee");
        Description(405, s_nl).Should().StartWith("De server die antwoordde").And.Contain("Allow-header").And.NotContain("gebelde");
        Description(416, s_en).Should().Contain("is unknown to the server that answered");
        Description(416, s_nl).Should().Contain("is onbekend bij de server die antwoordde");
    }

    [Fact]
    public void Code_424_includes_a_location_that_could_not_be_dereferenced()
    {
        RfcQuotes.Get("424").Says("malformed or not satisfactory for the recipient's purpose or could not be dereferenced.");
        Description(424, s_en).Should().Contain("was malformed, not satisfactory for the recipient's purpose, or could not be dereferenced");
        Description(424, s_nl).Should().Contain("was onjuist opgebouwd, niet bruikbaar voor het doel van de ontvanger of niet op te halen");
    }

    [Fact]
    public void Code_429_covers_a_missing_stale_or_invalid_token()
    {
        RfcQuotes.Get("429-stale").Says("if no Referred-By token is present or if the token is stale using the 429");
        RfcQuotes.Get("429-invalid").Says("MUST reject an otherwise well-formed request with an invalid Referred-By token");
        Description(429, s_en).Should().Contain("there was none, or it was stale or invalid");
        Description(429, s_nl).Should().Contain("maar dat ontbrak, was verlopen of ongeldig");
    }

    [Fact]
    public void Code_430_is_for_proxies_and_an_endpoint_that_gets_one_treats_it_as_400()
    {
        RfcQuotes.Get("430").Says("used by an edge proxy").Says("If an endpoint receives a 430 response, it should treat it as a 400 (Bad Request)");
        Description(430, s_en).Should().StartWith("An edge proxy").And.Contain("a device that gets 430 treats it as 400");
        Description(430, s_nl).Should().StartWith("Een edge proxy").And.Contain("een toestel dat 430 krijgt, behandelt het als 400");
    }

    [Fact]
    public void The_class_names_in_English_are_RFC_3261_section_21_s_headings_and_the_registry_s()
    {
        var registry = RfcQuotes.Get("registry-classes");
        foreach (var statusClass in System.Enum.GetValues<SipStatusClass>())
        {
            var digit = (int)statusClass;
            var heading = RfcQuotes.Get($"heading-21.{digit}");
            var name = statusClass.GetDisplayName(s_en);
            heading.Says($"21.{digit} {name} {digit}xx");
            registry.Says($"{digit}xx: {name}");
        }

        SipStatusClass.GlobalFailure.GetDisplayName(s_en).Should().Be("Global Failures");
    }

    [Fact]
    public void A_4xx_should_not_be_retried_unchanged_a_5xx_comes_from_whichever_server_erred_a_6xx_is_definitive()
    {
        RfcQuotes.Get("class-4xx").Says("The client SHOULD NOT retry the same request without modification (for example, adding appropriate authorization).");
        RfcQuotes.Get("class-5xx").Says("5xx responses are failure responses given when a server itself has erred.");
        RfcQuotes.Get("class-6xx").Says("a server has definitive information about a particular user");
        SipStatusClass.RequestFailure.GetDescription(s_en).Should().Contain("should not retry it without modification (e.g. adding credentials)").And.NotContain("must");
        SipStatusClass.RequestFailure.GetDescription(s_nl).Should().Contain("hoort het niet te herhalen zonder het aan te passen").And.NotContain("mag niet");
        SipStatusClass.ServerFailure.GetDescription(s_en).Should().Contain("can be any server on the path, erred itself").And.NotContain("provider");
        SipStatusClass.ServerFailure.GetDescription(s_nl).Should().Contain("kan elke server onderweg zijn, maakte zelf een fout").And.NotContain("provider");
        SipStatusClass.GlobalFailure.GetDescription(s_en).Should().StartWith("A server has definitive information about the user");
        SipStatusClass.GlobalFailure.GetDescription(s_nl).Should().StartWith("Een server heeft definitieve informatie over de gebruiker");
    }

    [Theory]
    [InlineData(431, "has the UAC, the user agent that sent the request, treat an unrecognized final response like the x00 response of its class")]
    [InlineData(188, "has the UAC, the user agent that sent the request, treat an unrecognized provisional response other than 100 as 183")]
    public void An_unrecognized_code_is_explained_as_the_UAC_s_rule(int code, string english)
    {
        var quote = RfcQuotes.Get("unrecognized").Says("A UAC MUST treat any final response it does not recognize as being equivalent to the x00 response code of that class")
            .Says("A UAC MUST treat any provisional response different than 100 that it does not recognize as 183 (Session Progress).");
        SipStatusCatalog.Explain(code, s_en).Should().Contain($"RFC {quote.Rfc} (section {quote.Section}) {english}");
        SipStatusCatalog.Explain(code, s_nl).Should().Contain($"RFC {quote.Rfc} (paragraaf {quote.Section}) behandelt de UAC, de user agent die het request verstuurde,");
    }

    [Fact]
    public void Every_section_the_catalog_names_is_the_one_the_RFC_text_shows()
    {
        var sections = RfcQuotes.All.Where(q => q.Key.StartsWith("section-", System.StringComparison.Ordinal)).ToList();
        foreach (var (id, quote) in sections)
        {
            var code = int.Parse(id["section-".Length..]);
            var info = SipStatusCatalog.Get((SipStatusCode)code);
            (info.Rfc, info.RfcSection).Should().Be((quote.Rfc, quote.Section), "{0} quotes the heading of {1}", quote.Source, code);
            quote.Text.Should().StartWith(quote.Section!).And.Contain(code.ToString(CultureInfo.InvariantCulture));
        }

        // Every code with a section is quoted, but 607 (RFC 8197 is not at hand: SipStatusCodes.tsv's header says so).
        SipStatusCatalog.All.Where(i => i.RfcSection is not null).Select(i => i.Value).Except(sections.Select(s => int.Parse(s.Key["section-".Length..])))
            .Should().Equal(607);

        // No section where the RFC could not be read here: 8224 (428, 436-438), 8599 (555), 8688 (608), 8876 (425).
        SipStatusCatalog.All.Where(i => i.RfcSection is null).Select(i => i.Value).Should().Equal(425, 428, 436, 437, 438, 555, 608);
    }

    private static string Description(int code, CultureInfo culture) => SipStatusCatalog.Get((SipStatusCode)code).GetDescription(culture)!;

    private static string Hint(int code, CultureInfo culture) => SipStatusCatalog.Get((SipStatusCode)code).GetHint(culture)!;

    private static void NoCallee(int code)
    {
        Hint(code, s_en).Should().NotContain("callee");
        Hint(code, s_nl).Should().NotContain("gebelde");
        Description(code, s_en).Should().NotContain("callee");
        Description(code, s_nl).Should().NotContain("gebelde");
    }
}
