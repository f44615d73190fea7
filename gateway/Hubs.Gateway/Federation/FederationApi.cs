using Hubs.Contracts.Federation;
using Hubs.Gateway.Proxy;
using Hubs.ServiceDefaults;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using Yarp.ReverseProxy;

namespace Hubs.Gateway.Federation;

/// <summary>The gateway's own endpoints: the hubs it routes to, and the answer for a hub it does not know.</summary>
public static class FederationApi
{
    public static IEndpointRouteBuilder MapFederationApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").WithTags("Federation");

        api.MapGet("/federation/hubs", ListHubs)
            .WithName("ListFederationHubs")
            .WithSummary("The configured hubs and whether the gateway currently routes to each.")
            .RequireAuthorization(Policies.Public);

        // Every routed hub has a proxy route with its id as a literal segment, which outranks this template:
        // whatever reaches it names no hub of the federation and is never forwarded.
        api.Map("/hubs/{hubId}/{**rest}", UnknownHub)
            .WithName("UnknownHub")
            .WithSummary("Any call to a hub the federation does not know (404) or has suspended (403).")
            .RequireAuthorization(Policies.Public);

        return app;
    }

    public static Ok<IReadOnlyList<HubAvailability>> ListHubs(RoutedHubs routed, IProxyStateLookup proxy)
    {
        IReadOnlyList<HubAvailability> hubs =
        [
            .. routed.Known.Order(StringComparer.Ordinal).Select(hubId =>
                proxy.TryGetCluster(UpstreamClusters.ForHub(hubId), out var cluster)
                    ? new HubAvailability
                    {
                        Id = hubId,
                        Status = UpstreamStatus.Of(cluster),
                        Routed = cluster.DestinationsState.AvailableDestinations.Count > 0,
                    }
                    : new HubAvailability { Id = hubId, Status = UpstreamStatus.Unknown, Routed = false }),
        ];
        return TypedResults.Ok(hubs);
    }

    public static ProblemHttpResult UnknownHub(string hubId, RoutedHubs routed) =>
        routed.IsSuspended(hubId)
            // 403, not 404: the hub exists and the directory lists it as suspended; a 404 would tell its businesses
            // and staff that it never existed (decision 0020).
            ? TypedResults.Problem(
                statusCode: StatusCodes.Status403Forbidden,
                title: "Hub suspended",
                detail: $"The network's coordinators have suspended hub '{hubId}': the network does not serve it until it is admitted again.")
            : TypedResults.Problem(
            statusCode: StatusCodes.Status404NotFound,
            title: "Hub not found",
            // Echo only what is a possible hub id: the rest is noise, or an attempt to put text in our answer.
            detail: HubIds.IsWellFormed(hubId)
                ? $"The federation has no hub '{hubId}'."
                : "The federation has no hub with that id; a hub id is 2 to 32 lower-case letters, digits and single dashes.");
}
