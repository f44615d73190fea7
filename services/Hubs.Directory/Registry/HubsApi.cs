using Hubs.Contracts.Federation;
using Hubs.Contracts.Geography;
using Hubs.ServiceDefaults;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Hubs.Directory.Registry;

public static class HubsApi
{
    public static IEndpointRouteBuilder MapHubsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/directory/hubs").WithTags("Hubs");

        group.MapGet("/", ListHubs)
            .WithName("ListHubs")
            .WithSummary("Every hub that has announced itself, with its profile, status (online, stale, suspended) and number of listed experts.")
            .RequireAuthorization(Policies.Public);

        group.MapGet("/{id}", GetHub)
            .WithName("GetHub")
            .WithSummary("One announced hub.")
            .RequireAuthorization(Policies.Public);

        // For the gateway, which builds its hub routes from this (decision 0020): node addresses are not for the public,
        // so the path is outside /api, which is all the gateway forwards to the directory.
        app.MapGet("/internal/hub-routes", ListHubRoutes)
            .WithName("ListHubRoutes")
            .WithSummary("Every announced hub with the node address it announced and whether it is suspended.")
            .ExcludeFromDescription()
            .RequireAuthorization(Policies.Public);

        group.MapMembershipApi();

        return app;
    }

    public static async Task<Ok<IReadOnlyList<HubRoute>>> ListHubRoutes(IHubRegistry registry, CancellationToken cancellationToken)
    {
        IReadOnlyList<HubRoute> routes =
        [
            .. (await registry.ListAsync(cancellationToken))
                .Where(h => h.IsAnnounced)
                .Select(h => new HubRoute(h.HubId, h.NodeUrl, h.Suspended)),
        ];
        return TypedResults.Ok(routes);
    }

    public static async Task<Ok<IReadOnlyList<HubView>>> ListHubs([AsParameters] HubServices services, CancellationToken cancellationToken)
    {
        var hubs = await services.Registry.ListAsync(cancellationToken);
        var counts = await services.Experts.CountByHubAsync(cancellationToken);
        IReadOnlyList<HubView> views = [.. hubs.Where(h => h.IsAnnounced).Select(h => ToView(h, counts, services.Liveness))];
        return TypedResults.Ok(views);
    }

    public static async Task<Results<Ok<HubView>, ProblemHttpResult, ValidationProblem>> GetHub(
        string id, [AsParameters] HubServices services, CancellationToken cancellationToken)
    {
        if (!HubIds.IsWellFormed(id))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["id"] = ["A hub id is 2 to 32 lower-case letters, digits and single dashes."],
            });
        }

        var hub = await services.Registry.GetAsync(id, cancellationToken);
        if (hub is not { IsAnnounced: true })
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status404NotFound,
                title: "Hub not found",
                detail: $"The directory knows no announced hub '{id}'.");
        }

        var counts = await services.Experts.CountByHubAsync(cancellationToken);
        return TypedResults.Ok(ToView(hub, counts, services.Liveness));
    }

    private static HubView ToView(HubRecord hub, IReadOnlyDictionary<string, int> expertCounts, HubLiveness liveness)
    {
        var state = liveness.Assess(hub);
        return new HubView
        {
            Id = hub.HubId,
            Name = hub.Name ?? hub.HubId,
            City = hub.City ?? "",
            ProvinceCode = hub.ProvinceCode ?? "",
            Region = Provinces.Find(hub.ProvinceCode)?.Region,
            Latitude = hub.Latitude ?? 0,
            Longitude = hub.Longitude ?? 0,
            Specialties = hub.Specialties,
            Languages = hub.Languages,
            PublicUrl = hub.PublicUrl,
            ContactEmail = hub.ContactEmail,
            Version = hub.Version,
            LastHeartbeatAt = hub.LastHeartbeatAt,
            Status = state.Status,
            StaleSince = state.StaleSince,
            ExpertCount = expertCounts.GetValueOrDefault(hub.HubId),
        };
    }
}
