namespace SipStatus;

/// <summary>The mapping of SIP responses to Q.850 causes.</summary>
public static partial class SipStatusCodeExtensions
{
    /// <summary>
    /// Gets the ITU-T Q.850 cause a gateway puts in the ISUP release when a call it sent into SIP fails with this
    /// response (RFC 3398 section 8.2.6.1), for example 17 (user busy) for 486 Busy Here. A 4xx-6xx code the RFC does
    /// not list, registered or not, maps to its default, 31 (normal, unspecified). For 488 and 606, which the RFC maps
    /// by the Warning header, the answer is the cause it recommends for most Warning codes, 31.
    /// </summary>
    /// <param name="code">A code from 100 to 699.</param>
    /// <returns>
    /// The cause, or null where none applies: 1xx-3xx responses, which do not fail a call, and 487 Request Terminated,
    /// for which the RFC gives no mapping (section 8.2.7: a 487 is what answers the gateway's own CANCEL).
    /// </returns>
    /// <exception cref="System.ArgumentOutOfRangeException"><paramref name="code"/> is outside 100-699.</exception>
    public static int? GetQ850Cause(this SipStatusCode code)
    {
        var value = SipStatusCatalog.CheckRange((int)code, nameof(code));
        return Q850Data.Causes[value - SipStatusCatalog.MinCode];
    }
}
