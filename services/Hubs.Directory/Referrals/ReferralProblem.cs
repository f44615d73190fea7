using Microsoft.AspNetCore.Http.HttpResults;

namespace Hubs.Directory.Referrals;

/// <summary>Why an acceptance was turned down: an HTTP status, a stable machine-readable reason and a human one.</summary>
public sealed record ReferralProblem(int Status, string Reason, string Title, string Detail)
{
    private readonly ProblemHttpResult? _made;

    /// <summary>A problem made elsewhere in its final form (the consent check's 409).</summary>
    public ReferralProblem(ProblemHttpResult made)
        : this(made.StatusCode, made.ProblemDetails.Extensions.TryGetValue("reason", out var r) ? r as string ?? "" : "", made.ProblemDetails.Title ?? "", made.ProblemDetails.Detail ?? "") =>
        _made = made;

    public ProblemHttpResult ToResult() => _made ?? TypedResults.Problem(
        title: Title, detail: Detail, statusCode: Status, extensions: new Dictionary<string, object?> { ["reason"] = Reason });
}
