using Microsoft.AspNetCore.Http.HttpResults;

namespace Hubs.HubNode.Referrals;

/// <summary>Why a referral request was turned down: an HTTP status, a stable machine-readable reason and a human one.</summary>
public sealed record ReferralProblem(int Status, string Reason, string Title, string Detail)
{
    public ProblemHttpResult ToResult() => TypedResults.Problem(
        title: Title, detail: Detail, statusCode: Status, extensions: new Dictionary<string, object?> { ["reason"] = Reason });

    public static ReferralProblem NotFound(string what, Guid id) =>
        new(StatusCodes.Status404NotFound, $"{what}-not-found", $"{char.ToUpperInvariant(what[0])}{what[1..]} not found", $"No {what} {id} at this hub.");
}
