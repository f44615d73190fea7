using Hubs.ServiceDefaults;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Hubs.Exchange.KnownHubs;

public static class KnownHubsApi
{
    public static IEndpointRouteBuilder MapKnownHubsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/practices").WithTags("Practices");

        group.MapGet("/hubs", ListKnownHubs)
            .WithName("ListKnownHubs")
            .WithSummary("The hubs the exchange knows (those that have announced themselves), by id.")
            .RequireAuthorization(Policies.Public);

        return app;
    }

    public static async Task<Ok<IReadOnlyList<KnownHubView>>> ListKnownHubs(IHubCatalog catalog, CancellationToken cancellationToken)
    {
        var hubs = await catalog.ListAsync(cancellationToken);
        IReadOnlyList<KnownHubView> views = [.. hubs.Select(h => new KnownHubView(h.HubId, h.Name, h.Version))];
        return TypedResults.Ok(views);
    }
}
