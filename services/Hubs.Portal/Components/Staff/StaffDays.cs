using System.Globalization;
using Hubs.Portal.Components.Shared;
using NodaTime;
using NodaTime.Text;

namespace Hubs.Portal.Components.Staff;

/// <summary>The days the day view shows, in the hub's zone: from a day (today when not given) for one day or a week.</summary>
public sealed record StaffDays(LocalDate First, int Count, DateTimeZone Zone)
{
    public const int Week = 7;

    public IEnumerable<LocalDate> Dates => Enumerable.Range(0, Count).Select(First.PlusDays);

    public static StaffDays Read(string? day, string? period, IClock clock, DateTimeZone zone)
    {
        var today = clock.GetCurrentInstant().InZone(zone).Date;
        var first = day is not null && LocalDatePattern.Iso.Parse(day) is { Success: true } parsed ? parsed.Value : today;
        return new StaffDays(first, period == "week" ? Week : 1, zone);
    }

    public static string Iso(LocalDate date) => LocalDatePattern.Iso.Format(date);

    /// <summary>The hub's zone: every founding hub is in Italy; a booking names its own zone when it has one.</summary>
    public static DateTimeZone HubZone => TimeZoneChoices.Resolve(TimeZoneChoices.Default);

    public static string Time(DateTimeOffset instant, DateTimeZone zone) =>
        LocalTimes.Time(LocalTimes.In(instant, zone));

    public static string Period(int count) => count == Week ? "week" : "day";

    public static string Span(DateTimeOffset start, DateTimeOffset end, string zone) =>
        LocalTimes.Span(start, end, TimeZoneChoices.Resolve(zone));

    public static string Culture(LocalDate date) => date.ToString("dddd d MMMM", CultureInfo.CurrentCulture);
}
