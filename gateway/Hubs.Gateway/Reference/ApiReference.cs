using System.Net;
using System.Text;
using Hubs.Gateway.Federation;
using Hubs.ServiceDefaults;
using Hubs.ServiceDefaults.OpenApi;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace Hubs.Gateway.Reference;

/// <summary>
/// <c>GET /api/reference</c>: one page of plain HTML, served by the gateway itself (no script, no style, no font, no
/// request to another host: it lives under the API's <c>default-src 'none'</c> policy),
/// that lists every OpenAPI document of the federation at its path on this origin, with the few rules every
/// operation shares. A documentation tool (Redocly, Scalar, an IDE) can open any of them from here.
/// </summary>
public static class ApiReference
{
    public const string Path = "/api/reference";

    public static IEndpointRouteBuilder MapApiReference(this IEndpointRouteBuilder app)
    {
        app.MapGet(Path, Page)
            .WithName("GetApiReference")
            .WithTags("Federation")
            .WithSummary("The API reference: every service's OpenAPI document, and the rules they share")
            .ExcludeFromDescription()
            .RequireAuthorization(Policies.Public);
        return app;
    }

    /// <summary>The documents, by what they describe and their path on the gateway.</summary>
    public static IReadOnlyList<(string Service, string Path)> Documents(FederationOptions federation) =>
    [
        ("Gateway (the hubs it routes to)", $"/api/federation/{HubsOpenApi.DocumentPath}"),
        ("Directory (hubs, experts, referrals, statistics, export)", $"/api/directory/{HubsOpenApi.DocumentPath}"),
        ("Practice exchange (practices, adoptions, endorsements, feed)", $"/api/practices/{HubsOpenApi.DocumentPath}"),
        .. federation.Hubs.Keys.Order(StringComparer.Ordinal)
            .Select(hubId => ($"Hub node {hubId} (experts, slots, bookings, outcomes, cases, practices, referrals, consent)", $"/api/hubs/{hubId}/{HubsOpenApi.DocumentPath}")),
    ];

    public static ContentHttpResult Page(IOptions<FederationOptions> federation)
    {
        var html = new StringBuilder();
        html.Append("""
            <!doctype html>
            <html lang="en">
            <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>Hubs API reference</title>
            </head>
            <body>
            <main>
            <h1>Hubs API reference</h1>
            <p>Every service describes itself in an OpenAPI 3.1 document, served through this gateway. Open one in any OpenAPI
            viewer or client generator; the servers entry is this origin.</p>
            <h2>Documents</h2>
            <ul>
            """);
        foreach (var (service, path) in Documents(federation.Value))
        {
            html.Append("<li><a href=\"").Append(WebUtility.HtmlEncode(path)).Append("\"><code>")
                .Append(WebUtility.HtmlEncode(path)).Append("</code></a> — ").Append(WebUtility.HtmlEncode(service)).Append("</li>\n");
        }

        html.Append("""
            </ul>
            <h2>Rules every operation follows</h2>
            <ul>
            <li>JSON in and out (<code>application/json</code>, UTF-8); errors are RFC 9457 problems (<code>application/problem+json</code>) whose
            <code>detail</code> says what to change, with <code>errors</code> by field for a 400 and a stable <code>reason</code> for a 409.</li>
            <li>Public operations need no token; hub staff send <code>Authorization: Bearer</code> with a token of role <code>staff</code> for their hub,
            coordinators one of role <code>coordinator</code>. A token that is sent must be valid (401 otherwise); a 403 says whom the token acts for.</li>
            <li>A booking is managed with its manage token: the <code>X-Manage-Token</code> header or the <code>token</code> query parameter.</li>
            <li>A booking names the hub's current consent text: <code>GET /api/hubs/{hubId}/consent</code> gives its version and texts.</li>
            <li>Hub ids are lower-case slugs (<code>lomazzo</code>); the gateway accepts them in any letter case.</li>
            </ul>
            </main>
            </body>
            </html>
            """);
        return TypedResults.Content(html.ToString(), "text/html; charset=utf-8");
    }
}
