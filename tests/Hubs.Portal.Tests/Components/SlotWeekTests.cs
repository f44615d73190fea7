using Hubs.Portal.Components.Businesses;
using NodaTime;

namespace Hubs.Portal.Tests.Components;

public sealed class SlotWeekTests
{
    private static readonly DateTimeZone Rome = DateTimeZoneProviders.Tzdb["Europe/Rome"];

    [Theory]
    [InlineData("2026-03-25", 167)] // the week of the spring change loses an hour
    [InlineData("2026-10-28", 169)] // the week of the autumn change gains one
    [InlineData("2026-06-10", 168)]
    public void A_week_runs_from_Monday_midnight_to_the_next_Monday_midnight_in_the_business_zone(string day, int hours)
    {
        var now = Instant.FromUtc(2026, 1, 1, 0, 0);
        var week = SlotWeek.Read(day, null, Rome, now);

        Assert.Equal(IsoDayOfWeek.Monday, week.Monday.DayOfWeek);
        Assert.Equal(hours, (week.To - week.From(now)).TotalHours);
    }

    [Fact]
    public void Next_and_previous_move_a_week_but_never_before_the_current_one()
    {
        var now = Instant.FromUtc(2026, 12, 3, 9, 0); // a Thursday
        var thisWeek = SlotWeek.Read(null, null, Rome, now);

        Assert.Equal(new LocalDate(2026, 11, 30), thisWeek.Monday);
        Assert.False(thisWeek.CanGoBack);
        Assert.Equal(new LocalDate(2026, 12, 7), SlotWeek.Read(thisWeek.Text, "next", Rome, now).Monday);
        Assert.Equal(thisWeek.Monday, SlotWeek.Read(thisWeek.Text, "prev", Rome, now).Monday);
        // The current week starts now, not in the past.
        Assert.Equal(now.ToDateTimeOffset(), thisWeek.From(now));
    }
}
