namespace Hubs.Portal.Security;

/// <summary>
/// What a page may load: only this origin (the gateway's, since the portal is served through it), no inline script and
/// no inline style; forms post only here (and, for signing out, lead on to the identity provider's end-session page:
/// browsers check a form's redirects against form-action too); nothing may frame the page. Bootstrap Italia draws some
/// icons as data: images.
/// </summary>
public sealed class ContentSecurityPolicy(RequestDelegate next, IConfiguration configuration)
{
    public const string Policy =
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; " +
        "form-action 'self'; frame-ancestors 'none'; base-uri 'self'";

    private readonly string _policy = For(configuration["Auth:Authority"]);

    /// <summary>The policy, with the identity provider's origin allowed as a form's destination when there is one.</summary>
    public static string For(string? authority) =>
        Uri.TryCreate(authority, UriKind.Absolute, out var uri)
            ? Policy.Replace("form-action 'self'", $"form-action 'self' {uri.GetLeftPart(UriPartial.Authority)}", StringComparison.Ordinal)
            : Policy;

    public Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(state =>
        {
            var response = ((HttpContext)state).Response;
            response.Headers.ContentSecurityPolicy = _policy;
            response.Headers.XContentTypeOptions = "nosniff";
            response.Headers["Referrer-Policy"] = "no-referrer";
            return Task.CompletedTask;
        }, context);
        return next(context);
    }
}
