using System.Security.Cryptography;
using System.Text;

namespace Hubs.Portal.Components.Network;

/// <summary>
/// The entity tag of a live page's data: the directory's tag of the statistics, the exchange's tag of the practice
/// activity (empty on a page that does not show it) and a hash of the hubs' list (status, staleness, expert counts), as
/// <c>"stats.practices.hubs"</c>. The page is rendered with it and its script polls with it.
/// </summary>
public static class LiveTag
{
    public static string Of(string statsTag, string practicesTag, string hubsJson) =>
        $"\"{statsTag.Trim('"')}.{practicesTag.Trim('"')}.{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(hubsJson)).AsSpan(0, 8))}\"";

    /// <summary>The directory's part of a tag this portal made (quoted, as the directory sent it); null for anything else.</summary>
    public static string? StatsPart(string? tag) => Part(tag, 0);

    /// <summary>The exchange's part of a tag this portal made (quoted, as the exchange sent it); null when there is none.</summary>
    public static string? PracticesPart(string? tag) => Part(tag, 1);

    private static string? Part(string? tag, int index) =>
        tag?.Trim().Trim('"').Split('.') is { Length: 3 } parts && parts[index].Length > 0 ? $"\"{parts[index]}\"" : null;
}
