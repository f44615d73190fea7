using Hubs.ServiceDefaults.OpenApi;
using Hubs.HubNode.Bookings;
using Hubs.HubNode.Referrals;
using Hubs.ServiceDefaults;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using Hubs.ServiceDefaults.Http;

namespace Hubs.HubNode.Outcomes;

public static class OutcomesApi
{
    /// <summary>Outcome endpoints, relative to the hub's route group.</summary>
    public static IEndpointRouteBuilder MapOutcomesApi(this IEndpointRouteBuilder routes)
    {
        routes.MapPost("/bookings/{id:guid}/outcome", RecordOutcome)
            .WithTags("Bookings")
            .WithName("RecordOutcome")
            .WithSummary("Record whether a meeting was held and what came of it (once, after it started); notes stay at the hub")
            .Accepts<OutcomeInput>("application/json")
            .Refuses(StatusCodes.Status409Conflict, "No outcome can be recorded now (reason: outcome-too-early, outcome-already-recorded, not-booked)")
            .RequireAuthorization(Policies.HubStaff);
        return routes;
    }

    public static async Task<Results<Ok<BookingResponse>, ValidationProblem, ProblemHttpResult>> RecordOutcome(
        Guid id, BookingDesk desk, ReferralDesk referrals, IOptions<JsonOptions> json, HttpContext http, CancellationToken cancellationToken)
    {
        if (!JsonRequest.IsReadable(http.Request))
        {
            return JsonRequest.UnsupportedMediaType("the outcome");
        }

        var (input, errors) = await JsonRequest.ReadAsync<OutcomeInput>(http.Request, json.Value.SerializerOptions, "an outcome", cancellationToken);
        if (input is null)
        {
            return TypedResults.ValidationProblem(errors);
        }

        errors = OutcomeValidation.Validate(input, out var draft);
        if (draft is null)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var result = await desk.RecordOutcomeAsync(id, draft, cancellationToken);
        if (result.Booking is not { } booking)
        {
            return RefusalProblem.For(result.Refusal!);
        }

        // A referral booked into this meeting closes with its outcome.
        await referrals.SettleSoonAsync(cancellationToken);
        return TypedResults.Ok(BookingResponse.From(booking, staffView: true));
    }
}
