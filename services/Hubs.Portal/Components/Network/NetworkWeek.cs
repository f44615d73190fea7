using NodaTime;
using NodaTime.Calendars;

namespace Hubs.Portal.Components.Network;

/// <summary>Weeks as the directory counts them: ISO weeks of the day in Italy, written <c>2026-W48</c>.</summary>
public static class NetworkWeek
{
    private static readonly DateTimeZone Italy = DateTimeZoneProviders.Tzdb["Europe/Rome"];

    public static string Current(IClock clock) => Of(clock.GetCurrentInstant().InZone(Italy).Date);

    public static string Of(LocalDate day) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{WeekYearRules.Iso.GetWeekYear(day)}-W{WeekYearRules.Iso.GetWeekOfWeekYear(day):00}");

    /// <summary>The instant a day in Italy begins (its midnight, or the first moment after it on a DST change).</summary>
    public static DateTimeOffset StartOf(DateOnly day) => LocalDate.FromDateOnly(day).AtStartOfDayInZone(Italy).ToDateTimeOffset();

    public static string Time(DateTimeOffset at) =>
        Instant.FromDateTimeOffset(at).InZone(Italy).ToString("dd/MM/yyyy HH:mm", System.Globalization.CultureInfo.InvariantCulture);
}
