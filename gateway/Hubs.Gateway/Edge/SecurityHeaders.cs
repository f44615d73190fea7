using Hubs.Gateway.Proxy;
using Microsoft.Net.Http.Headers;
using Yarp.ReverseProxy.Model;

namespace Hubs.Gateway.Edge;

/// <summary>
/// Headers set on every response just before it starts — the gateway's own, the proxied ones and every error — so
/// an upstream can neither omit nor weaken them. What upstreams say about themselves (Server, X-Powered-By) is dropped.
/// </summary>
public sealed class SecurityHeaders(RequestDelegate next)
{
    /// <summary>API answers are data: nothing in them may load, run or be framed.</summary>
    public const string ApiContentSecurityPolicy = "default-src 'none'; frame-ancestors 'none'";

    /// <summary>Portal pages keep the policy the portal sets for them; without one they may at least not be framed.</summary>
    public const string PageContentSecurityPolicy = "frame-ancestors 'none'";

    public const string StrictTransportSecurity = "max-age=31536000";

    public Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(static state =>
        {
            Apply((HttpContext)state);
            return Task.CompletedTask;
        }, context);
        return next(context);
    }

    private static void Apply(HttpContext context)
    {
        var headers = context.Response.Headers;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "no-referrer";

        if (!IsPortalPage(context))
        {
            headers.ContentSecurityPolicy = ApiContentSecurityPolicy;
        }
        else if (string.IsNullOrEmpty(headers.ContentSecurityPolicy))
        {
            headers.ContentSecurityPolicy = PageContentSecurityPolicy;
        }

        // Over plain HTTP the header means nothing to a browser and would only claim what this hop does not offer.
        if (context.Request.IsHttps)
        {
            headers.StrictTransportSecurity = StrictTransportSecurity;
        }
        else
        {
            headers.Remove(HeaderNames.StrictTransportSecurity);
        }

        headers.Remove(HeaderNames.Server);
        headers.Remove(HeaderNames.XPoweredBy);
    }

    private static bool IsPortalPage(HttpContext context) =>
        context.Features.Get<IReverseProxyFeature>()?.Route.Config.RouteId == UpstreamClusters.Portal;
}
