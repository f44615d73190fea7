using System.Text.Json;
using Hubs.HubNode.Experts;
using Hubs.ServiceDefaults;
using Microsoft.AspNetCore.Http.HttpResults;
using Hubs.ServiceDefaults.Http;

namespace Hubs.HubNode.Practices;

public static class PracticesApi
{
    /// <summary>Practice endpoints, relative to the hub's route group.</summary>
    public static IEndpointRouteBuilder MapPracticesApi(this IEndpointRouteBuilder routes)
    {
        // No nested "/practices" group: its collection route would be published as ".../practices/" with a trailing slash.
        var practices = routes.MapGroup("").WithTags("Practices");

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
        return practice is null || practice.IsWithdrawn ? NotFound(id) : Ok(practice, services);
    }

    public static async Task<Results<Created<PracticeResponse>, ValidationProblem, ProblemHttpResult>> PublishPractice(
        [AsParameters] PracticeServices services, CancellationToken cancellationToken)
    {
        if (!JsonRequest.IsReadable(services.Http.Request))
        {
            return JsonRequest.UnsupportedMediaType("the practice");
        }

        var (draft, errors) = await ReadDraftAsync(services, cancellationToken);
        if (draft is null)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var practice = await services.Library.PublishAsync(draft, cancellationToken);
        services.Http.Response.Headers.ETag = IfMatch.Tag(practice.Version);
        return TypedResults.Created($"/api/hubs/{services.Hub.Value.Id}/practices/{practice.Id}", PracticeResponse.From(practice));
    }

    public static async Task<Results<Ok<PracticeResponse>, ValidationProblem, ProblemHttpResult>> RevisePractice(
        Guid id, [AsParameters] PracticeServices services, CancellationToken cancellationToken)
    {
        if (!IfMatch.TryParse(services.Http.Request, out var ifMatch))
        {
            return IfMatch.Malformed("the practice");
        }

        if (!JsonRequest.IsReadable(services.Http.Request))
        {
            return JsonRequest.UnsupportedMediaType("the practice");
        }

        var (draft, errors) = await ReadDraftAsync(services, cancellationToken);
        if (draft is null)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var change = await services.Library.ReviseAsync(id, draft, ifMatch, cancellationToken);
        return change.Outcome switch
        {
            PracticeChangeOutcome.Changed or PracticeChangeOutcome.Unchanged => Ok(change.Practice!, services),
            _ => Failed(id, change),
        };
    }

    public static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> WithdrawPractice(
        Guid id, [AsParameters] PracticeServices services, CancellationToken cancellationToken)
    {
        if (!IfMatch.TryParse(services.Http.Request, out var ifMatch))
        {
            return IfMatch.Malformed("the practice");
        }

        var change = await services.Library.WithdrawAsync(id, ifMatch, cancellationToken);
        return change.Outcome == PracticeChangeOutcome.Changed ? TypedResults.NoContent() : Failed(id, change);
    }

    private static async Task<(PracticeDraft? Draft, Dictionary<string, string[]> Errors)> ReadDraftAsync(
        PracticeServices services, CancellationToken cancellationToken)
    {
        var (input, readErrors) = await JsonRequest.ReadAsync<PracticeInput>(services.Http.Request, services.Json.Value.SerializerOptions, "the practice", cancellationToken);
        if (input is null)
        {
            return (null, readErrors);
        }

        var errors = PracticeValidation.Validate(input, out var draft);
        return (draft, errors);
    }

    private static Ok<PracticeResponse> Ok(Practice practice, PracticeServices services)
    {
        services.Http.Response.Headers.ETag = IfMatch.Tag(practice.Version);
        return TypedResults.Ok(PracticeResponse.From(practice));
    }

    private static ProblemHttpResult Failed(Guid id, PracticeChange change) => change.Outcome switch
    {
        PracticeChangeOutcome.Stale => IfMatch.Stale("practice", change.Practice!.Version),
        PracticeChangeOutcome.Conflict => IfMatch.Concurrent("practice"),
        _ => NotFound(id),
    };

    private static ProblemHttpResult NotFound(Guid id) => TypedResults.Problem(
        title: "Practice not found",
        detail: $"No published practice {id} at this hub.",
        statusCode: StatusCodes.Status404NotFound);

}
