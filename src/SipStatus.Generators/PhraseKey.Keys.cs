namespace SipStatus;

/// <summary>
/// What only the generator needs of the rule in <c>src/Shared/PhraseKey.cs</c>: the key of a whole phrase, to emit the
/// keys of the table's wordings and to check them.
/// </summary>
internal static partial class PhraseKey
{
    /// <summary>Whether <paramref name="phrase"/> ends in a comment that <see cref="WordingLength"/> drops.</summary>
    public static bool EndsInComment(string phrase) => WordingLength(phrase) < phrase.Length;

    /// <summary>The comparison key of <paramref name="phrase"/>: the significant characters of its wording, folded.</summary>
    public static string Of(string phrase)
    {
        var buffer = new char[phrase.Length];
        var length = 0;
        var wording = WordingLength(phrase);
        for (var i = 0; i < wording; i++)
        {
            if (IsSignificant(phrase[i]))
            {
                buffer[length++] = Fold(phrase[i]);
            }
        }

        return new string(buffer, 0, length);
    }
}
