using Hubs.HubNode.Extensions;
using Hubs.ServiceDefaults;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Hubs.HubNode.Slots;

public static class SlotsApi
{
    /// <summary>Slot endpoints, relative to the hub's route group.</summary>
    public static IEndpointRouteBuilder MapSlotsApi(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/slots", ListSlots)
            .WithTags("Slots")
            .WithName("ListSlots")
            .WithSummary("Free slots of a kind (default brainstorming) from now for 14 days, or from/to (at most 62 days), shown in tz (default the hub's zone)")
            .Produces<SlotResponse[]>()
            .RequireAuthorization(Policies.Public);
        return routes;
    }

    public static async Task<Results<SlotsJson, ValidationProblem, ProblemHttpResult>> ListSlots(
        string? topic,
        string? expert,
        string? kind,
        string? from,
        string? to,
        string? tz,
        [AsParameters] SlotServices services,
        CancellationToken cancellationToken)
    {
        var errors = SlotQuery.TryRead(topic, expert, kind, from, to, tz, services.Hub.Value.TimeZone, services.Clock.GetCurrentInstant(), out var query);
        if (query is null)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var slots = await services.Listing.ListAsync(query, cancellationToken);
        if (slots is null)
        {
            return TypedResults.Problem(
                title: "Expert not found",
                detail: $"No active expert {query.ExpertId} at this hub.",
                statusCode: StatusCodes.Status404NotFound);
        }

        return new SlotsJson(slots, query.DisplayZone);
    }
}
