using Microsoft.AspNetCore.Http;

namespace Hubs.ServiceDefaults.Http;

/// <summary>
/// An endpoint parameter that checks part of the request while it is bound (a body read and validated, a precondition
/// header parsed); <see cref="RequestCheckFilter"/> answers the first failed one's problem before the handler runs.
/// </summary>
public interface IRequestCheck
{
    /// <summary>Null when the check passed.</summary>
    IResult? Problem { get; }
}
