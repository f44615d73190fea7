using Microsoft.AspNetCore.Http.HttpResults;

namespace Hubs.HubNode.Bookings;

/// <summary>
/// A <see cref="Refusal"/> as a problem response: 404 for what does not exist, 422 for a start in the past (the same
/// request can never succeed), 409 for everything that conflicts with the hub's current state or rules.
/// </summary>
public static class RefusalProblem
{
    public static ProblemHttpResult For(Refusal refusal) => TypedResults.Problem(
        title: refusal.Title,
        detail: refusal.Detail,
        statusCode: refusal.Reason switch
        {
            RefusalReason.ExpertNotFound or RefusalReason.BookingNotFound or RefusalReason.CaseNotFound => StatusCodes.Status404NotFound,
            RefusalReason.SlotInPast => StatusCodes.Status422UnprocessableEntity,
            _ => StatusCodes.Status409Conflict,
        },
        extensions: new Dictionary<string, object?> { ["reason"] = Code(refusal.Reason) });

    // A stable machine-readable reason beside the human one, e.g. "slot-taken".
    private static string Code(RefusalReason reason) => string.Concat(reason.ToString().Select((c, i) =>
        char.IsUpper(c) && i > 0 ? "-" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));
}
