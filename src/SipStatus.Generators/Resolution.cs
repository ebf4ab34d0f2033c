using System.Collections.Generic;

namespace SipStatus.Generators;

/// <summary>
/// What a user agent client treats a status code as, RFC 3261 section 8.1.3.2 ("Unrecognized Responses"): "A UAC
/// MUST treat any final response it does not recognize as being equivalent to the x00 response code of that class"
/// (an unrecognized 431 is treated as 400 Bad Request), and "A UAC MUST treat any provisional response different than
/// 100 that it does not recognize as 183 (Session Progress)". A registered code is itself. The generator applies the
/// rule to every code from 100 to 699 and emits the answers; the status-code table must hold every code the rule can
/// answer with (<see cref="Targets"/>).
/// </summary>
internal static class Resolution
{
    /// <summary>What an unrecognized provisional (1xx) response is treated as: 183 Session Progress.</summary>
    public const int UnrecognizedProvisional = 183;

    /// <summary>Every code the rule can answer with for an unregistered code: 183 and the x00 code of each final class.</summary>
    public static readonly IReadOnlyList<int> Targets = new[] { UnrecognizedProvisional, 200, 300, 400, 500, 600 };

    /// <summary>What <paramref name="code"/> (100-699) is treated as, given the registered codes.</summary>
    public static int Resolve(int code, ISet<int> registered) =>
        registered.Contains(code) ? code : Unrecognized(code);

    /// <summary>What an unregistered <paramref name="code"/> (100-699) is treated as.</summary>
    public static int Unrecognized(int code) => code < 200 ? UnrecognizedProvisional : code / 100 * 100;
}
