namespace Hubs.Portal.Security;

/// <summary>
/// What a page may load: only this origin (the gateway's, since the portal is served through it), no inline script and
/// no inline style; forms post only here; nothing may frame the page. Bootstrap Italia draws some icons as data: images.
/// </summary>
public sealed class ContentSecurityPolicy(RequestDelegate next)
{
    public const string Policy =
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; " +
        "form-action 'self'; frame-ancestors 'none'; base-uri 'self'";

    public Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(static state =>
        {
            var response = ((HttpContext)state).Response;
            response.Headers.ContentSecurityPolicy = Policy;
            response.Headers.XContentTypeOptions = "nosniff";
            response.Headers["Referrer-Policy"] = "no-referrer";
            return Task.CompletedTask;
        }, context);
        return next(context);
    }
}
