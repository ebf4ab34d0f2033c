using System;
using System.Globalization;

namespace SipStatus.Benchmarks.ByHand;

/// <summary>How a status line is parsed by hand: split on the first two spaces, check the parts, parse the number.</summary>
internal static class ByHandParsing
{
    public static (string Version, int Code, string ReasonPhrase) ParseStatusLine(string line)
    {
        var parts = line.Split(' ', 3);
        if (parts.Length != 3 || !parts[0].StartsWith("SIP/", StringComparison.OrdinalIgnoreCase))
        {
            throw new FormatException($"Not a SIP status line: {line}");
        }

        var code = int.Parse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture);
        if (code is < 100 or > 699)
        {
            throw new FormatException($"Not a SIP status code: {parts[1]}");
        }

        return (parts[0], code, parts[2]);
    }
}
