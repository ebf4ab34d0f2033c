using System.Linq;
using System.Text.RegularExpressions;

namespace SipStatus.Tests;

/// <summary>
/// The phrase-comparison rule as the tests state it, independently of the library's code: drop a trailing comment
/// (one final group in parentheses, balanced inside, followed by nothing but whitespace), then keep the letters and
/// digits, lower-case them.
/// </summary>
internal static class PhraseRule
{
    /// <summary>
    /// A group in parentheses with balanced parentheses inside (.NET balancing groups) that ends the text but for
    /// whitespace.
    /// </summary>
    private static readonly Regex s_trailingComment = new(@"\((?>[^()]+|(?<open>\()|(?<-open>\)))*(?(open)(?!))\)\s*\z", RegexOptions.CultureInvariant);

    /// <summary>The text without its trailing comment; the text itself when it has none.</summary>
    public static string Wording(string text)
    {
        var comment = s_trailingComment.Match(text);
        return comment.Success ? text[..comment.Index] : text;
    }

    public static string Key(string text) => new(Wording(text).Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray());
}
