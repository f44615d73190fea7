using Hubs.HubNode.Availability;
using Hubs.HubNode.Slots;
using NodaTime;
using static Hubs.HubNode.Tests.Slots.CalendarRules;

namespace Hubs.HubNode.Tests.Slots;

/// <summary>
/// Europe/Rome switches at 02:00 → 03:00 on the last Sunday of March and 03:00 → 02:00 on the last Sunday of October.
/// Night openings (01:00–04:00) make the switch visible; morning ones (09:00–12:00) must not notice it.
/// </summary>
public sealed class DaylightSavingTests
{
    private static readonly AvailabilityRules Sundays = Create(
    [
        Weekly(IsoDayOfWeek.Sunday, "01:00", "04:00"),
        Weekly(IsoDayOfWeek.Sunday, "09:00", "12:00"),
    ]);

    [Theory]
    [InlineData("2026-03-29")]
    [InlineData("2027-03-28")]
    public void Spring_forward_night_slots_skip_the_missing_hour_without_duplicates(string date)
    {
        var brainstorming = On(Sundays, date).Where(s => s.Start.InZone(Rome).Hour < 9).ToList();
        var followup = On(Sundays, date, ConsultationKind.Followup).Where(s => s.Start.InZone(Rome).Hour < 9).ToList();

        // 01:00 CET to 04:00 CEST is two real hours: four starts before the gap, then 03:00 and 03:15.
        Assert.Equal([.. Times(date, "01:00", 4, "+01:00"), .. Times(date, "03:00", 2, "+02:00")], Starts(brainstorming));
        Assert.Equal([.. Times(date, "01:00", 4, "+01:00"), .. Times(date, "03:00", 1, "+02:00")], Starts(followup));
        AssertOneStepApart(brainstorming);
        Assert.DoesNotContain(brainstorming, s => s.Start.InZone(Rome).Hour == 2);

        // A meeting across the gap lasts its real 45 minutes: 01:30 CET → 03:15 CEST.
        var across = brainstorming.Single(s => s.Start.InZone(Rome).TimeOfDay == new LocalTime(1, 30));
        Assert.Equal(new LocalDateTime(Date(date).Year, Date(date).Month, Date(date).Day, 3, 15), across.End.InZone(Rome).LocalDateTime);
    }

    [Theory]
    [InlineData("2026-10-25")]
    [InlineData("2027-10-31")]
    public void Fall_back_night_slots_cover_the_repeated_hour_once_at_each_offset(string date)
    {
        var brainstorming = On(Sundays, date).Where(s => s.Start < MorningOf(date)).ToList();
        var followup = On(Sundays, date, ConsultationKind.Followup).Where(s => s.Start < MorningOf(date)).ToList();

        // 01:00 CEST to 04:00 CET is four real hours; 02:00–02:45 come once at +02:00 and once at +01:00.
        Assert.Equal([.. Times(date, "01:00", 8, "+02:00"), .. Times(date, "02:00", 6, "+01:00")], Starts(brainstorming));
        Assert.Equal([.. Times(date, "01:00", 8, "+02:00"), .. Times(date, "02:00", 5, "+01:00")], Starts(followup));
        AssertOneStepApart(brainstorming);
        AssertOneStepApart(followup);
    }

    [Theory]
    [InlineData("2026-03-29", "2026-03-22", "+02:00", "+01:00")]
    [InlineData("2027-03-28", "2027-03-21", "+02:00", "+01:00")]
    [InlineData("2026-10-25", "2026-10-18", "+01:00", "+02:00")]
    [InlineData("2027-10-31", "2027-10-24", "+01:00", "+02:00")]
    public void Morning_slots_on_a_switch_day_are_the_same_local_times_as_the_sunday_before(string date, string before, string offset, string offsetBefore)
    {
        var switchDay = On(Sundays, date).Where(s => s.Start >= MorningOf(date)).ToList();
        var ordinary = On(Sundays, before).Where(s => s.Start >= MorningOf(before)).ToList();

        Assert.Equal(Times(date, "09:00", 10, offset), Starts(switchDay));
        Assert.Equal(Times(before, "09:00", 10, offsetBefore), Starts(ordinary));

        // Same wall clock, one hour apart in UTC: 08:00Z in winter time, 07:00Z in summer time.
        var utcHour = offset == "+02:00" ? 7 : 8;
        Assert.Equal(utcHour, switchDay[0].Start.InUtc().Hour);
        Assert.Equal(15 - utcHour, ordinary[0].Start.InUtc().Hour);
    }

