using Hubs.HubNode.Experts;
using Hubs.HubNode.Extensions;
using Hubs.HubNode.Slots;
using NodaTime;
using Hubs.HubNode.Versioning;
using Hubs.ServiceDefaults;
using Hubs.ServiceDefaults.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Hubs.HubNode.Availability;

public static class AvailabilityApi
{
    /// <summary>Availability endpoints, relative to the hub's route group.</summary>
    public static IEndpointRouteBuilder MapAvailabilityApi(this IEndpointRouteBuilder routes)
    {
        var availability = routes.MapGroup("").WithTags("Availability").WithMetadata(new VersionedResourceName("the availability"));

        availability.MapGet("/experts/{id:guid}/availability", GetAvailability)
            .WithName("GetExpertAvailability")
            .WithSummary("An active expert's weekly rules, exceptions, extra openings, buffer, notice and horizon")
            .RequireAuthorization(Policies.Public);

        availability.MapPut("/experts/{id:guid}/availability", SetAvailability)
            .WithName("SetExpertAvailability")
            .WithSummary("Replace an expert's availability (optional If-Match: \"<version>\"); its summary goes to the network through the outbox")
            .Accepts<AvailabilityInput>("application/json")
            .RequireAuthorization(Policies.HubStaff);

        availability.MapPost("/experts/{id:guid}/availability/preview", PreviewAvailability)
            .WithName("PreviewExpertAvailability")
            .WithSummary("The 45' slots these rules would offer an active expert in the next 14 days, around the meetings already booked; nothing is saved")
            .Accepts<AvailabilityInput>("application/json")
            .RequireAuthorization(Policies.HubStaff);

        return routes;
    }

    /// <summary>Staff see what a change would offer before saving it: the same calendar the slot listing uses, on the posted rules.</summary>
    public static async Task<Results<Ok<SlotResponse[]>, ProblemHttpResult>> PreviewAvailability(
        Guid id, Valid<AvailabilityRules> rules, IExpertStore experts, IExpertBusyTimes busyTimes, TimeProvider clock, CancellationToken cancellationToken)
    {
        var expert = await experts.GetAsync(id, cancellationToken);
        if (expert is null || expert.IsRetired)
        {
            return ChangeResults.NotFound<Expert>(id);
        }

        var now = clock.GetCurrentInstant();
        var window = new Interval(now, now + Duration.FromDays(PreviewDays));
        var busy = await busyTimes.ListAsync([id], SlotListing.Widen(window), cancellationToken);
        var slots = new SlotCalendar(rules.Value).FreeSlots(ConsultationKind.Brainstorming, window, now, busy.Select(b => b.Interval));
        return TypedResults.Ok(slots.Select(s => SlotResponse.From(new FreeSlot(id, expert.Profile.Name, ConsultationKind.Brainstorming, s), rules.Value.Zone)).ToArray());
    }

    /// <summary>How far the preview looks: the two weeks a business sees first.</summary>
    public const int PreviewDays = 14;

    public static async Task<Results<Ok<AvailabilityResponse>, ProblemHttpResult>> GetAvailability(
        Guid id, [AsParameters] AvailabilityServices services, CancellationToken cancellationToken)
    {
        var availability = await services.Schedule.GetAsync(id, cancellationToken);
        return availability is null ? NotFound(id) : Ok(availability, services);
    }

    public static async Task<Results<Ok<AvailabilityResponse>, ProblemHttpResult>> SetAvailability(
        Guid id, IfMatch ifMatch, Valid<AvailabilityRules> rules, [AsParameters] AvailabilityServices services, CancellationToken cancellationToken)
    {
        var change = await services.Schedule.SetAsync(id, rules.Value, ifMatch.Version, cancellationToken);
        return change.Outcome is ChangeOutcome.Changed or ChangeOutcome.Unchanged
            ? Ok(change.Current!, services)
            : ChangeResults.Failed(change.Outcome, change.Current?.Version, "availability", () => ChangeResults.NotFound<Expert>(id));
    }

    private static Ok<AvailabilityResponse> Ok(ExpertAvailability availability, AvailabilityServices services) =>
        ChangeResults.Ok(services.Http, availability.Version, AvailabilityResponse.From(availability));

    private static ProblemHttpResult NotFound(Guid id) => TypedResults.Problem(
        title: "Availability not found",
        detail: $"No active expert {id} with availability at this hub.",
        statusCode: StatusCodes.Status404NotFound);
}
