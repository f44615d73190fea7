namespace Hubs.Identity.Provider;

/// <summary>
/// Pages that take passwords: no script at all, never framed, no referrer (the authorize URL carries the request's
/// state). No <c>form-action</c>: the login form's redirect chain ends at the client's own origin, which Chromium
/// would check against it.
/// </summary>
public sealed class PageSecurityHeaders(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        var headers = context.Response.Headers;
        headers.ContentSecurityPolicy =
            "default-src 'none'; style-src 'self'; font-src 'self'; img-src 'self' data:; frame-ancestors 'none'; base-uri 'none'";
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "no-referrer";
        return next(context);
    }
}
