using Hubs.Contracts.Federation;
using Hubs.Exchange.Practices;
using Hubs.ServiceDefaults;
using Hubs.ServiceDefaults.Http;
using Hubs.ServiceDefaults.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Hubs.Exchange.Endorsements;

public static class EndorsementsApi
{
    public static IEndpointRouteBuilder MapEndorsementsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/practices").WithTags("Endorsements");

        // Idempotent: endorsing twice answers 200 with the first endorsement, so a retried request is harmless.
        group.MapPost("/{hubId}/{practiceId:guid}/endorsements", Endorse)
            .WithName("EndorsePractice")
            .WithSummary("A (known) hub endorses another hub's practice: 201 the first time, 200 with the same endorsement after.")
            .Accepts<EndorsementInput>("application/json")
            .RequireAuthorization(Policies.AnyHubStaff);

        group.MapGet("/{hubId}/{practiceId:guid}/endorsements", ListEndorsements)
            .WithName("ListPracticeEndorsements")
            .WithSummary("The hubs that endorsed a practice, oldest first.")
            .RequireAuthorization(Policies.Public);

        group.MapGet("/{hubId}/{practiceId:guid}/endorsements/{endorsingHubId}", GetEndorsement)
            .WithName("GetPracticeEndorsement")
            .WithSummary("One hub's endorsement of a practice.")
            .RequireAuthorization(Policies.Public);

        return app;
    }

    public static async Task<Results<Created<Endorsement>, Ok<Endorsement>, ValidationProblem, ProblemHttpResult>> Endorse(
        string hubId, Guid practiceId, Valid<EndorsingHub> body, [AsParameters] EndorsementServices services, CancellationToken cancellationToken)
    {
        var endorsing = body.Value.HubId;
        if (!services.Http.User.IsStaffOf(endorsing))
        {
            // Staff endorse for their own hub only; the hub is in the body, so the policy cannot see it.
            return TypedResults.Problem(
                title: "Not staff of the endorsing hub",
                detail: $"Only staff of hub '{endorsing}' can endorse for it.",
                statusCode: StatusCodes.Status403Forbidden);
        }

        var result = await services.Endorsements.EndorseAsync(hubId, practiceId, endorsing, cancellationToken);
        return result.Outcome switch
        {
            EndorsementOutcome.Endorsed => TypedResults.Created(Location(result.Endorsement!), result.Endorsement!),
            EndorsementOutcome.AlreadyEndorsed => TypedResults.Ok(result.Endorsement!),
            EndorsementOutcome.PracticeNotFound => PracticesApi.NotFound(hubId, practiceId),
            EndorsementOutcome.OwnPractice => TypedResults.ValidationProblem(
                new Dictionary<string, string[]> { ["hubId"] = ["A hub does not endorse its own practice."] }),
            _ => TypedResults.ValidationProblem(
                new Dictionary<string, string[]> { ["hubId"] = [$"The exchange does not know hub '{endorsing}'; a hub becomes known when it announces itself."] }),
        };
    }

    public static async Task<Results<Ok<Endorsement[]>, ProblemHttpResult>> ListEndorsements(
        string hubId, Guid practiceId, [AsParameters] EndorsementServices services, CancellationToken cancellationToken)
    {
        if (await services.Practices.GetAsync(hubId, practiceId, cancellationToken) is null)
        {
            return PracticesApi.NotFound(hubId, practiceId);
        }

        return TypedResults.Ok((await services.Endorsements.ListAsync(hubId, practiceId, cancellationToken)).ToArray());
    }

    public static async Task<Results<Ok<Endorsement>, ProblemHttpResult>> GetEndorsement(
        string hubId, Guid practiceId, string endorsingHubId, [AsParameters] EndorsementServices services, CancellationToken cancellationToken)
    {
        if (await services.Practices.GetAsync(hubId, practiceId, cancellationToken) is null)
        {
            return PracticesApi.NotFound(hubId, practiceId);
        }

        var endorsement = await services.Endorsements.GetAsync(hubId, practiceId, endorsingHubId, cancellationToken);
        return endorsement is null
            ? TypedResults.Problem(title: "Endorsement not found", detail: "That hub has not endorsed this practice.", statusCode: StatusCodes.Status404NotFound)
            : TypedResults.Ok(endorsement);
    }

    private static string Location(Endorsement endorsement) =>
        $"/api/practices/{endorsement.PracticeHubId}/{endorsement.PracticeId}/endorsements/{endorsement.HubId}";
}
