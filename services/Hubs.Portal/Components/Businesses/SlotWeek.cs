using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace Hubs.Portal.Components.Businesses;

/// <summary>
/// The week the slot picker shows, Monday to Sunday in the business's zone. Its bounds are the zone's midnights, so a
/// week with a daylight-saving change is 167 or 169 hours long and no slot falls out of it or into the next one.
/// </summary>
public sealed record SlotWeek(LocalDate Monday, DateTimeZone Zone, LocalDate ThisMonday)
{
    public static SlotWeek Read(string? week, string? action, DateTimeZone zone, Instant now)
    {
        var today = now.InZone(zone).Date;
        var thisMonday = MondayOf(today);
        var monday = LocalDatePattern.Iso.Parse(week ?? "") is { Success: true } parsed ? MondayOf(parsed.Value) : thisMonday;
        monday = action switch
        {
            "next" => monday.PlusWeeks(1),
            "prev" => monday.PlusWeeks(-1),
            _ => monday,
        };
        return new SlotWeek(monday < thisMonday ? thisMonday : monday, zone, thisMonday);
    }

    public bool CanGoBack => Monday > ThisMonday;

    public DateTimeOffset From(Instant now)
    {
        var start = Monday.AtStartOfDayInZone(Zone).ToInstant();
        return (start < now ? now : start).ToDateTimeOffset();
    }

    public DateTimeOffset To => Monday.PlusWeeks(1).AtStartOfDayInZone(Zone).ToInstant().ToDateTimeOffset();

    public string Text => Monday.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static LocalDate MondayOf(LocalDate date) => date.Previous(IsoDayOfWeek.Monday).PlusWeeks(date.DayOfWeek == IsoDayOfWeek.Monday ? 1 : 0);
}
