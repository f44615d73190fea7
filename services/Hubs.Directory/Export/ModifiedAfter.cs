using System.Globalization;

namespace Hubs.Directory.Export;

/// <summary>The <c>modified_after</c> filter: an ISO 8601 date or date-time; without an offset it is UTC.</summary>
public static class ModifiedAfter
{
    public const string Field = "modified_after";

    private static readonly string[] Formats =
    [
        "yyyy-MM-dd",
        "yyyy-MM-dd'T'HH:mm",
        "yyyy-MM-dd'T'HH:mm:ss",
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF",
        "yyyy-MM-dd'T'HH:mmK",
        "yyyy-MM-dd'T'HH:mm:ssK",
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK",
    ];

    /// <summary>Null (and no error) when absent; the instant when well-formed; otherwise an error message.</summary>
    public static bool TryParse(string? text, out DateTimeOffset? value, out string? error)
    {
        value = null;
        error = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        // A '+' offset sent unencoded in a query string arrives as a space.
        var candidate = text.Trim().Replace(' ', '+');
        if (DateTimeOffset.TryParseExact(candidate, Formats, CultureInfo.InvariantCulture,
                DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var parsed))
        {
            value = parsed;
            return true;
        }

        error = "modified_after is an ISO 8601 date or date-time, e.g. 2026-03-01 or 2026-03-01T09:30:00Z (encode '+' as %2B).";
        return false;
    }
}
