using System;
using System.Collections.Generic;

namespace SipStatus;

/// <summary>The mapping of SIP responses to Q.850 causes, with the Warning header RFC 3398 maps 488 and 606 by.</summary>
public static partial class SipStatusCodeExtensions
{
    /// <summary>
    /// Gets the ITU-T Q.850 cause a gateway puts in the ISUP release when a call it sent into SIP fails with this
    /// response and these warnings (RFC 3398 section 8.2.6.1). For 488 Not Acceptable Here and 606 Not Acceptable,
    /// which the RFC maps "by Warning header", a warning that "speaks to an unavailable bearer capability" gives 65
    /// (bearer capability not implemented): in this catalog, 304 Media type not available (SipWarningCodes.tsv says
    /// why no other code). Otherwise, and for every other status code, the warnings change nothing: the answer is
    /// <see cref="GetQ850Cause(SipStatusCode)"/>'s, 31 (normal, unspecified) for a 488 or 606.
    /// </summary>
    /// <param name="code">A code from 100 to 699.</param>
    /// <param name="warnings">The warnings of the response, in any order; empty when it has none.</param>
    /// <returns>The cause, or null where none applies (1xx-3xx responses, and 487 Request Terminated).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="warnings"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="code"/> is outside 100-699.</exception>
    public static int? GetQ850Cause(this SipStatusCode code, IEnumerable<SipWarning> warnings)
    {
        if (warnings is null)
        {
            throw new ArgumentNullException(nameof(warnings));
        }

        var cause = code.GetQ850Cause();
        if (SipWarningData.IsMappedByWarning((int)code))
        {
            foreach (var warning in warnings)
            {
                if (SipWarningCatalog.Lookup(warning.Code)?.Q850CauseFor488And606 is { } byWarning)
                {
                    return byWarning;
                }
            }
        }

        return cause;
    }
}
