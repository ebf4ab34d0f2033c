using System;
using System.Linq;
using System.Text;
using SipStatus.Benchmarks.ByHand;

namespace SipStatus.Benchmarks;

/// <summary>
/// What a proxy sees: the responses of a call set-up and its usual failures, the same eight for every benchmark, so
/// that no lookup gets to answer the same question over and over.
/// </summary>
internal static class Traffic
{
    /// <summary>How many responses each benchmark handles per invocation (its <c>OperationsPerInvoke</c>).</summary>
    public const int Count = 8;

    /// <summary>100, 180, 183, 200, 401, 407, 486, 487.</summary>
    public static readonly int[] Codes = [100, 180, 183, 200, 401, 407, 486, 487];

    /// <summary>Codes the registry does not know, from every class: what <c>Resolve</c> is for.</summary>
    public static readonly int[] UnrecognizedCodes = [150, 299, 370, 431, 450, 499, 599, 650];

    /// <summary>The status lines of <see cref="Codes"/> as sent, with the registry phrase, without the line end.</summary>
    public static readonly string[] Lines = Codes
        .Select(code => $"SIP/2.0 {code} {PlainSipStatusTable.Rows.Single(row => row.Code == code).ReasonPhrase}")
        .ToArray();

    /// <summary>The same lines as UTF-8 bytes, as read off the wire.</summary>
    public static readonly byte[][] Utf8Lines = Lines.Select(Encoding.UTF8.GetBytes).ToArray();

    /// <summary>Reason phrases as people and other stacks write them: any case, any spacing and punctuation.</summary>
    public static readonly string[] LoosePhrases =
    [
        "trying",
        "RINGING",
        "session progress",
        "Ok",
        "unauthorized",
        "Proxy-Authentication-Required",
        "  busy-HERE ",
        "Request  Terminated",
    ];

    public static SipStatusCode[] SipStatusCodes() => Codes.Select(code => (SipStatusCode)code).ToArray();

    public static PlainSipStatusCode[] PlainCodes() => Codes.Select(code => (PlainSipStatusCode)code).ToArray();

    public static void Check(bool condition, string what)
    {
        if (!condition)
        {
            throw new InvalidOperationException($"The benchmark's two sides disagree: {what}.");
        }
    }
}
