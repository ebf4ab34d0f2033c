namespace SipStatus;

/// <summary>
/// The one rule by which reason phrases are compared, shared by the generator (which checks that no alias names two
/// codes) and the library (which looks phrases up): case is ignored, and so is every character that is not a letter
/// or digit, so that "Request-URI Too Long", "request uri too long" and "Request – URI Too Long" are one phrase.
/// </summary>
internal static class PhraseKey
{
    /// <summary>Whether <paramref name="c"/> takes part in the comparison.</summary>
    public static bool IsSignificant(char c) => char.IsLetterOrDigit(c);

    /// <summary>The form in which a significant character is compared.</summary>
    public static char Fold(char c) => char.ToLowerInvariant(c);

    /// <summary>The comparison key of <paramref name="phrase"/>: its significant characters, folded.</summary>
    public static string Of(string phrase)
    {
        var buffer = new char[phrase.Length];
        var length = 0;
        foreach (var c in phrase)
        {
            if (IsSignificant(c))
            {
                buffer[length++] = Fold(c);
            }
        }

        return new string(buffer, 0, length);
    }
}
