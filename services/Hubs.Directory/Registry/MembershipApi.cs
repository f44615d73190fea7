using System.Security.Claims;
using Hubs.Contracts.Federation;
using Hubs.ServiceDefaults;
using Hubs.ServiceDefaults.Http;
using Hubs.ServiceDefaults.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace Hubs.Directory.Registry;

/// <summary>
/// Coordinators suspend and admit hubs, always with a reason, and read each hub's membership audit trail (who, when,
/// what, why), which the directory keeps in its store with the decision.
/// </summary>
public static class MembershipApi
{
    public static void MapMembershipApi(this RouteGroupBuilder hubs)
    {
        hubs.MapPost("/{id}/suspend", SuspendHub)
            .WithName("SuspendHub")
            .WithSummary("Suspend a hub ({\"reason\": \"…\"}): its events are ignored and its experts and practices hidden by the directory and the exchange until it is admitted again.")
            .Accepts<MembershipInput>("application/json")
            .RequireAuthorization(Policies.Coordinator);

        hubs.MapPost("/{id}/admit", AdmitHub)
            .WithName("AdmitHub")
            .WithSummary("Admit a hub (again) ({\"reason\": \"…\"}): its entries show once more, and the hub is asked for a snapshot of what it changed meanwhile.")
            .Accepts<MembershipInput>("application/json")
            .RequireAuthorization(Policies.Coordinator);

        hubs.MapGet("/{id}/membership", GetMembershipHistory)
            .WithName("GetMembershipHistory")
            .WithSummary("The hub's membership audit trail, newest first: who suspended or admitted it, when and why.")
            .RequireAuthorization(Policies.Coordinator);
    }

    public static Task<Results<Ok<HubMembershipView>, ValidationProblem, ProblemHttpResult>> SuspendHub(
        string id, HttpContext http, HubMembershipDesk desk, IOptions<JsonOptions> json, TimeProvider clock, CancellationToken cancellationToken) =>
        DecideAsync(id, suspended: true, http, desk, json, clock, cancellationToken);

    public static Task<Results<Ok<HubMembershipView>, ValidationProblem, ProblemHttpResult>> AdmitHub(
        string id, HttpContext http, HubMembershipDesk desk, IOptions<JsonOptions> json, TimeProvider clock, CancellationToken cancellationToken) =>
        DecideAsync(id, suspended: false, http, desk, json, clock, cancellationToken);

    public static async Task<Results<Ok<IReadOnlyList<MembershipAction>>, ValidationProblem, ProblemHttpResult>> GetMembershipHistory(
        string id, IHubRegistry registry, CancellationToken cancellationToken)
    {
        if (!HubIds.IsWellFormed(id))
        {
            return BadHubId();
        }

        if (await registry.GetAsync(id, cancellationToken) is null)
        {
            return NotFound(id);
        }

        return TypedResults.Ok(await registry.MembershipHistoryAsync(id, cancellationToken));
    }

    private static async Task<Results<Ok<HubMembershipView>, ValidationProblem, ProblemHttpResult>> DecideAsync(
        string id, bool suspended, HttpContext http, HubMembershipDesk desk, IOptions<JsonOptions> json, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        if (!HubIds.IsWellFormed(id))
        {
            return BadHubId();
        }

        var request = http.Request;
        if (request.ContentLength is 0 || (request.ContentLength is null && request.ContentType is null))
        {
            return ReasonProblem();
        }

        if (!JsonRequest.IsReadable(request))
        {
            return JsonRequest.UnsupportedMediaType("the reason ({\"reason\": \"…\"})");
        }

        var (input, errors) = await JsonRequest.ReadAsync<MembershipInput>(request, json.Value.SerializerOptions, "a membership decision", cancellationToken);
        if (input is null)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var reason = input.Reason?.Trim() ?? "";
        if (reason.Length is < MembershipInput.MinReasonLength or > MembershipInput.MaxReasonLength)
        {
            return ReasonProblem();
        }

        var actor = http.User.FindFirstValue(HubsClaims.Subject) ?? HubsClaims.CoordinatorRole;
        return await desk.DecideAsync(id, suspended, new MembershipNote(actor, reason, clock.GetUtcNow()), cancellationToken) is { } membership
            ? TypedResults.Ok(membership)
            : NotFound(id);
    }

    private static ValidationProblem ReasonProblem() => TypedResults.ValidationProblem(new Dictionary<string, string[]>
    {
        ["reason"] =
        [
            $"Say why, for the hub's audit trail: {{\"reason\": \"…\"}}, {MembershipInput.MinReasonLength} to {MembershipInput.MaxReasonLength} characters.",
        ],
    });

    private static ValidationProblem BadHubId() => TypedResults.ValidationProblem(new Dictionary<string, string[]>
    {
        ["id"] = ["A hub id is 2 to 32 lower-case letters, digits and single dashes."],
    });

    private static ProblemHttpResult NotFound(string id) => TypedResults.Problem(
        statusCode: StatusCodes.Status404NotFound,
        title: "Hub not found",
        detail: $"The directory never heard of hub '{id}'.");
}
