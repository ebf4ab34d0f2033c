using System;
using System.Globalization;
using System.Text;

namespace SipStatus.Tests;

/// <summary>
/// The test assembly's entry point (the test SDK's generated one is switched off). Test runners never call it; the
/// <see cref="InvariantGlobalizationTests"/> run it in a child process to look at the catalog in invariant mode.
/// </summary>
public static class Program
{
    public const string InvariantProbe = "--invariant-probe";

    public const string ConcurrencyProbe = "--concurrency-probe";

    public static int Main(string[] args)
    {
        if (args.Length == 1 && args[0] == InvariantProbe)
        {
            Console.Out.Write(Probe());
            return 0;
        }

        if (args.Length == 1 && args[0] == ConcurrencyProbe)
        {
            Console.Out.Write(ConcurrentFirstUse.Run());
            return 0;
        }

        Console.Error.WriteLine($"usage: SipStatus.Tests {InvariantProbe} | {ConcurrencyProbe}");
        return 2;
    }

    /// <summary>One line per culture: its name and the start of the description and hint it chooses for 486.</summary>
    public static string Probe()
    {
        var invariant = CultureInfo.GetCultureInfo("nl-NL").TwoLetterISOLanguageName == "iv";
        var text = new StringBuilder($"invariant={invariant}\n");
        var info = SipStatusCode.BusyHere.GetInfo();
        foreach (var name in new[] { "nl", "nl-NL", "nl-BE", "nl-SR", "en-US", "de-DE", "fy-NL", "" })
        {
            var culture = CultureInfo.GetCultureInfo(name);
            text.Append(name).Append('|').Append(info.GetDescription(culture).AsSpan(0, 25)).Append('|').Append(info.GetHint(culture)).Append('\n');
        }

        // A language tag needs no culture data: the same answer with and without ICU.
        text.Append("tag nl-BE|").Append(info.GetDescription(SipLanguage.FromTag("nl-BE")).AsSpan(0, 25)).Append('\n');

        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("nl-BE");
        text.Append("current nl-BE|").Append(info.GetDescription().AsSpan(0, 25)).Append('\n');
        CultureInfo.CurrentUICulture = previous;
        return text.ToString();
    }
}
