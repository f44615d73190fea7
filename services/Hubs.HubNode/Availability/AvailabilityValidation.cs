using System.Globalization;
using Hubs.ServiceDefaults.Http;
using NodaTime;

namespace Hubs.HubNode.Availability;

/// <summary>Checks an <see cref="AvailabilityInput"/>; errors are keyed by the JSON field, e.g. <c>weekly[1].end</c>.</summary>
public static class AvailabilityValidation
{
    // Generous for real calendars, small enough that one request cannot make slot listing expensive.
    public const int MaxWeekly = 70;
    public const int MaxExceptions = 400;
    public const int MaxExtraOpenings = 400;
    public const int MaxBufferMinutes = 240;
    public const int MaxMinimumNoticeHours = 720;
    public const int MaxHorizonDays = 365;
    public static readonly IReadOnlyList<int> Steps = [5, 10, 15, 20, 30, 60];

    // Dates far outside any booking window are typos; bounding them also keeps date arithmetic far from NodaTime's limits.
    public static readonly LocalDate EarliestDate = new(2000, 1, 1);
    public static readonly LocalDate LatestDate = new(2199, 12, 31);

    public static Dictionary<string, string[]> Validate(AvailabilityInput input, string hubTimeZone, out AvailabilityRules? rules)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var zone = Zone(input.TimeZone, hubTimeZone, errors);
        var weekly = Weekly(input.Weekly, errors);
        var exceptions = Exceptions(input.Exceptions, errors);
        var extras = ExtraOpenings(input.ExtraOpenings, errors);
        var buffer = Number(input.BufferMinutes, "bufferMinutes", AvailabilityRules.DefaultBufferMinutes, 0, MaxBufferMinutes, errors);
        var notice = Number(input.MinimumNoticeHours, "minimumNoticeHours", AvailabilityRules.DefaultMinimumNoticeHours, 0, MaxMinimumNoticeHours, errors);
        var horizon = Number(input.HorizonDays, "horizonDays", AvailabilityRules.DefaultHorizonDays, 1, MaxHorizonDays, errors);
        var step = input.StepMinutes ?? AvailabilityRules.DefaultStepMinutes;
        if (!Steps.Contains(step))
        {
            errors["stepMinutes"] = [$"The stepMinutes must be one of {string.Join(", ", Steps)}."];
        }

