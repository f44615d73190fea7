using Hubs.Portal.Auth;
using Hubs.Portal.Gateway;

namespace Hubs.Portal.Components.Network;

/// <summary>
/// What the coordinators' pages fetch besides pages: the conditional poll of the live pages (decision 0029) and the
/// CSV downloads, which are the directory's own, passed through with the coordinator's token.
/// </summary>
public static class NetworkEndpoints
{
    public static IEndpointRouteBuilder MapNetworkEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet(NetworkPaths.Live, LiveAsync).RequireAuthorization(PortalPolicies.Coordinator);
        app.MapGet("/network/statistics/{figure}.csv", FigureCsvAsync).RequireAuthorization(PortalPolicies.Coordinator);
        return app;
    }

    /// <summary>304 while neither the statistics of the period nor the hubs changed; otherwise 200 with the new tag.</summary>
    public static async Task<IResult> LiveAsync(string? from, string? to, HttpContext http, NetworkClient network, CancellationToken cancellationToken)
    {
        var known = http.Request.Headers.IfNoneMatch.ToString();
        var knownStats = LiveTag.StatsPart(known);
        var statsTag = await network.StatsTagAsync(from, to, knownStats, cancellationToken) ?? knownStats!;
        var (hubs, _) = await network.HubsAsync(cancellationToken);
        var tag = LiveTag.Of(statsTag, hubs);
        http.Response.Headers.ETag = tag;
        http.Response.Headers.CacheControl = "private, no-cache";
        return tag == known.Trim() ? Results.StatusCode(StatusCodes.Status304NotModified) : Results.Json(new { tag });
    }

    public static async Task<IResult> FigureCsvAsync(string figure, string? from, string? to, NetworkClient network, CancellationToken cancellationToken)
    {
        var (csv, fileName, problem) = await network.FigureCsvAsync(figure, from, to, cancellationToken);
        return csv is null
            ? Results.Problem(statusCode: (int)problem!.Status, title: problem.Reason, extensions: new Dictionary<string, object?> { ["errors"] = problem.Errors })
            : Results.File(csv, "text/csv; charset=utf-8; header=present", fileName);
    }
}
