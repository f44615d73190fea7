using Hubs.HubNode.Versioning;
using Hubs.ServiceDefaults;
using Hubs.ServiceDefaults.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Hubs.HubNode.Experts;

public static class ExpertsApi
{
    /// <summary>Expert endpoints, relative to the hub's route group.</summary>
    public static IEndpointRouteBuilder MapExpertsApi(this IEndpointRouteBuilder routes)
    {
        // No nested "/experts" group: its collection route would be published as ".../experts/" with a trailing slash.
        var experts = routes.MapGroup("").WithTags("Experts").WithMetadata(new VersionedResourceName("the expert"));

        experts.MapGet("/experts", ListExperts)
            .WithName("ListExperts")
            .WithSummary("The hub's active experts, by name")
            .RequireAuthorization(Policies.Public);

        experts.MapGet("/experts/{id:guid}", GetExpert)
            .WithName("GetExpert")
            .WithSummary("One active expert")
            .RequireAuthorization(Policies.Public);

        experts.MapPost("/experts", CreateExpert)
            .WithName("CreateExpert")
            .WithSummary("Add an expert; published to the network through the outbox")
            .Accepts<ExpertInput>("application/json")
            .RequireAuthorization(Policies.HubStaff);

        experts.MapPut("/experts/{id:guid}", UpdateExpert)
            .WithName("UpdateExpert")
            .WithSummary("Replace an expert's profile (optional If-Match: \"<version>\")")
            .Accepts<ExpertInput>("application/json")
            .RequireAuthorization(Policies.HubStaff);

        experts.MapDelete("/experts/{id:guid}", RetireExpert)
            .WithName("RetireExpert")
            .WithSummary("Retire an expert (optional If-Match: \"<version>\")")
            .RequireAuthorization(Policies.HubStaff);

        return routes;
    }

    public static async Task<Ok<ExpertResponse[]>> ListExperts([AsParameters] ExpertServices services, CancellationToken cancellationToken)
    {
        var experts = await services.Store.ListActiveAsync(cancellationToken);
        return TypedResults.Ok(experts.Select(ExpertResponse.From).ToArray());
    }

    public static async Task<Results<Ok<ExpertResponse>, ProblemHttpResult>> GetExpert(
        Guid id, [AsParameters] ExpertServices services, CancellationToken cancellationToken)
    {
        var expert = await services.Store.GetAsync(id, cancellationToken);
        return expert is null || expert.IsRetired ? ChangeResults.NotFound<Expert>(id) : Ok(expert, services);
    }

    public static async Task<Created<ExpertResponse>> CreateExpert(
        Valid<ExpertDraft> draft, [AsParameters] ExpertServices services, CancellationToken cancellationToken)
    {
        var expert = await services.Writer.CreateAsync((id, at) => Expert.New(draft.Value.Profile, id, at), cancellationToken);
        return ChangeResults.Created(services.Http, $"/api/hubs/{services.Hub.Value.Id}/experts/{expert.Id}", expert.Version, ExpertResponse.From(expert));
    }

    public static async Task<Results<Ok<ExpertResponse>, ProblemHttpResult>> UpdateExpert(
        Guid id, IfMatch ifMatch, Valid<ExpertDraft> draft, [AsParameters] ExpertServices services, CancellationToken cancellationToken)
    {
        var change = await services.Writer.ChangeAsync(id, ifMatch.Version,
            (current, _) => current.With(draft.Value.Profile), cancellationToken);
        return change.Outcome is ChangeOutcome.Changed or ChangeOutcome.Unchanged
            ? Ok(change.Current!, services)
            : ChangeResults.Failed(id, change);
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> RetireExpert(
        Guid id, IfMatch ifMatch, [AsParameters] ExpertServices services, CancellationToken cancellationToken)
    {
        var change = await services.Writer.ChangeAsync(id, ifMatch.Version, (current, now) => current with { RetiredAt = now }, cancellationToken);
        return change.Outcome == ChangeOutcome.Changed ? TypedResults.NoContent() : ChangeResults.Failed(id, change);
    }

    private static Ok<ExpertResponse> Ok(Expert expert, ExpertServices services) =>
        ChangeResults.Ok(services.Http, expert.Version, ExpertResponse.From(expert));
}
