using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using BenchmarkDotNet.Attributes;
using SipStatus.Benchmarks.ByHand;

namespace SipStatus.Benchmarks;

/// <summary>
/// A whole 486 response off the wire (about 600 bytes, one Reason and one Warning among the usual headers) to its
/// status, Reason, Warning, Retry-After and Server: split it into lines and match a compiled Regex per header of
/// interest, against <c>SipResponseDiagnosis.Parse</c> of the UTF-8 bytes. Both produce strings for what they keep;
/// the by-hand way decodes the bytes first, as it must to split them.
/// </summary>
[MemoryDiagnoser]
[BenchmarkCategory("8 whole response -> diagnosis")]
[Target(3, MaxBytes = 1024)]
public class ResponseDiagnosisBenchmarks
{
    /// <summary>A 486 Busy Here as a PBX behind an SBC sends it.</summary>
    public const string Response =
        "SIP/2.0 486 Busy Here\r\n" +
        "Via: SIP/2.0/UDP 192.0.2.10:5060;rport=5060;received=192.0.2.10;branch=z9hG4bKPj1b2c3d4e5f6a7b8c\r\n" +
        "Call-ID: 4f7a1c2e-6b0d-4a8e-9c3f-2d5e7f9a1b3c\r\n" +
        "From: \"Alice\" <sip:2001@pbx.example.com>;tag=8a2b4c6d-1e3f-4a5b-8c7d-9e0f1a2b3c4d\r\n" +
        "To: <sip:2002@pbx.example.com>;tag=5c3d2e1f-0a9b-4c8d-7e6f-5a4b3c2d1e0f\r\n" +
        "CSeq: 20311 INVITE\r\n" +
        "Server: Asterisk PBX 20.5.0\r\n" +
        "Allow: OPTIONS, REGISTER, SUBSCRIBE, NOTIFY, PUBLISH, INVITE, ACK, BYE, CANCEL, UPDATE, PRACK, REFER, MESSAGE\r\n" +
        "Reason: Q.850;cause=17;text=\"User busy\"\r\n" +
        "Warning: 399 pbx.example.com \"Callee is on another call\"\r\n" +
        "Content-Length:  0\r\n" +
        "\r\n";

    private static readonly Regex s_reason = new(@"^Reason\s*:\s*(?<protocol>[^;\s]+)\s*;\s*cause=(?<cause>\d+)(\s*;\s*text=""(?<text>[^""]*)"")?", RegexOptions.Compiled | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
    private static readonly Regex s_warning = new(@"^Warning\s*:\s*(?<code>\d{3})\s+(?<agent>\S+)\s+""(?<text>[^""]*)""", RegexOptions.Compiled | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
    private static readonly Regex s_retryAfter = new(@"^Retry-After\s*:\s*(?<seconds>\d+)", RegexOptions.Compiled | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
    private static readonly Regex s_server = new(@"^(Server|User-Agent)\s*:\s*(?<value>.*?)\s*$", RegexOptions.Compiled | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    private readonly byte[] _utf8 = Encoding.UTF8.GetBytes(Response);

    [GlobalSetup]
    public void Check()
    {
        Traffic.Check(_utf8.Length is > 550 and < 650, "not a 600-byte response");
        Traffic.Check(SplitAndRegex() == Diagnose(), "different diagnoses");
    }

    [Benchmark(Baseline = true)]
    public int SplitAndRegex()
    {
        var lines = Encoding.UTF8.GetString(_utf8).Split(["\r\n", "\n"], StringSplitOptions.None);
        var status = ByHandParsing.ParseStatusLine(lines[0]);
        var reasons = new List<(string Protocol, int Cause, string? Text)>();
        var warnings = new List<(int Code, string Agent, string Text)>();
        TimeSpan? retryAfter = null;
        string? server = null;
        for (var i = 1; i < lines.Length && lines[i].Length > 0; i++)
        {
            var line = lines[i];
            if (s_reason.Match(line) is { Success: true } reason)
            {
                reasons.Add((reason.Groups["protocol"].Value, int.Parse(reason.Groups["cause"].Value, CultureInfo.InvariantCulture), reason.Groups["text"].Success ? reason.Groups["text"].Value : null));
            }
            else if (s_warning.Match(line) is { Success: true } warning)
            {
                warnings.Add((int.Parse(warning.Groups["code"].Value, CultureInfo.InvariantCulture), warning.Groups["agent"].Value, warning.Groups["text"].Value));
            }
            else if (retryAfter is null && s_retryAfter.Match(line) is { Success: true } retry)
            {
                retryAfter = TimeSpan.FromSeconds(long.Parse(retry.Groups["seconds"].Value, CultureInfo.InvariantCulture));
            }
            else if (server is null && s_server.Match(line) is { Success: true } found)
            {
                server = found.Groups["value"].Value;
            }
        }

        return status.Code + reasons[0].Cause + warnings[0].Code + (retryAfter is null ? 0 : 1) + (server?.Length ?? 0);
    }

    [Benchmark]
    public int Diagnose()
    {
        var diagnosis = SipResponseDiagnosis.Parse(_utf8);
        return diagnosis.StatusLine.Code + diagnosis.Reasons[0].Cause + diagnosis.Warnings[0].Code
            + (diagnosis.RetryAfter is null ? 0 : 1) + (diagnosis.Server?.Length ?? 0);
    }
}
