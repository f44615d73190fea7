using Microsoft.AspNetCore.Http;

namespace Hubs.ServiceDefaults.Http;

/// <summary>A request body's validated content: how it is read from a request (see <see cref="Valid{T}"/>).</summary>
public interface IRequestDraft<TSelf> where TSelf : class, IRequestDraft<TSelf>
{
    /// <summary>
    /// Reads and validates the body, usually with <see cref="Valid.ReadAsync{TInput, T}"/>: the input type, what the
    /// problems call it and its validator.
    /// </summary>
    static abstract ValueTask<Valid<TSelf>> ReadAsync(HttpContext http);
}
