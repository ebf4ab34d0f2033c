namespace SipStatus;

/// <summary>
/// A header field of a response that <see cref="SipResponseDiagnosis"/> could not read (a Reason without a cause, a
/// Warning without its quoted text, a Retry-After that is not a number of seconds): it is left out of the diagnosis and
/// kept here. Immutable.
/// </summary>
public sealed class SipResponseProblem
{
    internal SipResponseProblem(string header, int position, string description)
    {
        Header = header;
        Position = position;
        Description = description;
    }

    /// <summary>The header's name as RFC 3261 and RFC 3326 spell it: <c>Reason</c>, <c>Warning</c> or <c>Retry-After</c>.</summary>
    public string Header { get; }

    /// <summary>
    /// The zero-based offset in the input, in its own units (characters for a string, bytes for UTF-8): where the
    /// header field starts for Reason and Warning, where the problem is for Retry-After.
    /// </summary>
    public int Position { get; }

    /// <summary>What is wrong, in English (for Reason and Warning, the message of their parsers, whose position counts from the start of the header value).</summary>
    public string Description { get; }

    /// <summary>The header, the position and what is wrong, for a log.</summary>
    /// <returns>For example <c>Retry-After at 212: Not a valid Retry-After header value: ...</c>.</returns>
    public override string ToString() =>
        Header + " at " + Position.ToString(System.Globalization.CultureInfo.InvariantCulture) + ": " + Description;
}
