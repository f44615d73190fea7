using Hubs.ServiceDefaults;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Hubs.HubNode.Cases;

public static class CasesApi
{
    /// <summary>Case endpoints, relative to the hub's route group.</summary>
    public static IEndpointRouteBuilder MapCasesApi(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/cases/{caseId:guid}", GetCase)
            .WithTags("Cases")
            .WithName("GetCase")
            .WithSummary("A business's journey at the hub: its meetings in time order with their outcomes")
            .RequireAuthorization(Policies.HubStaff);
        return routes;
    }

    public static async Task<Results<Ok<CaseResponse>, ProblemHttpResult>> GetCase(Guid caseId, ICaseStore cases, CancellationToken cancellationToken)
    {
        var found = await cases.GetAsync(caseId, cancellationToken);
        return found is null
            ? TypedResults.Problem(title: "Case not found", detail: $"No case {caseId} at this hub.", statusCode: StatusCodes.Status404NotFound)
            : TypedResults.Ok(CaseResponse.From(found));
    }
}
