using System.Security.Cryptography;
using System.Text;

namespace Hubs.Portal.Components.Network;

/// <summary>
/// The entity tag of a live page's data: the directory's tag of the statistics and a hash of the hubs' list (status,
/// staleness, expert counts), as <c>"stats.hubs"</c>. The page is rendered with it and its script polls with it.
/// </summary>
public static class LiveTag
{
    public static string Of(string statsTag, string hubsJson) =>
        $"\"{statsTag.Trim('"')}.{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(hubsJson)).AsSpan(0, 8))}\"";

    /// <summary>The directory's part of a tag this portal made (quoted, as the directory sent it); null for anything else.</summary>
    public static string? StatsPart(string? tag) =>
        tag?.Trim().Trim('"') is { } inner && inner.IndexOf('.', StringComparison.Ordinal) is > 0 and var dot ? $"\"{inner[..dot]}\"" : null;
}
