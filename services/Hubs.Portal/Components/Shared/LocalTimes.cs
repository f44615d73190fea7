using System.Globalization;
using NodaTime;

namespace Hubs.Portal.Components.Shared;

/// <summary>Dates and times as the page's culture writes them, in a given zone: "martedì 8 dicembre 2026", "10:00".</summary>
public static class LocalTimes
{
    public static ZonedDateTime In(DateTimeOffset instant, DateTimeZone zone) => Instant.FromDateTimeOffset(instant).InZone(zone);

    public static string Day(LocalDate date) => date.ToString("dddd d MMMM yyyy", CultureInfo.CurrentCulture);

    public static string ShortDay(LocalDate date) => date.ToString("ddd d MMM", CultureInfo.CurrentCulture);

    public static string Time(ZonedDateTime time) => time.ToString("HH':'mm", CultureInfo.InvariantCulture);

    /// <summary>"martedì 8 dicembre 2026, 10:00–10:45 (Europe/Rome)": what a screen reader says for a slot.</summary>
    public static string Span(DateTimeOffset start, DateTimeOffset end, DateTimeZone zone)
    {
        var from = In(start, zone);
        return $"{Day(from.Date)}, {Time(from)}–{Time(In(end, zone))} ({zone.Id})";
    }
}
