namespace SipStatus;

/// <summary>
/// The class of a SIP response, given by the first digit of its status code (RFC 3261 sections 7.2 and 21).
/// </summary>
public enum SipStatusClass
{
    /// <summary>1xx: the request was received and is being processed (provisional, not final).</summary>
    Provisional = 1,

    /// <summary>2xx: the request succeeded.</summary>
    Successful = 2,

    /// <summary>3xx: further action is needed, such as trying another location.</summary>
    Redirection = 3,

    /// <summary>4xx: the request failed at this server; a changed request may succeed.</summary>
    RequestFailure = 4,

    /// <summary>5xx: the server failed to fulfil an apparently valid request.</summary>
    ServerFailure = 5,

    /// <summary>6xx: the request cannot be fulfilled at any server.</summary>
    GlobalFailure = 6,
}
