using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace Hubs.HubNode.Availability;

/// <summary>How availability reads and writes as text: <c>HH:mm</c> times (<c>24:00</c> as an end), ISO dates, English day names.</summary>
public static class AvailabilityText
{
    private static readonly LocalTimePattern TimePattern = LocalTimePattern.CreateWithInvariantCulture("HH':'mm");

    public static readonly IReadOnlyDictionary<string, IsoDayOfWeek> Days = new Dictionary<string, IsoDayOfWeek>(StringComparer.OrdinalIgnoreCase)
    {
        ["monday"] = IsoDayOfWeek.Monday,
        ["tuesday"] = IsoDayOfWeek.Tuesday,
        ["wednesday"] = IsoDayOfWeek.Wednesday,
        ["thursday"] = IsoDayOfWeek.Thursday,
        ["friday"] = IsoDayOfWeek.Friday,
        ["saturday"] = IsoDayOfWeek.Saturday,
        ["sunday"] = IsoDayOfWeek.Sunday,
    };

    public static string Day(IsoDayOfWeek day) => day.ToString().ToLowerInvariant();

    /// <summary>"09:30" → 570; "24:00" → 1440 only when <paramref name="allowEndOfDay"/>.</summary>
    public static bool TryParseTime(string? text, bool allowEndOfDay, out int minute)
    {
        minute = 0;
        if (text is null)
        {
            return false;
        }

        if (allowEndOfDay && text == "24:00")
        {
            minute = LocalTimeRange.MinutesPerDay;
            return true;
        }

        var parsed = TimePattern.Parse(text);
        if (!parsed.Success)
        {
            return false;
        }

        minute = (parsed.Value.Hour * 60) + parsed.Value.Minute;
        return true;
    }

    public static string Time(int minute) => string.Create(CultureInfo.InvariantCulture, $"{minute / 60:00}:{minute % 60:00}");

    public static bool TryParseDate(string? text, out LocalDate date)
    {
        date = default;
        if (text is null)
        {
            return false;
        }

        var parsed = LocalDatePattern.Iso.Parse(text);
        date = parsed.Success ? parsed.Value : default;
        return parsed.Success;
    }

    public static string Date(LocalDate date) => LocalDatePattern.Iso.Format(date);
}
