using System.Text.Json;
using Hubs.HubNode.Experts;
using Hubs.ServiceDefaults;
using Microsoft.AspNetCore.Http.HttpResults;
using Hubs.ServiceDefaults.Http;

namespace Hubs.HubNode.Availability;

public static class AvailabilityApi
{
    /// <summary>Availability endpoints, relative to the hub's route group.</summary>
    public static IEndpointRouteBuilder MapAvailabilityApi(this IEndpointRouteBuilder routes)
    {
        var availability = routes.MapGroup("").WithTags("Availability");

        availability.MapGet("/experts/{id:guid}/availability", GetAvailability)
            .WithName("GetExpertAvailability")
            .WithSummary("An active expert's weekly rules, exceptions, extra openings, buffer, notice and horizon")
            .RequireAuthorization(Policies.Public);

        availability.MapPut("/experts/{id:guid}/availability", SetAvailability)
            .WithName("SetExpertAvailability")
            .WithSummary("Replace an expert's availability (optional If-Match: \"<version>\"); its summary goes to the network through the outbox")
            .Accepts<AvailabilityInput>("application/json")
            .RequireAuthorization(Policies.HubStaff);

        return routes;
    }

    public static async Task<Results<Ok<AvailabilityResponse>, ProblemHttpResult>> GetAvailability(
        Guid id, [AsParameters] AvailabilityServices services, CancellationToken cancellationToken)
    {
        var availability = await services.Schedule.GetAsync(id, cancellationToken);
        return availability is null ? NotFound(id) : Ok(availability, services);
    }

    public static async Task<Results<Ok<AvailabilityResponse>, ValidationProblem, ProblemHttpResult>> SetAvailability(
        Guid id, [AsParameters] AvailabilityServices services, CancellationToken cancellationToken)
    {
        if (!IfMatch.TryParse(services.Http.Request, out var ifMatch))
        {
            return IfMatch.Malformed("the availability");
        }

        if (!JsonRequest.IsReadable(services.Http.Request))
        {
            return JsonRequest.UnsupportedMediaType("the availability");
        }

        var (rules, errors) = await ReadRulesAsync(services, cancellationToken);
        if (rules is null)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var change = await services.Schedule.SetAsync(id, rules, ifMatch, cancellationToken);
        return change.Outcome switch
        {
            ExpertChangeOutcome.Changed or ExpertChangeOutcome.Unchanged => Ok(change.Availability!, services),
            ExpertChangeOutcome.Stale when change.Availability is { } current => IfMatch.Stale("availability", current.Version),
            ExpertChangeOutcome.Stale => TypedResults.Problem(
                title: "The availability has changed",
                detail: "If-Match names a version, but this expert has no availability yet.",
                statusCode: StatusCodes.Status412PreconditionFailed),
            ExpertChangeOutcome.Conflict => IfMatch.Concurrent("availability"),
            _ => ExpertNotFound(id),
        };
    }

    private static async Task<(AvailabilityRules? Rules, Dictionary<string, string[]> Errors)> ReadRulesAsync(
        AvailabilityServices services, CancellationToken cancellationToken)
    {
        var (input, readErrors) = await JsonRequest.ReadAsync<AvailabilityInput>(services.Http.Request, services.Json.Value.SerializerOptions, "the availability", cancellationToken);
        if (input is null)
        {
            return (null, readErrors);
        }

        var errors = AvailabilityValidation.Validate(input, services.Hub.Value.TimeZone, out var rules);
        return (rules, errors);
    }

    private static Ok<AvailabilityResponse> Ok(ExpertAvailability availability, AvailabilityServices services)
    {
        services.Http.Response.Headers.ETag = IfMatch.Tag(availability.Version);
        return TypedResults.Ok(AvailabilityResponse.From(availability));
    }

    private static ProblemHttpResult NotFound(Guid id) => TypedResults.Problem(
        title: "Availability not found",
        detail: $"No active expert {id} with availability at this hub.",
        statusCode: StatusCodes.Status404NotFound);

    private static ProblemHttpResult ExpertNotFound(Guid id) => TypedResults.Problem(
        title: "Expert not found",
        detail: $"No active expert {id} at this hub.",
        statusCode: StatusCodes.Status404NotFound);
}
