using Microsoft.AspNetCore.Http.HttpResults;

namespace Hubs.Directory.Referrals;

/// <summary>Why an acceptance was turned down: an HTTP status, a stable machine-readable reason and a human one.</summary>
public sealed record ReferralProblem(int Status, string Reason, string Title, string Detail)
{
    public ProblemHttpResult ToResult() => TypedResults.Problem(
        title: Title, detail: Detail, statusCode: Status, extensions: new Dictionary<string, object?> { ["reason"] = Reason });
}
