using Hubs.Contracts.Referrals;
using Hubs.HubNode.Bookings;
using Hubs.ServiceDefaults;
using Microsoft.AspNetCore.Http.HttpResults;
using Hubs.ServiceDefaults.Http;

namespace Hubs.HubNode.Referrals;

public static class ReferralsApi
{
    /// <summary>Warm-referral endpoints, relative to the hub's route group; all for the hub's staff.</summary>
    public static IEndpointRouteBuilder MapReferralsApi(this IEndpointRouteBuilder routes)
    {
        var referrals = routes.MapGroup("/referrals").WithTags("Referrals");

        referrals.MapPost("/", Refer)
            .WithName("ReferBusiness")
            .WithSummary("Refer the business of a meeting concluded with referred-to-another-hub, with its consent, to another hub (201; 200 when already referred there)")
            .Accepts<ReferralInput>("application/json")
            .RequireAuthorization(Policies.HubStaff);

        referrals.MapGet("/outgoing", ListOutgoing)
            .WithName("ListOutgoingReferrals")
            .WithSummary("Referrals made by this hub and their status at the receiving hub (status only, never the business's details there)")
            .RequireAuthorization(Policies.HubStaff);

        referrals.MapGet("/incoming", ListIncoming)
            .WithName("ListIncomingReferrals")
            .WithSummary("Referrals received by this hub, newest first, with the consented intake; status=open|booked|closed filters")
            .RequireAuthorization(Policies.HubStaff);

        referrals.MapPost("/{referralId:guid}/book", Book)
            .WithName("BookReferral")
            .WithSummary("Book a received referral into a free slot with the booking rules and the referral's intake (201 like a booking)")
            .Accepts<ReferralBookingInput>("application/json")
            .RequireAuthorization(Policies.HubStaff);

        referrals.MapPost("/{referralId:guid}/decline", Decline)
            .WithName("DeclineReferral")
            .WithSummary("Decline an open referral with a reason; the reason stays at this hub, the network hears only the status 'declined'")
            .Accepts<ReferralDeclineInput>("application/json")
            .RequireAuthorization(Policies.HubStaff);

        return routes;
    }

    public static async Task<Results<Ok<IncomingReferralResponse>, ProblemHttpResult>> Decline(
        Guid referralId, Valid<ReferralDecline> body, ReferralDesk desk, CancellationToken cancellationToken)
    {
        var (referral, problem) = await desk.DeclineAsync(referralId, body.Value.Reason, cancellationToken);
        return referral is null ? problem!.ToResult() : TypedResults.Ok(IncomingReferralResponse.From(referral));
    }

    public static async Task<Results<Created<OutgoingReferralResponse>, Ok<OutgoingReferralResponse>, ValidationProblem, ProblemHttpResult>> Refer(
        [AsParameters] ReferralServices services, CancellationToken cancellationToken)
    {
        if (!JsonRequest.IsReadable(services.Http.Request))
        {
            return JsonRequest.UnsupportedMediaType("the referral");
        }

        var (input, errors) = await JsonRequest.ReadAsync<ReferralInput>(services.Http.Request, services.Json.Value.SerializerOptions, "a referral", cancellationToken);
        if (input is null)
        {
            return TypedResults.ValidationProblem(errors);
        }

        errors = ReferralValidation.Validate(input, services.Hub.Value.Id, services.Desk.IsReferable, out var request);
        if (request is null)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var (referral, created, problem) = await services.Desk.ReferAsync(request, cancellationToken);
        if (referral is null)
        {
            return problem!.ToResult();
        }

        var response = OutgoingReferralResponse.From(referral);
        return created
            ? TypedResults.Created($"/api/hubs/{services.Hub.Value.Id}/referrals/outgoing", response)
            : TypedResults.Ok(response);
    }

    public static async Task<Ok<OutgoingReferralResponse[]>> ListOutgoing(ReferralDesk desk, CancellationToken cancellationToken) =>
        TypedResults.Ok((await desk.ListOutgoingAsync(cancellationToken)).Select(OutgoingReferralResponse.From).ToArray());

    public static async Task<Results<Ok<IncomingReferralResponse[]>, ValidationProblem>> ListIncoming(
        string? status, ReferralDesk desk, CancellationToken cancellationToken)
    {
        if (status is not null && !ReferralStatuses.IsKnown(status))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["status"] = [$"The status must be one of {string.Join(", ", ReferralStatuses.All)}."],
            });
        }

        return TypedResults.Ok((await desk.ListIncomingAsync(status, cancellationToken)).Select(IncomingReferralResponse.From).ToArray());
    }

    public static async Task<Results<Created<BookingCreatedResponse>, ValidationProblem, ProblemHttpResult>> Book(
        Guid referralId, [AsParameters] ReferralServices services, CancellationToken cancellationToken)
    {
        if (!JsonRequest.IsReadable(services.Http.Request))
        {
            return JsonRequest.UnsupportedMediaType("the slot");
        }

        var (input, errors) = await JsonRequest.ReadAsync<ReferralBookingInput>(services.Http.Request, services.Json.Value.SerializerOptions, "a referral's booking", cancellationToken);
        if (input is null)
        {
            return TypedResults.ValidationProblem(errors);
        }

        errors = ReferralValidation.Validate(input, out var slot);
        if (slot is not { } s)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var (result, problem) = await services.Desk.BookAsync(referralId, s.ExpertId, s.Start, cancellationToken);
        if (problem is not null)
        {
            return problem.ToResult();
        }

        return result!.Booking is { } booking
            ? TypedResults.Created(BookingCreatedResponse.PathOf(booking), BookingCreatedResponse.From(booking, result.ManageToken!))
            : RefusalProblem.For(result.Refusal!);
    }
}