        rules = errors.Count == 0
            ? new AvailabilityRules
            {
                TimeZone = zone!,
                Weekly = weekly!,
                Exceptions = exceptions!,
                ExtraOpenings = extras!,
                BufferMinutes = buffer,
                MinimumNoticeHours = notice,
                HorizonDays = horizon,
                StepMinutes = step,
            }
            : null;
        return errors;
    }

    private static string? Zone(string? id, string hubTimeZone, Dictionary<string, string[]> errors)
    {
        if (id is null)
        {
            return hubTimeZone;
        }

        if (DateTimeZoneProviders.Tzdb.GetZoneOrNull(id) is null)
        {
            errors["timeZone"] = [$"{TextRules.Shown(id)} is not a TZDB time zone id (e.g. Europe/Rome)."];
            return null;
        }

        return id;
    }

    private static List<WeeklyOpening>? Weekly(List<WeeklyOpeningInput?>? items, Dictionary<string, string[]> errors)
    {
        if (items is null)
        {
            // Absent means none: an expert may have only extra openings, or nothing at all for now.
            return [];
        }

        if (!Bounded(items, "weekly", MaxWeekly, errors))
        {
            return null;
        }

        var openings = new List<(int Index, WeeklyOpening Opening)>();
        for (var i = 0; i < items.Count; i++)
        {
            var field = Indexed("weekly", i);
            if (items[i] is not { } item)
            {
                errors[field] = ["A weekly rule { day, start, end } is required here."];
                continue;
            }

            var day = Day(item.Day, $"{field}.day", errors);
            var hours = Hours(item.Start, item.End, field, required: true, errors);
            if (day is { } d && hours is { } h)
            {
                openings.Add((i, new WeeklyOpening(d, h)));
            }
        }

        // Overlapping rules on one day are almost always a typo (09:00–12:00 and 11:00–13:00); touching ones are fine.
        foreach (var day in openings.GroupBy(o => o.Opening.Day))
        {
            var sorted = day.OrderBy(o => o.Opening.Hours.StartMinute).ToList();
            for (var k = 1; k < sorted.Count; k++)
            {
                var (index, opening) = sorted[k];
                var clash = sorted.Take(k).FirstOrDefault(o => o.Opening.Hours.Overlaps(opening.Hours));
                if (clash.Opening is not null)
                {
                    errors[Indexed("weekly", index)] =
                    [
                        string.Create(CultureInfo.InvariantCulture,
                            $"{opening.Hours} on {AvailabilityText.Day(opening.Day)} overlaps weekly[{clash.Index}] ({clash.Opening.Hours})."),
                    ];
                }
            }
        }

        return [.. openings.Select(o => o.Opening).OrderBy(o => o.Day).ThenBy(o => o.Hours.StartMinute)];
    }

    private static List<TimeOff>? Exceptions(List<TimeOffInput?>? items, Dictionary<string, string[]> errors)
    {
        if (items is null)
        {
            // Absent means none: an expert may have only extra openings, or nothing at all for now.
            return [];
        }

        if (!Bounded(items, "exceptions", MaxExceptions, errors))
        {
            return null;
        }

        var exceptions = new List<TimeOff>();
        for (var i = 0; i < items.Count; i++)
        {
            var field = Indexed("exceptions", i);
            if (items[i] is not { } item)
            {
                errors[field] = ["An exception { from, to?, start?, end? } is required here."];
                continue;
            }

            var from = Date(item.From, $"{field}.from", required: true, errors);
            var to = item.To is null ? from : Date(item.To, $"{field}.to", required: true, errors);
            if (from is { } f && to is { } t && t < f)
            {
                errors[$"{field}.to"] = ["The to date must not be before the from date."];
                continue;
            }

            // No start and no end: the whole day off.
            var wholeDay = item.Start is null && item.End is null;
            var hours = wholeDay ? null : Hours(item.Start, item.End, field, required: true, errors);
            if (from is not null && to is not null && (wholeDay || hours is not null))
            {
                exceptions.Add(new TimeOff(from.Value, to.Value, hours));
            }
        }

        return [.. exceptions.OrderBy(e => e.From).ThenBy(e => e.To).ThenBy(e => e.Hours?.StartMinute ?? -1)];
    }

    private static List<ExtraOpening>? ExtraOpenings(List<ExtraOpeningInput?>? items, Dictionary<string, string[]> errors)
    {
        if (items is null)
        {
            // Absent means none: an expert may have only extra openings, or nothing at all for now.
            return [];
        }

        if (!Bounded(items, "extraOpenings", MaxExtraOpenings, errors))
        {
            return null;
        }

        var extras = new List<ExtraOpening>();
        for (var i = 0; i < items.Count; i++)
        {
            var field = Indexed("extraOpenings", i);
            if (items[i] is not { } item)
            {
                errors[field] = ["An extra opening { date, start, end } is required here."];
                continue;
            }

            var date = Date(item.Date, $"{field}.date", required: true, errors);
            var hours = Hours(item.Start, item.End, field, required: true, errors);
            if (date is { } d && hours is { } h)
            {
                extras.Add(new ExtraOpening(d, h));
            }
        }

        return [.. extras.OrderBy(x => x.Date).ThenBy(x => x.Hours.StartMinute).ThenBy(x => x.Hours.EndMinute)];
    }

    private static bool Bounded<T>(List<T> items, string field, int max, Dictionary<string, string[]> errors)
    {
        if (items.Count > max)
        {
            errors[field] = [string.Create(CultureInfo.InvariantCulture, $"At most {max} entries.")];
            return false;
        }

        return true;
    }

    private static IsoDayOfWeek? Day(string? text, string field, Dictionary<string, string[]> errors)
    {
        if (text is not null && AvailabilityText.Days.TryGetValue(text, out var day))
        {
            return day;
        }

        errors[field] = [$"{TextRules.Shown(text)} is not a day of the week (monday … sunday)."];
        return null;
    }

    private static LocalTimeRange? Hours(string? startText, string? endText, string field, bool required, Dictionary<string, string[]> errors)
    {
        var start = Time(startText, $"{field}.start", allowEndOfDay: false, required, errors);
        var end = Time(endText, $"{field}.end", allowEndOfDay: true, required, errors);
        if (start is not { } s || end is not { } e)
        {
            return null;
        }

        if (e <= s)
        {
            errors[$"{field}.end"] = [$"The end ({AvailabilityText.Time(e)}) must be after the start ({AvailabilityText.Time(s)})."];
            return null;
        }

        return new LocalTimeRange(s, e);
    }

    private static int? Time(string? text, string field, bool allowEndOfDay, bool required, Dictionary<string, string[]> errors)
    {
        if (text is null)
        {
            if (required)
            {
                errors[field] = ["A local time HH:mm is required."];
            }

            return null;
        }

        if (AvailabilityText.TryParseTime(text, allowEndOfDay, out var minute))
        {
            return minute;
        }

        errors[field] = [$"{TextRules.Shown(text)} is not a local time HH:mm{(allowEndOfDay ? " (24:00 for the end of the day)" : "")}."];
        return null;
    }

    private static LocalDate? Date(string? text, string field, bool required, Dictionary<string, string[]> errors)
    {
        if (text is null)
        {
            if (required)
            {
                errors[field] = ["A date yyyy-MM-dd is required."];
            }

            return null;
        }

        if (!AvailabilityText.TryParseDate(text, out var date))
        {
            errors[field] = [$"{TextRules.Shown(text)} is not a date yyyy-MM-dd."];
            return null;
        }

        if (date < EarliestDate || date > LatestDate)
        {
            errors[field] = [$"The date must be between {AvailabilityText.Date(EarliestDate)} and {AvailabilityText.Date(LatestDate)}."];
            return null;
        }

        return date;
    }

    private static int Number(int? value, string field, int fallback, int min, int max, Dictionary<string, string[]> errors)
    {
        var number = value ?? fallback;
        if (number < min || number > max)
        {
            errors[field] = [string.Create(CultureInfo.InvariantCulture, $"The {field} must be between {min} and {max}.")];
        }

        return number;
    }

    private static string Indexed(string field, int index) => string.Create(CultureInfo.InvariantCulture, $"{field}[{index}]");
}