    [Theory]
    [InlineData("2026-03-29", 90)]
    [InlineData("2026-03-22", 94)]
    [InlineData("2026-10-25", 98)]
    [InlineData("2027-03-28", 90)]
    [InlineData("2027-10-31", 98)]
    public void A_whole_day_opening_lasts_23_24_or_25_real_hours(string date, int expected)
    {
        var allDay = Create([Weekly(IsoDayOfWeek.Sunday, "00:00", "24:00")]);

        var slots = On(allDay, date);

        Assert.Equal(expected, slots.Count);
        AssertOneStepApart(slots);
        Assert.Equal(slots.Count, slots.Select(s => s.Start).Distinct().Count());
    }

    [Fact]
    public void An_opening_starting_inside_the_gap_starts_when_the_clock_resumes_and_one_wholly_inside_offers_nothing()
    {
        var fromGap = Create([Weekly(IsoDayOfWeek.Sunday, "02:30", "04:00")]);
        var inGap = Create([Weekly(IsoDayOfWeek.Sunday, "02:00", "03:00")]);

        // Not shifted by the gap's length (03:30): the opening starts at the first instant the clock shows 02:30 or later.
        Assert.Equal(Times("2026-03-29", "03:00", 2, "+02:00"), Starts(On(fromGap, "2026-03-29")));
        Assert.Empty(On(inGap, "2026-03-29"));
        Assert.Empty(On(inGap, "2027-03-28"));
    }

    [Fact]
    public void The_repeated_hour_alone_offers_both_of_its_occurrences()
    {
        var repeated = Create([Weekly(IsoDayOfWeek.Sunday, "02:00", "03:00")]);

        Assert.Equal(
            [.. Times("2026-10-25", "02:00", 4, "+02:00"), .. Times("2026-10-25", "02:00", 2, "+01:00")],
            Starts(On(repeated, "2026-10-25")));
    }

    [Fact]
    public void Busy_time_inside_the_repeated_hour_blocks_only_its_own_occurrence()
    {
        // A meeting at 02:00 CET (01:00Z), the second 02:00 of the night.
        var second = Instant.FromUtc(2026, 10, 25, 1, 0);
        var busy = new[] { new Interval(second, second + Duration.FromMinutes(45)) };

        var slots = On(Sundays, "2026-10-25", busy: busy).Where(s => s.Start < MorningOf("2026-10-25")).ToList();

        // Blocked 00:45Z–02:00Z = 02:45 CEST … 03:00 CET; everything before, the first 02:00–02:00 included, stays.
        Assert.Equal([.. Times("2026-10-25", "01:00", 5, "+02:00"), "2026-10-25T03:00+01:00", "2026-10-25T03:15+01:00"], Starts(slots));
    }

    [Fact]
    public void Slots_shown_in_New_York_keep_their_instants_across_both_zones_switches()
    {
        var newYork = DateTimeZoneProviders.Tzdb["America/New_York"];
        var mornings = Create([Weekly(IsoDayOfWeek.Sunday, "09:00", "12:00")]);

        // New York switched on 2026-03-08 and switches back on 2026-11-01: Rome is 5 hours ahead, except in between.
        Assert.Equal("2026-03-22T04:00-04:00", Starts(On(mornings, "2026-03-22"), newYork)[0]);
        Assert.Equal("2026-03-29T03:00-04:00", Starts(On(mornings, "2026-03-29"), newYork)[0]);
        Assert.Equal("2026-10-25T04:00-04:00", Starts(On(mornings, "2026-10-25"), newYork)[0]);
        Assert.Equal("2026-11-01T03:00-05:00", Starts(On(mornings, "2026-11-01"), newYork)[0]);
        Assert.Equal("2026-03-15T04:00-04:00", Starts(On(mornings, "2026-03-15"), newYork)[0]);
        Assert.Equal("2026-03-01T03:00-05:00", Starts(On(mornings, "2026-03-01"), newYork)[0]);
    }

    private static Instant MorningOf(string date) => Rome.AtStartOfDay(Date(date)).PlusHours(8).ToInstant();

    private static void AssertOneStepApart(IReadOnlyList<Interval> slots) =>
        Assert.All(slots.Zip(slots.Skip(1)), p => Assert.Equal(Duration.FromMinutes(15), p.Second.Start - p.First.Start));
}
