using System.Globalization;
using Hubs.HubNode.Availability;
using Hubs.HubNode.Slots;
using NodaTime;
using NodaTime.Text;

namespace Hubs.HubNode.Tests.Slots;

/// <summary>Builds availability rules and shows slots compactly, for the calendar's unit tests.</summary>
internal static class CalendarRules
{
    public static readonly DateTimeZone Rome = DateTimeZoneProviders.Tzdb["Europe/Rome"];

    private static readonly OffsetDateTimePattern Shown =
        OffsetDateTimePattern.Create("uuuu'-'MM'-'dd'T'HH':'mmo<+HH:mm>", CultureInfo.InvariantCulture, default);

    public static LocalTimeRange Hours(string start, string end)
    {
        Assert.True(AvailabilityText.TryParseTime(start, allowEndOfDay: false, out var s));
        Assert.True(AvailabilityText.TryParseTime(end, allowEndOfDay: true, out var e));
        return new LocalTimeRange(s, e);
    }

    public static LocalDate Date(string text)
    {
        Assert.True(AvailabilityText.TryParseDate(text, out var date));
        return date;
    }

    public static WeeklyOpening Weekly(IsoDayOfWeek day, string start, string end) => new(day, Hours(start, end));

    public static AvailabilityRules Create(
        IEnumerable<WeeklyOpening>? weekly = null,
        IEnumerable<TimeOff>? exceptions = null,
        IEnumerable<ExtraOpening>? extras = null,
        int buffer = 15,
        int noticeHours = 24,
        int horizonDays = 60,
        int step = 15,
        string zone = "Europe/Rome") => new()
        {
            TimeZone = zone,
            Weekly = [.. weekly ?? []],
            Exceptions = [.. exceptions ?? []],
            ExtraOpenings = [.. extras ?? []],
            BufferMinutes = buffer,
            MinimumNoticeHours = noticeHours,
            HorizonDays = horizonDays,
            StepMinutes = step,
        };

    /// <summary>The local start of each slot with its offset, e.g. <c>2026-03-29T01:00+01:00</c>.</summary>
    public static string[] Starts(IEnumerable<Interval> slots, DateTimeZone? zone = null) =>
        [.. slots.Select(s => Shown.Format(s.Start.InZone(zone ?? Rome).ToOffsetDateTime()))];

    /// <summary>Slots of one local date in Rome, listed as if now were well before it.</summary>
    public static IReadOnlyList<Interval> On(AvailabilityRules rules, string date, ConsultationKind kind = ConsultationKind.Brainstorming, IEnumerable<Interval>? busy = null)
    {
        var day = Date(date);
        var zone = rules.Zone;
        var window = new Interval(zone.AtStartOfDay(day).ToInstant(), zone.AtStartOfDay(day.PlusDays(1)).ToInstant());
        var now = window.Start - Duration.FromDays(7);
        return new SlotCalendar(rules).FreeSlots(kind, window, now, busy ?? []);
    }

    /// <summary>"09:00", "09:15", … every <paramref name="step"/> minutes, <paramref name="count"/> of them.</summary>
    public static string[] Times(string date, string first, int count, string offset, int step = 15)
    {
        Assert.True(AvailabilityText.TryParseTime(first, false, out var minute));
        return [.. Enumerable.Range(0, count).Select(i => $"{date}T{AvailabilityText.Time(minute + (i * step))}{offset}")];
    }
}
