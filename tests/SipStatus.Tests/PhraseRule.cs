using System.Linq;

namespace SipStatus.Tests;

/// <summary>
/// The phrase-comparison rule as the tests state it, independently of the library's code: keep the letters and digits,
/// lower-case them.
/// </summary>
internal static class PhraseRule
{
    public static string Key(string text) => new(text.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray());
}
