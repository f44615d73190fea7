using System.Globalization;

namespace Hubs.Directory.Statistics;

/// <summary>
/// The query string of <c>GET /api/directory/stats</c>: <c>from</c> and <c>to</c> as ISO dates (yyyy-MM-dd, days in
/// Italy, both included). Meetings are counted by the day they take place, so without <c>to</c> the period ends
/// <see cref="DefaultUpcomingDays"/> days after today (meetings already booked ahead count); without <c>from</c> it starts
/// <see cref="DefaultPastDays"/> days before today (or before <c>to</c>, when that is earlier).
/// </summary>
public sealed record StatsQuery(string? From, string? To)
{
    public const int DefaultPastDays = 90;

    /// <summary>As far ahead as an expert's booking horizon reaches by default.</summary>
    public const int DefaultUpcomingDays = 60;
    public const int MaxDays = 3660;

    public DatePeriod? ToPeriod(DateOnly today, out Dictionary<string, string[]> errors)
    {
        errors = [];
        var to = Date(To, "to", errors) ?? today.AddDays(DefaultUpcomingDays);
        var anchor = to < today ? to : today;
        var from = Date(From, "from", errors) ?? DateOnly.FromDayNumber(Math.Max(0, anchor.DayNumber - (DefaultPastDays - 1)));
        if (errors.Count > 0)
        {
            return null;
        }

        if (to < from)
        {
            errors["to"] = ["to must not be before from."];
        }
        else if (to.DayNumber - from.DayNumber >= MaxDays)
        {
            errors["to"] = [$"A period is at most {MaxDays} days."];
        }

        return errors.Count > 0 ? null : new DatePeriod(from, to);
    }

    private static DateOnly? Date(string? text, string field, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        errors[field] = [$"{field} is an ISO date, yyyy-MM-dd (e.g. 2026-11-26)."];
        return null;
    }
}
