namespace Hubs.Portal.Gateway;

/// <summary>
/// Tells the gateway whose request this is, so its per-client rate limit counts the visitor and not the portal as a
/// whole (the gateway believes it only when the portal is one of its Gateway:KnownProxies).
/// </summary>
public sealed class ForwardedFor(IHttpContextAccessor accessor) : DelegatingHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (accessor.HttpContext?.Connection.RemoteIpAddress is { } address)
        {
            request.Headers.TryAddWithoutValidation("X-Forwarded-For", address.ToString());
        }

        return base.SendAsync(request, cancellationToken);
    }
}
