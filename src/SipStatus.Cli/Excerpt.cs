using System.Text;

namespace SipStatus.Cli;

/// <summary>Input as shown back in a message: short, with control characters escaped, so that no input can flood or
/// drive the terminal.</summary>
internal static class Excerpt
{
    /// <summary>The most characters shown.</summary>
    public const int MaxLength = 40;

    /// <summary>At most <see cref="MaxLength"/> characters of <paramref name="text"/> (then "…"), control characters as <c>\uXXXX</c>.</summary>
    public static string Of(string text)
    {
        var shown = text.Length > MaxLength ? text[..MaxLength] : text;
        var chars = new StringBuilder(shown.Length + 1);
        foreach (var c in shown)
        {
            if (char.IsControl(c) || c is '\u2028' or '\u2029')
            {
                chars.Append("\\u").Append(((int)c).ToString("x4", System.Globalization.CultureInfo.InvariantCulture));
            }
            else
            {
                chars.Append(c);
            }
        }

        return text.Length > MaxLength ? chars.Append('…').ToString() : chars.ToString();
    }
}
