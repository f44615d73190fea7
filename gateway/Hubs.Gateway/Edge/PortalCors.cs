using Microsoft.AspNetCore.Cors.Infrastructure;

namespace Hubs.Gateway.Edge;

/// <summary>The one CORS policy: the configured portal origins may call the API with a bearer or manage token; nobody else.</summary>
public static class PortalCors
{
    public const string Policy = "portal";

    /// <summary>The hub node's manage-token header (a booking's holder acts without an account).</summary>
    private const string ManageTokenHeader = "X-Manage-Token";

    public static void AddPolicy(CorsOptions cors, IEnumerable<string> allowedOrigins) =>
        cors.AddPolicy(Policy, policy => policy
            .WithOrigins([.. allowedOrigins.Select(o => TryParseOrigin(o, out var origin) ? origin : o)])
            .WithMethods(HttpMethods.Get, HttpMethods.Post, HttpMethods.Put, HttpMethods.Delete)
            .WithHeaders("Authorization", "Content-Type", ManageTokenHeader)
            // A 429 or 503 tells the portal when to try again; a 201 where the new thing lives.
            .WithExposedHeaders("Retry-After", "Location")
            // Tokens travel in headers, never in cookies: credentials stay off, so no cookie is ever sent cross-origin.
            .DisallowCredentials()
            .SetPreflightMaxAge(TimeSpan.FromMinutes(10)));

    /// <summary>An origin is an absolute http(s) URL with nothing after its authority; no wildcard.</summary>
    public static bool TryParseOrigin(string value, out string origin)
    {
        origin = "";
        if (!Uri.TryCreate(value, UriKind.Absolute, out var uri)
            || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps)
            || uri.AbsolutePath != "/" || uri.Query.Length > 0 || uri.Fragment.Length > 0 || uri.UserInfo.Length > 0
            || value.Contains('*', StringComparison.Ordinal))
        {
            return false;
        }

        origin = uri.GetLeftPart(UriPartial.Authority);
        return true;
    }
}
