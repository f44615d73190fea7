using System.Text.Json;
using Hubs.ServiceDefaults;
using Microsoft.AspNetCore.Http.HttpResults;
using Hubs.ServiceDefaults.Http;

namespace Hubs.HubNode.Experts;

public static class ExpertsApi
{
    /// <summary>Expert endpoints, relative to the hub's route group.</summary>
    public static IEndpointRouteBuilder MapExpertsApi(this IEndpointRouteBuilder routes)
    {
        // No nested "/experts" group: its collection route would be published as ".../experts/" with a trailing slash.
        var experts = routes.MapGroup("").WithTags("Experts");

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
        if (expert is null || expert.IsRetired)
        {
            return NotFound(id);
        }

        return Ok(expert, services);
    }

    public static async Task<Results<Created<ExpertResponse>, ValidationProblem, ProblemHttpResult>> CreateExpert(
        [AsParameters] ExpertServices services, CancellationToken cancellationToken)
    {
        if (!JsonRequest.IsReadable(services.Http.Request))
        {
            return JsonRequest.UnsupportedMediaType("the expert");
        }

        var (draft, errors) = await ReadDraftAsync(services, cancellationToken);
        if (draft is null)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var expert = await services.Roster.CreateAsync(draft, cancellationToken);
        services.Http.Response.Headers.ETag = IfMatch.Tag(expert.Version);
        return TypedResults.Created($"/api/hubs/{services.Hub.Value.Id}/experts/{expert.Id}", ExpertResponse.From(expert));
    }

    public static async Task<Results<Ok<ExpertResponse>, ValidationProblem, ProblemHttpResult>> UpdateExpert(
        Guid id, [AsParameters] ExpertServices services, CancellationToken cancellationToken)
    {
        if (!IfMatch.TryParse(services.Http.Request, out var ifMatch))
        {
            return IfMatch.Malformed("the expert");
        }

        if (!JsonRequest.IsReadable(services.Http.Request))
        {
            return JsonRequest.UnsupportedMediaType("the expert");
        }

        var (draft, errors) = await ReadDraftAsync(services, cancellationToken);
        if (draft is null)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var change = await services.Roster.UpdateAsync(id, draft, ifMatch, cancellationToken);
        return change.Outcome switch
        {
            ExpertChangeOutcome.Changed or ExpertChangeOutcome.Unchanged => Ok(change.Expert!, services),
            _ => Failed(id, change),
        };
    }

    public static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> RetireExpert(
        Guid id, [AsParameters] ExpertServices services, CancellationToken cancellationToken)
    {
        if (!IfMatch.TryParse(services.Http.Request, out var ifMatch))
        {
            return IfMatch.Malformed("the expert");
        }

        var change = await services.Roster.RetireAsync(id, ifMatch, cancellationToken);
        return change.Outcome == ExpertChangeOutcome.Changed ? TypedResults.NoContent() : Failed(id, change);
    }

    private static async Task<(ExpertDraft? Draft, Dictionary<string, string[]> Errors)> ReadDraftAsync(
        ExpertServices services, CancellationToken cancellationToken)
    {
        var (input, readErrors) = await JsonRequest.ReadAsync<ExpertInput>(services.Http.Request, services.Json.Value.SerializerOptions, "the expert", cancellationToken);
        if (input is null)
        {
            return (null, readErrors);
        }

        var errors = ExpertValidation.Validate(input, out var draft);
        return (draft, errors);
    }

    private static Ok<ExpertResponse> Ok(Expert expert, ExpertServices services)
    {
        services.Http.Response.Headers.ETag = IfMatch.Tag(expert.Version);
        return TypedResults.Ok(ExpertResponse.From(expert));
    }

    private static ProblemHttpResult Failed(Guid id, ExpertChange change) => change.Outcome switch
    {
        ExpertChangeOutcome.Stale => IfMatch.Stale("expert", change.Expert!.Version),
        ExpertChangeOutcome.Conflict => IfMatch.Concurrent("expert"),
        _ => NotFound(id),
    };

    private static ProblemHttpResult NotFound(Guid id) => TypedResults.Problem(
        title: "Expert not found",
        detail: $"No active expert {id} at this hub.",
        statusCode: StatusCodes.Status404NotFound);

}
