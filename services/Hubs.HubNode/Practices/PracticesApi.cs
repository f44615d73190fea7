using Hubs.HubNode.Versioning;
using Hubs.ServiceDefaults;
using Hubs.ServiceDefaults.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Hubs.HubNode.Practices;

public static class PracticesApi
{
    /// <summary>Practice endpoints, relative to the hub's route group.</summary>
    public static IEndpointRouteBuilder MapPracticesApi(this IEndpointRouteBuilder routes)
    {
        // No nested "/practices" group: its collection route would be published as ".../practices/" with a trailing slash.
        var practices = routes.MapGroup("").WithTags("Practices").WithMetadata(new VersionedResourceName("the practice"));

        practices.MapGet("/practices", ListPractices)
            .WithName("ListPractices")
            .WithSummary("The hub's published practices, most recently changed first")
            .RequireAuthorization(Policies.Public);

        practices.MapGet("/practices/{id:guid}", GetPractice)
            .WithName("GetPractice")
            .WithSummary("One published practice")
            .RequireAuthorization(Policies.Public);

        practices.MapPost("/practices", PublishPractice)
            .WithName("PublishPractice")
            .WithSummary("Publish a best practice; it reaches the exchange through the outbox")
            .Accepts<PracticeInput>("application/json")
            .RequireAuthorization(Policies.HubStaff);

        practices.MapPut("/practices/{id:guid}", RevisePractice)
            .WithName("RevisePractice")
            .WithSummary("Replace a practice's content as a new version (optional If-Match: \"<version>\")")
            .Accepts<PracticeInput>("application/json")
            .RequireAuthorization(Policies.HubStaff);

        practices.MapDelete("/practices/{id:guid}", WithdrawPractice)
            .WithName("WithdrawPractice")
            .WithSummary("Withdraw a practice from the exchange (optional If-Match: \"<version>\")")
            .RequireAuthorization(Policies.HubStaff);

        return routes;
    }

    public static async Task<Ok<PracticeResponse[]>> ListPractices([AsParameters] PracticeServices services, CancellationToken cancellationToken)
    {
        var practices = await services.Store.ListActiveAsync(cancellationToken);
        return TypedResults.Ok(practices.Select(PracticeResponse.From).ToArray());
    }

    public static async Task<Results<Ok<PracticeResponse>, ProblemHttpResult>> GetPractice(
        Guid id, [AsParameters] PracticeServices services, CancellationToken cancellationToken)
    {
        var practice = await services.Store.GetAsync(id, cancellationToken);
        return practice is null || practice.IsWithdrawn ? ChangeResults.NotFound<Practice>(id) : Ok(practice, services);
    }

    public static async Task<Created<PracticeResponse>> PublishPractice(
        Valid<PracticeDraft> draft, [AsParameters] PracticeServices services, CancellationToken cancellationToken)
    {
        var practice = await services.Writer.CreateAsync((id, at) => Practice.New(draft.Value, id, at), cancellationToken);
        return ChangeResults.Created(services.Http, $"/api/hubs/{services.Hub.Value.Id}/practices/{practice.Id}", practice.Version, PracticeResponse.From(practice));
    }

    public static async Task<Results<Ok<PracticeResponse>, ProblemHttpResult>> RevisePractice(
        Guid id, IfMatch ifMatch, Valid<PracticeDraft> draft, [AsParameters] PracticeServices services, CancellationToken cancellationToken)
    {
        var change = await services.Writer.ChangeAsync(id, ifMatch.Version,
            (current, _) => current.Has(draft.Value) ? null : current.With(draft.Value), cancellationToken);
        return change.Outcome is ChangeOutcome.Changed or ChangeOutcome.Unchanged
            ? Ok(change.Current!, services)
            : ChangeResults.Failed(id, change);
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> WithdrawPractice(
        Guid id, IfMatch ifMatch, [AsParameters] PracticeServices services, CancellationToken cancellationToken)
    {
        var change = await services.Writer.ChangeAsync(id, ifMatch.Version, (current, now) => current with { WithdrawnAt = now }, cancellationToken);
        return change.Outcome == ChangeOutcome.Changed ? TypedResults.NoContent() : ChangeResults.Failed(id, change);
    }

    private static Ok<PracticeResponse> Ok(Practice practice, PracticeServices services) =>
        ChangeResults.Ok(services.Http, practice.Version, PracticeResponse.From(practice));
}
