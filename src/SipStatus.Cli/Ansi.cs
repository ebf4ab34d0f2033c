namespace SipStatus.Cli;

/// <summary>Colour by class, as ANSI escape sequences: only when the output is a terminal and colour is wanted.</summary>
internal static class Ansi
{
    private const string Reset = "\u001b[0m";

    /// <summary><paramref name="text"/> in the colour of <paramref name="statusClass"/>, or as is when <paramref name="enabled"/> is false.</summary>
    public static string Paint(string text, SipStatusClass statusClass, bool enabled) =>
        enabled ? ColorOf(statusClass) + text + Reset : text;

    /// <summary>The escape sequence that starts the colour of a class: 1xx cyan, 2xx green, 3xx blue, 4xx yellow, 5xx red, 6xx magenta (all bold).</summary>
    public static string ColorOf(SipStatusClass statusClass) => statusClass switch
    {
        SipStatusClass.Provisional => "\u001b[1;36m",
        SipStatusClass.Successful => "\u001b[1;32m",
        SipStatusClass.Redirection => "\u001b[1;34m",
        SipStatusClass.RequestFailure => "\u001b[1;33m",
        SipStatusClass.ServerFailure => "\u001b[1;31m",
        _ => "\u001b[1;35m",
    };

    /// <summary>The sequence that ends a colour.</summary>
    public static string End => Reset;
}
