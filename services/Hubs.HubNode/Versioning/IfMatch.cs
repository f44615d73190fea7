using System.Globalization;
using System.Reflection;
using Hubs.ServiceDefaults.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.Net.Http.Headers;

namespace Hubs.HubNode.Versioning;

/// <summary>
/// The version an <c>If-Match</c> header asks for, as an endpoint parameter: our entity tags are the version in quotes.
/// A header that is not one version tag (or <c>*</c>) is answered with a 400 before the handler runs.
/// </summary>
public sealed class IfMatch : IRequestCheck, IEndpointParameterMetadataProvider
{
    public const string Field = "If-Match";

    private IfMatch(long? version, IResult? problem)
    {
        Version = version;
        Problem = problem;
    }

    /// <summary>The version asked for; null when any will do (no header, or <c>*</c>).</summary>
    public long? Version { get; }

    public IResult? Problem { get; }

    public static string Tag(long version) => string.Create(CultureInfo.InvariantCulture, $"\"{version}\"");

    public static ValueTask<IfMatch?> BindAsync(HttpContext context, ParameterInfo parameter) =>
        ValueTask.FromResult<IfMatch?>(TryParse(context.Request, out var version)
            ? new IfMatch(version, null)
            : new IfMatch(null, Malformed(What(context))));

    public static void PopulateMetadata(ParameterInfo parameter, EndpointBuilder builder) => RequestCheckFilter.AddTo(builder);

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

    /// <summary>400 on the header: it is not one version tag of <paramref name="what"/> (e.g. "the expert").</summary>
    private static ValidationProblem Malformed(string what) => TypedResults.ValidationProblem(
        new Dictionary<string, string[]> { [Field] = [$"If-Match must be one entity tag holding {what}'s version, e.g. \"3\", or *."] });

    // "the expert", from the resource the route names: /experts/{id}/availability is the availability.
    private static string What(HttpContext context) => context.GetEndpoint()?.Metadata.GetMetadata<VersionedResourceName>()?.What ?? "the resource";
}
