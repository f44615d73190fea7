using Hubs.Portal.Gateway;
using Microsoft.AspNetCore.Http;

namespace Hubs.Portal.Components.Staff;

/// <summary>
/// The availability form as a plain grid: two time ranges per weekday, a few rows of exceptions and extra openings
/// (blank rows are ignored), and the four numbers. Read from the posted form or from the stored rules.
/// </summary>
public sealed record AvailabilityForm(
    IReadOnlyDictionary<string, (string Start, string End)[]> Weekly, IReadOnlyList<TimeOffDates> Exceptions, IReadOnlyList<ExtraHours> Extra,
    string Buffer, string Notice, string Horizon, string Step, string TimeZone, long? Version)
{
    public static readonly string[] Days = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];

    /// <summary>Time ranges offered per weekday at least (one more than stored, so a day can always get another).</summary>
    public const int RangesPerDay = 2;

    /// <summary>Blank rows offered for new exceptions and extra openings.</summary>
    public const int BlankRows = 2;

    public static AvailabilityForm Of(AvailabilityView? stored, string hubZone) => stored is null
        ? new(Days.ToDictionary(d => d, _ => Pad([])), [], [], "15", "24", "60", "15", hubZone, null)
        : new(
            Days.ToDictionary(d => d, d => Pad(stored.Weekly.Where(w => w.Day.Equals(d, StringComparison.OrdinalIgnoreCase)).Select(w => (w.Start, w.End)))),
            stored.Exceptions, stored.ExtraOpenings,
            Text(stored.BufferMinutes), Text(stored.MinimumNoticeHours), Text(stored.HorizonDays), Text(stored.StepMinutes), stored.TimeZone, stored.Version);

    public static AvailabilityForm Read(IFormCollection form) => new(
        Days.ToDictionary(d => d, d => Enumerable.Range(0, 50).TakeWhile(i => form.ContainsKey($"{d}-{i}-start"))
            .Select(i => (form[$"{d}-{i}-start"].ToString(), form[$"{d}-{i}-end"].ToString())).ToArray()),
        [.. Rows(form, "exception").Select(i => new TimeOffDates(form[$"exception-{i}-from"]!, Blank(form[$"exception-{i}-to"]), Blank(form[$"exception-{i}-start"]), Blank(form[$"exception-{i}-end"])))
            .Where(e => e.From.Length > 0)],
        [.. Rows(form, "extra").Select(i => new ExtraHours(form[$"extra-{i}-date"]!, form[$"extra-{i}-start"]!, form[$"extra-{i}-end"]!)).Where(e => e.Date.Length > 0)],
        form["buffer"]!, form["notice"]!, form["horizon"]!, form["step"]!, form["timeZone"]!,
        long.TryParse(form["version"], out var v) ? v : null);

    /// <summary>The rules to send; numbers a person left unreadable are sent as -1 so the hub names the field.</summary>
    public AvailabilityRulesBody Body => new(
        TimeZone,
        [.. Days.SelectMany(d => Weekly[d].Where(r => !string.IsNullOrEmpty(r.Start) || !string.IsNullOrEmpty(r.End)).Select(r => new WeeklyHours(d, r.Start ?? "", r.End ?? "")))],
        Exceptions, Extra, Number(Buffer), Number(Notice), Number(Horizon), Number(Step));

    private static (string Start, string End)[] Pad(IEnumerable<(string Start, string End)> ranges)
    {
        var kept = ranges.ToList();
        return [.. kept.Concat(Enumerable.Repeat((Start: "", End: ""), Math.Max(RangesPerDay - kept.Count, 1)))];
    }

    private static IEnumerable<int> Rows(IFormCollection form, string prefix) =>
        Enumerable.Range(0, 50).TakeWhile(i => form.ContainsKey($"{prefix}-{i}-{(prefix == "extra" ? "date" : "from")}"));

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;

    private static string Text(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static int Number(string value) => int.TryParse(value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : -1;
}
