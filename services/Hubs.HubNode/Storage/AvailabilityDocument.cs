using System.Text.Json;
using Hubs.HubNode.Availability;

namespace Hubs.HubNode.Storage;

/// <summary>
/// An expert's availability rules as stored by both adapters (SQLite's <c>expert_availability.rules</c> JSON column,
/// MongoDB's <c>availability.rules</c> subdocument): the API's text forms (HH:mm, ISO dates, day names), so a stored
/// record reads the same to a person with the database shell as through the API.
/// </summary>
internal sealed class AvailabilityDocument
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public string TimeZone { get; set; } = "";
    public List<string[]> Weekly { get; set; } = [];
    public List<string?[]> Exceptions { get; set; } = [];
    public List<string[]> ExtraOpenings { get; set; } = [];
    public int BufferMinutes { get; set; }
    public int MinimumNoticeHours { get; set; }
    public int HorizonDays { get; set; }
    public int StepMinutes { get; set; }

    public static string Write(AvailabilityRules rules) => JsonSerializer.Serialize(
        new AvailabilityDocument
        {
            TimeZone = rules.TimeZone,
            Weekly = [.. rules.Weekly.Select(w => new[] { AvailabilityText.Day(w.Day), AvailabilityText.Time(w.Hours.StartMinute), AvailabilityText.Time(w.Hours.EndMinute) })],
            Exceptions =
            [
                .. rules.Exceptions.Select(e => new[]
                {
                    AvailabilityText.Date(e.From),
                    AvailabilityText.Date(e.To),
                    e.Hours is { } h ? AvailabilityText.Time(h.StartMinute) : null,
                    e.Hours is { } h2 ? AvailabilityText.Time(h2.EndMinute) : null,
                }),
            ],
            ExtraOpenings = [.. rules.ExtraOpenings.Select(x => new[] { AvailabilityText.Date(x.Date), AvailabilityText.Time(x.Hours.StartMinute), AvailabilityText.Time(x.Hours.EndMinute) })],
            BufferMinutes = rules.BufferMinutes,
            MinimumNoticeHours = rules.MinimumNoticeHours,
            HorizonDays = rules.HorizonDays,
            StepMinutes = rules.StepMinutes,
        },
        Json);

    /// <summary>Reads a stored document; it was validated when written, so a bad one is corruption and throws.</summary>
    public static AvailabilityRules Read(string json)
    {
        var document = JsonSerializer.Deserialize<AvailabilityDocument>(json, Json)
            ?? throw new InvalidDataException("Empty availability document.");
        return new AvailabilityRules
        {
            TimeZone = document.TimeZone,
            Weekly = [.. document.Weekly.Select(w => new WeeklyOpening(AvailabilityText.Days[w[0]], Hours(w[1], w[2])))],
            Exceptions = [.. document.Exceptions.Select(e => new TimeOff(Date(e[0]), Date(e[1]), e[2] is null ? null : Hours(e[2], e[3])))],
            ExtraOpenings = [.. document.ExtraOpenings.Select(x => new ExtraOpening(Date(x[0]), Hours(x[1], x[2])))],
            BufferMinutes = document.BufferMinutes,
            MinimumNoticeHours = document.MinimumNoticeHours,
            HorizonDays = document.HorizonDays,
            StepMinutes = document.StepMinutes,
        };
    }

    private static LocalTimeRange Hours(string? start, string? end) =>
        AvailabilityText.TryParseTime(start, allowEndOfDay: false, out var s) && AvailabilityText.TryParseTime(end, allowEndOfDay: true, out var e)
            ? new LocalTimeRange(s, e)
            : throw new InvalidDataException($"Stored hours '{start}'–'{end}' are not valid.");

    private static NodaTime.LocalDate Date(string? text) =>
        AvailabilityText.TryParseDate(text, out var date) ? date : throw new InvalidDataException($"Stored date '{text}' is not valid.");
}
