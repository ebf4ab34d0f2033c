namespace SipStatus;

/// <summary>
/// The hand-written part of the Q.850 data: the class structure of cause values (ITU-T Q.850 section 2.2.5: the
/// class is the cause's top three bits, and classes 000 and 001 together are the normal events).
/// </summary>
internal static partial class Q850Data
{
    /// <summary>
    /// What <see cref="Q850.GetCauseName(int)"/> says for an unassigned value, by <see cref="ClassIndex"/>, in every
    /// language (the sentence table's <c>Q850Unassigned...</c> rows).
    /// </summary>
    internal static readonly string[][] UnassignedNames =
    {
        SipStatusSentences.Q850UnassignedNormalEvent,
        SipStatusSentences.Q850UnassignedResourceUnavailable,
        SipStatusSentences.Q850UnassignedServiceNotAvailable,
        SipStatusSentences.Q850UnassignedServiceNotImplemented,
        SipStatusSentences.Q850UnassignedInvalidMessage,
        SipStatusSentences.Q850UnassignedProtocolError,
        SipStatusSentences.Q850UnassignedInterworking,
    };

    /// <summary>The name of a cause 0-127 in the language at <paramref name="language"/>, assigned or not.</summary>
    internal static string NameIn(int cause, int language) => CauseNames[cause]?[language] ?? UnassignedNames[ClassIndex(cause)][language];

    /// <summary>0 for the normal events (0-31), then one per class of 16 values up to interworking (112-127).</summary>
    internal static int ClassIndex(int cause) => cause < 32 ? 0 : (cause >> 4) - 1;
}
