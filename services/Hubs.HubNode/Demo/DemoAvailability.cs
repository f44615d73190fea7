using Hubs.HubNode.Availability;
using NodaTime;

namespace Hubs.HubNode.Demo;

/// <summary>Office hours for the demo experts, three patterns in turn, so a demo hub lists slots from its first start.</summary>
public static class DemoAvailability
{
    private static readonly IsoDayOfWeek[] Weekdays =
        [IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday, IsoDayOfWeek.Friday];

    public static AvailabilityRules For(int index, string timeZone) => new()
    {
        TimeZone = timeZone,
        Weekly = (index % 3) switch
        {
            0 => [.. Weekdays.Select(d => new WeeklyOpening(d, Hours(9, 0, 13, 0)))],
            1 => [.. new[] { IsoDayOfWeek.Monday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Friday }
                .SelectMany(d => new[] { new WeeklyOpening(d, Hours(9, 30, 12, 30)), new WeeklyOpening(d, Hours(14, 0, 17, 30)) })],
            _ => [.. new[] { IsoDayOfWeek.Tuesday, IsoDayOfWeek.Thursday }
                .SelectMany(d => new[] { new WeeklyOpening(d, Hours(10, 0, 13, 0)), new WeeklyOpening(d, Hours(14, 30, 18, 0)) })],
        },
        Exceptions = [],
        ExtraOpenings = [],
    };

    private static LocalTimeRange Hours(int startHour, int startMinute, int endHour, int endMinute) =>
        new((startHour * 60) + startMinute, (endHour * 60) + endMinute);
}
