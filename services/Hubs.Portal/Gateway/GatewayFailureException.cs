using System.Net;

namespace Hubs.Portal.Gateway;

/// <summary>
/// The gateway (or the service behind it) could not answer: the visitor gets a friendly 503 ("not reachable right
/// now") or 429 ("too many requests") page instead of the problem behind it.
/// </summary>
public sealed class GatewayFailureException(HttpStatusCode status, string what, Exception? inner = null)
    : Exception($"The gateway answered {(int)status} for {what}.", inner)
{
    public HttpStatusCode Status { get; } = status;

    /// <summary>For the exception handler: 429 and 503 pass through, anything else the portal did not expect is a 500.</summary>
    public static int StatusCodeOf(Exception exception) => exception switch
    {
        GatewayFailureException { Status: HttpStatusCode.TooManyRequests } => StatusCodes.Status429TooManyRequests,
        GatewayFailureException => StatusCodes.Status503ServiceUnavailable,
        _ => StatusCodes.Status500InternalServerError,
    };
}
