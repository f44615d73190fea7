using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Net.Http.Headers;

namespace Hubs.HubNode.Experts;

/// <summary>
/// The version an <c>If-Match</c> header asks for (experts, their availability, practices): our entity tags are the
/// version in quotes. With the problems every versioned resource answers the same way.
/// </summary>
public static class IfMatch
{
    public const string Field = "If-Match";

    /// <summary>False when the header is present but not one version tag (or <c>*</c>).</summary>
    public static bool TryParse(HttpRequest request, out long? version)
    {
        version = null;
        var header = request.Headers.IfMatch;
        if (header.Count == 0)
        {
            return true;
        }

        if (!EntityTagHeaderValue.TryParseList(header, out var tags) || tags.Count != 1)
        {
            return false;
        }

        var tag = tags[0];
        if (tag.Equals(EntityTagHeaderValue.Any))
        {
            return true;
        }

        var value = tag.Tag.AsSpan().Trim('"');
        if (long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) && parsed > 0)
        {
            version = parsed;
            return true;
        }

        return false;
    }

    public static string Tag(long version) => string.Create(CultureInfo.InvariantCulture, $"\"{version}\"");

    /// <summary>400 on the header: it is not one version tag of <paramref name="what"/> (e.g. "the expert").</summary>
    public static ValidationProblem Malformed(string what) => TypedResults.ValidationProblem(
        new Dictionary<string, string[]> { [Field] = [$"If-Match must be one entity tag holding {what}'s version, e.g. \"3\", or *."] });

    /// <summary>412: the version asked for is no longer the current one.</summary>
    public static ProblemHttpResult Stale(string what, long currentVersion) => TypedResults.Problem(
        title: $"The {what} has changed",
        detail: $"If-Match names a version that is no longer current; the current version is {currentVersion}.",
        statusCode: StatusCodes.Status412PreconditionFailed);

    /// <summary>409: every optimistic attempt lost to another writer.</summary>
    public static ProblemHttpResult Concurrent(string what) => TypedResults.Problem(
        title: "Concurrent changes",
        detail: $"The {what} kept changing while this request was applied; try again.",
        statusCode: StatusCodes.Status409Conflict);
}
