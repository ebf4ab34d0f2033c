using System.Collections.Generic;
using System.Linq;
using static SipStatus.AotCheck.Transcript;

namespace SipStatus.AotCheck;

/// <summary>SipStatusCode and its extension methods, for every registered code and for values that are not.</summary>
internal static class Codes
{
    public static void Write(Transcript transcript)
    {
        var codes = SipStatusCatalog.All.Select(info => info.Code)
            .Concat([(SipStatusCode)183, (SipStatusCode)199, (SipStatusCode)431, (SipStatusCode)499, (SipStatusCode)699, (SipStatusCode)99, (SipStatusCode)700, (SipStatusCode)0])
            .ToList();
        var warnings = new List<SipWarning>
        {
            SipWarning.Parse("370 sbc.example.net \"Insufficient bandwidth\""),
            SipWarning.Parse("399 gw.example.net \"ISUP cause=34\""),
        };
        foreach (var code in codes)
        {
            var section = "enum " + (int)code;
            var named = code.TryGetReasonPhrase(out var phrase);
            transcript.Line(section, $"ToString {code}, IsDefined {code.IsDefined()}, TryGetReasonPhrase {named} {Show(phrase)}, GetReasonPhrase {Try(() => code.GetReasonPhrase())}");
            transcript.Line(section, $"GetClass {Try(() => code.GetClass())}, GetInfo {Try(() => code.GetInfo().ToString())}, SipStatusCatalog.Get {Try(() => SipStatusCatalog.Get(code).ToString())}");
            transcript.Line(section, $"IsProvisional {Try(() => code.IsProvisional())}, IsFinal {Try(() => code.IsFinal())}, IsSuccessful {Try(() => code.IsSuccessful())}, IsFailure {Try(() => code.IsFailure())}");
            transcript.Line(section, $"GetQ850Cause {Try(() => code.GetQ850Cause())}, with warnings 370 and 399 {Try(() => code.GetQ850Cause(warnings))}, with none {Try(() => code.GetQ850Cause([]))}");
        }
    }
}
