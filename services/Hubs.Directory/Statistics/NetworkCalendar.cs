using System.Globalization;
using NodaTime;

namespace Hubs.Directory.Statistics;

/// <summary>
/// Days and weeks as the network counts them: calendar dates in Italy (Europe/Rome), so a consultation at 00:30 on a
/// Monday in summer belongs to Monday, and ISO 8601 weeks such as <c>2026-W48</c>.
/// </summary>
public static class NetworkCalendar
{
    private static readonly DateTimeZone Rome = DateTimeZoneProviders.Tzdb["Europe/Rome"];

    /// <summary>The date in Italy of an instant.</summary>
    public static DateOnly DateOf(DateTimeOffset instant) =>
        Instant.FromDateTimeOffset(instant).InZone(Rome).Date.ToDateOnly();

    /// <summary>Today in Italy by <paramref name="clock"/>.</summary>
    public static DateOnly Today(TimeProvider clock) => DateOf(clock.GetUtcNow());

    /// <summary>The ISO 8601 week of a date, e.g. <c>2026-W48</c> (week-based year, so 2027-01-01 is in 2026-W53).</summary>
    public static string IsoWeekOf(DateOnly date)
    {
        var day = date.ToDateTime(TimeOnly.MinValue);
        return string.Create(CultureInfo.InvariantCulture, $"{ISOWeek.GetYear(day):D4}-W{ISOWeek.GetWeekOfYear(day):D2}");
    }
}
