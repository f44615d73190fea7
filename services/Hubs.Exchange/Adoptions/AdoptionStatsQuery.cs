using System.Globalization;

namespace Hubs.Exchange.Adoptions;

/// <summary>
/// The period of the exchange's statistics (<c>GET /api/practices/stats/adoptions</c>, <c>…/stats/activity</c>): ISO 8601
/// instants or dates (UTC when no offset is given), [from, to).
/// </summary>
public sealed record AdoptionStatsQuery(string? From, string? To)
{
    public AdoptionPeriod? ToPeriod(out Dictionary<string, string[]> errors)
    {
        errors = [];
        var from = Instant(From, "from", errors);
        var to = Instant(To, "to", errors);
        if (errors.Count == 0 && from is { } f && to is { } t && t <= f)
        {
            errors["to"] = ["The end of the period must be after its start (the period is [from, to))."];
        }

        return errors.Count == 0 ? new AdoptionPeriod(from, to) : null;
    }

    private static DateTimeOffset? Instant(string? text, string field, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (DateTimeOffset.TryParseExact(text.Trim(), Formats, CultureInfo.InvariantCulture,
                DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var value))
        {
            return value;
        }

        errors[field] = ["An ISO 8601 date or instant, e.g. 2026-03-01 or 2026-03-01T09:00:00Z."];
        return null;
    }

    private static readonly string[] Formats =
    [
        "yyyy-MM-dd",
        "yyyy-MM-dd'T'HH:mm:ssK",
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK",
        "yyyy-MM-dd'T'HH:mmK",
    ];
}
