using Hubs.HubNode.Availability;
using Hubs.HubNode.Slots;
using NodaTime;
using static Hubs.HubNode.Tests.Slots.CalendarRules;

namespace Hubs.HubNode.Tests.Slots;

public sealed class SlotCalendarTests
{
    // 2026-03-02 is a Monday in winter time (+01:00).
    private const string Monday = "2026-03-02";

    private static readonly AvailabilityRules MondayMornings = Create([Weekly(IsoDayOfWeek.Monday, "09:00", "12:00")]);

    [Fact]
    public void A_weekly_rule_gives_slots_every_step_that_end_within_it()
    {
        Assert.Equal(Times(Monday, "09:00", 10, "+01:00"), Starts(On(MondayMornings, Monday)));
        Assert.Equal(Times(Monday, "09:00", 9, "+01:00"), Starts(On(MondayMornings, Monday, ConsultationKind.Followup)));
        Assert.All(On(MondayMornings, Monday), s => Assert.Equal(Duration.FromMinutes(45), s.Duration));
        Assert.All(On(MondayMornings, Monday, ConsultationKind.Followup), s => Assert.Equal(Duration.FromMinutes(60), s.Duration));
        Assert.Empty(On(MondayMornings, "2026-03-03"));
    }

    [Fact]
    public void Several_rules_a_day_each_start_their_own_grid_and_touching_ones_merge()
    {
        var rules = Create(
        [
            Weekly(IsoDayOfWeek.Monday, "09:10", "10:10"),
            Weekly(IsoDayOfWeek.Monday, "14:00", "15:00"),
            Weekly(IsoDayOfWeek.Monday, "15:00", "15:30"),
        ]);

        Assert.Equal(
            [$"{Monday}T09:10+01:00", $"{Monday}T09:25+01:00", $"{Monday}T14:00+01:00", $"{Monday}T14:15+01:00", $"{Monday}T14:30+01:00", $"{Monday}T14:45+01:00"],
            Starts(On(rules, Monday)));
    }

    [Theory]
    [InlineData(5, 28)]
    [InlineData(15, 10)]
    [InlineData(30, 5)]
    [InlineData(60, 3)]
    public void The_step_sets_how_far_apart_slots_start(int step, int expected)
    {
        var slots = On(MondayMornings with { StepMinutes = step }, Monday);

        Assert.Equal(expected, slots.Count);
        Assert.All(slots.Zip(slots.Skip(1)), p => Assert.Equal(Duration.FromMinutes(step), p.Second.Start - p.First.Start));
    }

    [Fact]
    public void A_whole_day_exception_closes_every_date_of_its_range_inclusive()
    {
        var rules = MondayMornings with { Exceptions = [new TimeOff(Date("2026-03-02"), Date("2026-03-09"), null)] };

        Assert.Empty(On(rules, "2026-03-02"));
        Assert.Empty(On(rules, "2026-03-09"));
        Assert.Equal(10, On(rules, "2026-03-16").Count);
        Assert.Equal(10, On(rules, "2026-02-23").Count);
    }

    [Fact]
    public void A_timed_exception_takes_out_only_those_hours()
    {
        var rules = MondayMornings with { Exceptions = [new TimeOff(Date(Monday), Date(Monday), Hours("10:00", "11:00"))] };

        // 09:00–10:00 fits 09:00 and 09:15; 11:00–12:00 fits 11:00 and 11:15.
        Assert.Equal(
            [$"{Monday}T09:00+01:00", $"{Monday}T09:15+01:00", $"{Monday}T11:00+01:00", $"{Monday}T11:15+01:00"],
            Starts(On(rules, Monday)));
    }

    [Fact]
    public void An_extra_opening_adds_hours_even_on_a_day_off_and_merges_with_the_rules()
    {
        var sunday = "2026-03-08";
        var rules = MondayMornings with
        {
            Exceptions = [new TimeOff(Date(Monday), Date(Monday), null)],
            ExtraOpenings =
            [
                new ExtraOpening(Date(Monday), Hours("15:00", "16:00")),
                new ExtraOpening(Date(sunday), Hours("10:00", "11:00")),
                new ExtraOpening(Date("2026-03-09"), Hours("12:00", "13:00")),
            ],
        };

        Assert.Equal([$"{Monday}T15:00+01:00", $"{Monday}T15:15+01:00"], Starts(On(rules, Monday)));
        Assert.Equal([$"{sunday}T10:00+01:00", $"{sunday}T10:15+01:00"], Starts(On(rules, sunday)));

        // 09:00–12:00 and 12:00–13:00 make one opening: slots run across 12:00.
        Assert.Equal(Times("2026-03-09", "09:00", 14, "+01:00"), Starts(On(rules, "2026-03-09")));
    }

    [Fact]
    public void An_opening_until_24_00_offers_its_last_slot_ending_at_midnight()
    {
        var rules = Create([Weekly(IsoDayOfWeek.Monday, "22:00", "24:00")]);

        var slots = On(rules, Monday);

        Assert.Equal(Times(Monday, "22:00", 6, "+01:00"), Starts(slots));
        Assert.Equal(Rome.AtStartOfDay(Date("2026-03-03")).ToInstant(), slots[^1].End);
    }

