using System;
using System.Globalization;
using System.IO;

namespace SipStatus.Cli;

/// <summary>The <c>sipstatus</c> command: explains a SIP response status code.</summary>
public static class Program
{
    /// <summary>Exit code when the input was understood.</summary>
    public const int Success = 0;

    /// <summary>Exit code when an input is not a SIP status code.</summary>
    public const int InvalidInput = 1;

    /// <summary>Exit code for a usage error.</summary>
    public const int UsageError = 2;

    /// <summary>Entry point.</summary>
    /// <param name="args">The command line.</param>
    /// <returns>The exit code.</returns>
    public static int Main(string[] args) => Run(args, Console.Out, Console.Error);

    /// <summary>Runs the command with the given output streams, so that it can be tested in-process.</summary>
    /// <param name="args">The command line.</param>
    /// <param name="stdout">Where results go.</param>
    /// <param name="stderr">Where errors go.</param>
    /// <returns>The exit code.</returns>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        if (args.Length != 1)
        {
            stderr.WriteLine("Usage: sipstatus <code>");
            stderr.WriteLine("Explains a SIP response status code from 100 to 699, for example: sipstatus 486");
            return UsageError;
        }

        var input = args[0];
        if (input is "-h" or "--help")
        {
            stdout.WriteLine("Usage: sipstatus <code>");
            stdout.WriteLine("Explains a SIP response status code from 100 to 699, for example: sipstatus 486");
            return Success;
        }

        if (!TryParseCode(input, out var code))
        {
            stderr.WriteLine($"sipstatus: '{Excerpt(input)}' is not a SIP status code: expected three digits from {SipStatusCatalog.MinCode} to {SipStatusCatalog.MaxCode}.");
            return InvalidInput;
        }

        if (!SipStatusCatalog.TryGet(code, out var info))
        {
            info = SipStatusCatalog.Resolve(code);
            stdout.WriteLine($"{code} is not a registered SIP status code; a user agent treats it as {info} (RFC 3261, section 8.1.3.2).");
            stdout.WriteLine();
        }

        Describe(info, stdout);
        return Success;
    }

    internal static void Describe(SipStatusInfo info, TextWriter stdout)
    {
        stdout.WriteLine(info.ToString());
        stdout.WriteLine($"  Class:     {info.Value / 100}xx {ClassName(info.Class)}");
        stdout.WriteLine($"  Reference: {info.Reference}");
        if (info.IsDeprecated)
        {
            stdout.WriteLine($"  Status:    deprecated; treat a received {info.Value} as {info.Value / 100 * 100}");
        }

        if (info.DutchHint is { } hint)
        {
            stdout.WriteLine($"  Hint (nl): {hint}");
        }
    }

    private static string ClassName(SipStatusClass statusClass) => statusClass switch
    {
        SipStatusClass.Provisional => "Provisional",
        SipStatusClass.Successful => "Successful",
        SipStatusClass.Redirection => "Redirection",
        SipStatusClass.RequestFailure => "Request Failure",
        SipStatusClass.ServerFailure => "Server Failure",
        _ => "Global Failure",
    };

    /// <summary>Exactly three ASCII digits, from 100 to 699.</summary>
    private static bool TryParseCode(string text, out int code)
    {
        code = 0;
        if (text.Length != 3 || !char.IsAsciiDigit(text[0]) || !char.IsAsciiDigit(text[1]) || !char.IsAsciiDigit(text[2]))
        {
            return false;
        }

        code = int.Parse(text, NumberStyles.None, CultureInfo.InvariantCulture);
        return code is >= SipStatusCatalog.MinCode and <= SipStatusCatalog.MaxCode;
    }

    /// <summary>The input as shown back in a message: at most 40 characters, control characters escaped.</summary>
    internal static string Excerpt(string text)
    {
        var shown = text.Length > 40 ? text[..40] + "…" : text;
        var chars = new System.Text.StringBuilder(shown.Length);
        foreach (var c in shown)
        {
            chars.Append(char.IsControl(c) ? $"\\u{(int)c:x4}" : c.ToString());
        }

        return chars.ToString();
    }
}
