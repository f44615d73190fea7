using System.Text.Json;
using Hubs.Contracts.Federation;
using Hubs.ServiceDefaults;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Hubs.Directory.Resync;

public static class ResyncApi
{
    public static IEndpointRouteBuilder MapResyncApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/directory/resync", RequestResync)
            .WithTags("Resync")
            .WithName("RequestResync")
            .WithSummary("Ask one hub ({\"hubId\": \"…\"}) or every hub (no body) to republish its current state; the directory then drops what the hub no longer has.")
            .Accepts<ResyncInput>(isOptional: true, "application/json")
            .RequireAuthorization(Policies.Coordinator);

        return app;
    }

    public static async Task<Results<Accepted<ResyncAccepted>, ValidationProblem, ProblemHttpResult>> RequestResync(
        [AsParameters] ResyncServices services, CancellationToken cancellationToken)
    {
        var request = services.Http.Request;
        ResyncInput? input = null;
        if (request.ContentLength is not 0 && (request.ContentLength is not null || request.ContentType is not null))
        {
            if (!request.HasJsonContentType())
            {
                return TypedResults.Problem(
                    title: "Unsupported media type",
                    detail: "Send the request as application/json, or send no body to ask every hub.",
                    statusCode: StatusCodes.Status415UnsupportedMediaType);
            }

            try
            {
                input = await request.ReadFromJsonAsync<ResyncInput>(services.Json.Value.SerializerOptions, cancellationToken);
            }
            catch (JsonException ex)
            {
                var field = ex.Path is { Length: > 2 } path && path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : "body";
                return TypedResults.ValidationProblem(new Dictionary<string, string[]>
                {
                    [field] = ["The body is not valid JSON for a resync request: {\"hubId\": \"…\"} or nothing."],
                });
            }
        }

        var hubId = string.IsNullOrWhiteSpace(input?.HubId) ? null : input.HubId.Trim();
        if (hubId is not null && !HubIds.IsWellFormed(hubId))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["hubId"] = ["A hub id is 2 to 32 lower-case letters, digits and single dashes."],
            });
        }

        // A hub the directory never heard of is asked all the same: catching up with it is the point.
        var requestId = await services.Requests.RequestAsync(hubId, SnapshotRequests.ByCoordinator, cancellationToken);
        return TypedResults.Accepted((string?)null, new ResyncAccepted(requestId, hubId));
    }
}
