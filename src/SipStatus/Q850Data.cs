namespace SipStatus;

/// <summary>
/// The hand-written part of the Q.850 data: the class structure of cause values (ITU-T Q.850 section 2.2.5: the
/// class is the cause's top three bits, and classes 000 and 001 together are the normal events).
/// </summary>
internal static partial class Q850Data
{
    /// <summary>What <see cref="Q850.GetCauseName"/> says for an unassigned value, by <see cref="ClassIndex"/>.</summary>
    internal static readonly string[] UnassignedNames =
    {
        "Unassigned (normal event class)",
        "Unassigned (resource unavailable class)",
        "Unassigned (service or option not available class)",
        "Unassigned (service or option not implemented class)",
        "Unassigned (invalid message class)",
        "Unassigned (protocol error class)",
        "Unassigned (interworking class)",
    };

    /// <summary>0 for the normal events (0-31), then one per class of 16 values up to interworking (112-127).</summary>
    internal static int ClassIndex(int cause) => cause < 32 ? 0 : (cause >> 4) - 1;
}
