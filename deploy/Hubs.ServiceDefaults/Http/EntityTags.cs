using System.Security.Cryptography;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace Hubs.ServiceDefaults.Http;

/// <summary>
/// Conditional polling (decision 0029): the tag is a hash of the answer, so a watcher whose figures did not change gets
/// a 304 with no body, and nothing is kept between requests — a service nobody watches does no work for watchers. The
/// directory's statistics and the exchange's practice activity use it.
/// </summary>
public static class EntityTags
{
    public static string Of(ReadOnlySpan<byte> body) => $"\"{Convert.ToHexStringLower(SHA256.HashData(body).AsSpan(0, 16))}\"";

    /// <summary>
    /// The JSON <paramref name="body"/> with its <paramref name="tag"/>, or 304 with no body when the request already
    /// holds that tag; never cached by intermediaries (the answer is a coordinator's).
    /// </summary>
    public static IResult Answer(HttpContext http, byte[] body, string tag)
    {
        http.Response.Headers.ETag = tag;
        http.Response.Headers.CacheControl = "private, no-cache";
        return Matches(http.Request, tag) ? Results.StatusCode(StatusCodes.Status304NotModified) : Results.Bytes(body, "application/json");
    }

    /// <summary>Whether the request's If-None-Match names <paramref name="tag"/> (or *).</summary>
    public static bool Matches(HttpRequest request, string tag) =>
        EntityTagHeaderValue.TryParseList(request.Headers.IfNoneMatch, out var tags)
        && tags.Any(t => t.Equals(EntityTagHeaderValue.Any) || t.Compare(new EntityTagHeaderValue(tag), useStrongComparison: false));
}
