using System.Globalization;
using Microsoft.Net.Http.Headers;

namespace Hubs.HubNode.Experts;

/// <summary>The expert version an <c>If-Match</c> header asks for; our entity tags are the version in quotes.</summary>
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
}
