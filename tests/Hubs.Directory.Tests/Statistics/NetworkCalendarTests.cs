using Hubs.Directory.Statistics;

namespace Hubs.Directory.Tests.Statistics;

public sealed class NetworkCalendarTests
{
    [Theory]
    [InlineData("2026-11-26", "2026-W48")]
    [InlineData("2026-11-29", "2026-W48")]
    [InlineData("2026-11-30", "2026-W49")]
    [InlineData("2027-01-01", "2026-W53")]
    [InlineData("2025-12-29", "2026-W01")]
    public void Weeks_are_iso_8601_with_the_week_based_year(string date, string week) =>
        Assert.Equal(week, NetworkCalendar.IsoWeekOf(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void Dates_are_days_in_italy_in_winter_and_in_summer()
    {
        Assert.Equal(new DateOnly(2026, 11, 30), NetworkCalendar.DateOf(new DateTimeOffset(2026, 11, 29, 23, 30, 0, TimeSpan.Zero)));
        Assert.Equal(new DateOnly(2026, 11, 29), NetworkCalendar.DateOf(new DateTimeOffset(2026, 11, 29, 22, 59, 0, TimeSpan.Zero)));
        Assert.Equal(new DateOnly(2026, 7, 2), NetworkCalendar.DateOf(new DateTimeOffset(2026, 7, 1, 22, 30, 0, TimeSpan.Zero)));
        Assert.Equal(new DateOnly(2026, 7, 1), NetworkCalendar.DateOf(new DateTimeOffset(2026, 7, 1, 21, 59, 0, TimeSpan.Zero)));
    }
}