    [Fact]
    public void Busy_intervals_remove_overlapping_slots_including_the_buffer_on_both_sides()
    {
        var meeting = Start(Monday, "10:00");
        var busy = new[] { new Interval(meeting, meeting + Duration.FromMinutes(45)) };

        // Blocked 09:45–11:00: a slot may end at 09:45 or start at 11:00.
        Assert.Equal(
            [$"{Monday}T09:00+01:00", $"{Monday}T11:00+01:00", $"{Monday}T11:15+01:00"],
            Starts(On(MondayMornings, Monday, busy: busy)));
        Assert.Equal(
            [$"{Monday}T09:00+01:00", $"{Monday}T09:15+01:00", $"{Monday}T10:45+01:00", $"{Monday}T11:00+01:00", $"{Monday}T11:15+01:00"],
            Starts(On(MondayMornings with { BufferMinutes = 0 }, Monday, busy: busy)));
        Assert.Equal(
            [$"{Monday}T11:15+01:00"],
            Starts(On(MondayMornings with { BufferMinutes = 30 }, Monday, busy: busy)));
    }

    [Fact]
    public void Overlapping_and_unordered_busy_intervals_are_all_respected()
    {
        var busy = new[]
        {
            new Interval(Start(Monday, "11:00"), Start(Monday, "11:30")),
            new Interval(Start(Monday, "09:00"), Start(Monday, "09:30")),
            new Interval(Start(Monday, "09:15"), Start(Monday, "09:45")),
        };

        // With the buffer: blocked 08:45–10:00 and 10:45–11:45, leaving exactly 10:00–10:45.
        Assert.Equal([$"{Monday}T10:00+01:00"], Starts(On(MondayMornings, Monday, busy: busy)));
        Assert.Equal(
            [$"{Monday}T09:45+01:00", $"{Monday}T10:00+01:00", $"{Monday}T10:15+01:00"],
            Starts(On(MondayMornings with { BufferMinutes = 0 }, Monday, busy: busy)));
    }

    [Fact]
    public void Minimum_notice_hides_slots_starting_too_soon()
    {
        var calendar = new SlotCalendar(MondayMornings);
        var now = Start(Monday, "10:00") - Duration.FromHours(24);
        var day = Day(Monday);

        var slots = calendar.FreeSlots(ConsultationKind.Brainstorming, day, now, []);

        Assert.Equal(Times(Monday, "10:00", 6, "+01:00"), Starts(slots));
        Assert.Equal(Times(Monday, "11:00", 2, "+01:00"),
            Starts(new SlotCalendar(MondayMornings with { MinimumNoticeHours = 25 }).FreeSlots(ConsultationKind.Brainstorming, day, now, [])));
        Assert.Equal(10, new SlotCalendar(MondayMornings with { MinimumNoticeHours = 0 }).FreeSlots(ConsultationKind.Brainstorming, day, now, []).Count);
    }

    [Fact]
    public void The_horizon_hides_slots_starting_at_or_after_it()
    {
        var calendar = new SlotCalendar(MondayMornings with { HorizonDays = 7, MinimumNoticeHours = 0 });
        var now = Start("2026-02-23", "10:30");

        var slots = calendar.FreeSlots(ConsultationKind.Brainstorming, new Interval(now, now + Duration.FromDays(14)), now, []);

        // 2026-02-23 from 10:30, then 2026-03-02 only before 10:30 (seven days after now).
        Assert.Equal([.. Times("2026-02-23", "10:30", 4, "+01:00"), .. Times(Monday, "09:00", 6, "+01:00")], Starts(slots));
    }

    [Fact]
    public void The_window_selects_slots_by_start_and_never_moves_the_grid()
    {
        var calendar = new SlotCalendar(MondayMornings);
        var now = Start(Monday, "00:00") - Duration.FromDays(7);

        var slots = calendar.FreeSlots(ConsultationKind.Brainstorming, new Interval(Start(Monday, "10:05"), Start(Monday, "11:00")), now, []);

        Assert.Equal(Times(Monday, "10:15", 3, "+01:00"), Starts(slots));
    }

    [Fact]
    public void Offers_answers_for_one_start_exactly_as_the_listing_does()
    {
        var calendar = new SlotCalendar(MondayMornings);
        var now = Start(Monday, "00:00") - Duration.FromDays(7);
        var busy = new[] { new Interval(Start(Monday, "11:00"), Start(Monday, "11:45")) };

        Assert.True(calendar.Offers(ConsultationKind.Brainstorming, Start(Monday, "09:15"), now, busy));
        Assert.False(calendar.Offers(ConsultationKind.Brainstorming, Start(Monday, "09:20"), now, busy));
        Assert.False(calendar.Offers(ConsultationKind.Brainstorming, Start(Monday, "10:30"), now, busy));
        Assert.False(calendar.Offers(ConsultationKind.Followup, Start(Monday, "11:15"), now, []));
        Assert.False(calendar.Offers(ConsultationKind.Brainstorming, Start(Monday, "09:15"), Start(Monday, "09:15"), []));
    }

    [Fact]
    public void Rules_in_another_zone_are_read_in_that_zone()
    {
        var rules = MondayMornings with { TimeZone = "America/New_York" };
        var newYork = DateTimeZoneProviders.Tzdb["America/New_York"];

        Assert.Equal(Times(Monday, "09:00", 10, "-05:00"), Starts(On(rules, Monday), newYork));
        Assert.Equal(Times(Monday, "15:00", 10, "+01:00"), Starts(On(rules, Monday)));
    }

    private static Instant Start(string date, string time) =>
        Rome.AtStrictly(Date(date).At(LocalTime.FromMinutesSinceMidnight(Hours(time, "24:00").StartMinute))).ToInstant();

    private static Interval Day(string date) =>
        new(Rome.AtStartOfDay(Date(date)).ToInstant(), Rome.AtStartOfDay(Date(date).PlusDays(1)).ToInstant());
}
