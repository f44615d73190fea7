using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Hubs.HubNode.Versioning;

/// <summary>How every versioned resource answers: its version as the ETag, and the same 404, 409 and 412 problems.</summary>
public static class ChangeResults
{
    public static Ok<TResponse> Ok<TResponse>(HttpContext http, long version, TResponse response)
    {
        http.Response.Headers.ETag = IfMatch.Tag(version);
        return TypedResults.Ok(response);
    }

    public static Created<TResponse> Created<TResponse>(HttpContext http, string location, long version, TResponse response)
    {
        http.Response.Headers.ETag = IfMatch.Tag(version);
        return TypedResults.Created(location, response);
    }

    /// <summary>404: no such resource, or it has ended (retired, withdrawn).</summary>
    public static ProblemHttpResult NotFound<T>(Guid id) where T : class, IVersioned<T> => TypedResults.Problem(
        title: $"{Capitalised(T.Noun)} not found",
        detail: $"No {T.Shown} {T.Noun} {id} at this hub.",
        statusCode: StatusCodes.Status404NotFound);

    /// <summary>The problem for a change that was not made.</summary>
    public static ProblemHttpResult Failed<T>(Guid id, Change<T> change) where T : class, IVersioned<T> =>
        Failed(change.Outcome, change.Current?.Version, T.Noun, () => NotFound<T>(id));

    /// <summary>
    /// The problem for a change of <paramref name="noun"/> that was not made; <paramref name="currentVersion"/> is the
    /// stored one, null when nothing is stored yet.
    /// </summary>
    public static ProblemHttpResult Failed(ChangeOutcome outcome, long? currentVersion, string noun, Func<ProblemHttpResult> notFound) => outcome switch
    {
        ChangeOutcome.Stale when currentVersion is { } current => TypedResults.Problem(
            title: $"The {noun} has changed",
            detail: $"If-Match names a version that is no longer current; the current version is {current}.",
            statusCode: StatusCodes.Status412PreconditionFailed),
        ChangeOutcome.Stale => TypedResults.Problem(
            title: $"The {noun} has changed",
            detail: $"If-Match names a version, but there is no {noun} yet.",
            statusCode: StatusCodes.Status412PreconditionFailed),

        // Every optimistic attempt lost to another writer.
        ChangeOutcome.Conflict => TypedResults.Problem(
            title: "Concurrent changes",
            detail: $"The {noun} kept changing while this request was applied; try again.",
            statusCode: StatusCodes.Status409Conflict),
        ChangeOutcome.NotFound => notFound(),
        _ => throw new ArgumentOutOfRangeException(nameof(outcome), outcome, "A change that was made is not a problem."),
    };

    private static string Capitalised(string noun) => string.Concat(noun[..1].ToUpper(CultureInfo.InvariantCulture), noun[1..]);
}
