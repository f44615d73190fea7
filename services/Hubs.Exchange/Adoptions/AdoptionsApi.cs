using Hubs.Exchange.Practices;
using Hubs.ServiceDefaults;
using Hubs.ServiceDefaults.Http;
using Hubs.ServiceDefaults.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Hubs.Exchange.Adoptions;

public static class AdoptionsApi
{
    public static IEndpointRouteBuilder MapAdoptionsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/practices").WithTags("Adoptions");

        // Authentication will check that the caller is staff of adoptingHubId; until then the policy names the rule.
        group.MapPost("/{hubId}/{practiceId:guid}/adoptions", Adopt)
            .WithName("AdoptPractice")
            .WithSummary("Record that another (known) hub adopted this practice, with a public note; once per hub and practice.")
            .Accepts<AdoptionInput>("application/json")
            .RequireAuthorization(Policies.AnyHubStaff);

        group.MapGet("/{hubId}/{practiceId:guid}/adoptions", ListAdoptions)
            .WithName("ListPracticeAdoptions")
            .WithSummary("The hubs that adopted a practice and their notes, newest first.")
            .RequireAuthorization(Policies.Public);

        group.MapGet("/{hubId}/{practiceId:guid}/adoptions/{adoptionId:guid}", GetAdoption)
            .WithName("GetPracticeAdoption")
            .WithSummary("One adoption.")
            .RequireAuthorization(Policies.Public);

        group.MapGet("/stats/adoptions", CountAdoptions)
            .WithName("CountAdoptions")
            .WithSummary("Adoptions in [from, to) per author hub and adopting hub, for the network statistics; withdrawn practices included.")
            .RequireAuthorization(Policies.Coordinator);

        return app;
    }

    public static async Task<Results<Created<Adoption>, ValidationProblem, ProblemHttpResult>> Adopt(
        string hubId, Guid practiceId, Valid<AdoptionRequest> body, [AsParameters] AdoptionServices services, CancellationToken cancellationToken)
    {
        var request = body.Value;
        if (!services.Http.User.IsStaffOf(request.AdoptingHubId))
        {
            // Staff adopt for their own hub only; the hub is in the body, so the policy cannot see it.
            return TypedResults.Problem(
                title: "Not staff of the adopting hub",
                detail: $"Only staff of hub '{request.AdoptingHubId}' can adopt a practice for it.",
                statusCode: StatusCodes.Status403Forbidden);
        }

        var result = await services.Adoptions.AdoptAsync(request, cancellationToken);
        if (result.Outcome == AdoptionOutcome.Adopted)
        {
            services.Relay.Notify();
        }

        return result.Outcome switch
        {
            AdoptionOutcome.Adopted => TypedResults.Created(Location(result.Adoption!), result.Adoption!),
            AdoptionOutcome.PracticeNotFound => PracticesApi.NotFound(hubId, practiceId),
            AdoptionOutcome.AlreadyAdopted => TypedResults.Problem(
                title: "Already adopted",
                detail: $"Hub '{request.AdoptingHubId}' has already adopted this practice.",
                statusCode: StatusCodes.Status409Conflict,
                extensions: new Dictionary<string, object?>
                {
                    ["errors"] = new Dictionary<string, string[]> { ["adoptingHubId"] = ["This hub has already adopted this practice."] },
                    ["adoption"] = result.Adoption is { } existing ? Location(existing) : null,
                }),
            AdoptionOutcome.OwnPractice => TypedResults.ValidationProblem(
                new Dictionary<string, string[]> { ["adoptingHubId"] = ["A hub does not adopt its own practice."] }),
            _ => TypedResults.ValidationProblem(
                new Dictionary<string, string[]> { ["adoptingHubId"] = [$"The exchange does not know hub '{request.AdoptingHubId}'; a hub becomes known when it announces itself."] }),
        };
    }

    public static async Task<Results<Ok<Adoption[]>, ProblemHttpResult>> ListAdoptions(
        string hubId, Guid practiceId, [AsParameters] AdoptionServices services, CancellationToken cancellationToken)
    {
        if (await services.Practices.GetAsync(hubId, practiceId, cancellationToken) is null)
        {
            return PracticesApi.NotFound(hubId, practiceId);
        }

        return TypedResults.Ok((await services.Adoptions.ListAsync(hubId, practiceId, cancellationToken)).ToArray());
    }

    public static async Task<Results<Ok<Adoption>, ProblemHttpResult>> GetAdoption(
        string hubId, Guid practiceId, Guid adoptionId, [AsParameters] AdoptionServices services, CancellationToken cancellationToken)
    {
        if (await services.Practices.GetAsync(hubId, practiceId, cancellationToken) is null)
        {
            return PracticesApi.NotFound(hubId, practiceId);
        }

        var adoption = await services.Adoptions.GetAsync(hubId, practiceId, adoptionId, cancellationToken);
        return adoption is null
            ? TypedResults.Problem(title: "Adoption not found", detail: $"No adoption {adoptionId} of this practice.", statusCode: StatusCodes.Status404NotFound)
            : TypedResults.Ok(adoption);
    }

    public static async Task<Results<Ok<AdoptionCount[]>, ValidationProblem>> CountAdoptions(
        [AsParameters] AdoptionStatsQuery query, IAdoptionStore adoptions, CancellationToken cancellationToken)
    {
        if (query.ToPeriod(out var errors) is not { } period)
        {
            return TypedResults.ValidationProblem(errors);
        }

        return TypedResults.Ok((await adoptions.CountAsync(period, cancellationToken)).ToArray());
    }

    private static string Location(Adoption adoption) =>
        $"/api/practices/{adoption.PracticeHubId}/{adoption.PracticeId}/adoptions/{adoption.AdoptionId}";
}
