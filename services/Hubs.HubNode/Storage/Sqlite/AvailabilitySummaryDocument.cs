using System.Text.Json;
using Hubs.HubNode.Availability;
using NodaTime;

namespace Hubs.HubNode.Storage.Sqlite;

/// <summary>The <c>summary</c> JSON column of <c>expert_availability</c>: the summary last published.</summary>
internal sealed class AvailabilitySummaryDocument
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public string? NextFreeBrainstorming { get; set; }
    public string? NextFreeFollowup { get; set; }
    public int FreeBrainstormingSlots { get; set; }
    public int FreeFollowupSlots { get; set; }

    public static string? Write(AvailabilitySummary? summary) => summary is null ? null : JsonSerializer.Serialize(
        new AvailabilitySummaryDocument
        {
            NextFreeBrainstorming = Text(summary.NextFreeBrainstorming),
            NextFreeFollowup = Text(summary.NextFreeFollowup),
            FreeBrainstormingSlots = summary.FreeBrainstormingSlots,
            FreeFollowupSlots = summary.FreeFollowupSlots,
        },
        Json);

    public static AvailabilitySummary? Read(string? json)
    {
        if (json is null || JsonSerializer.Deserialize<AvailabilitySummaryDocument>(json, Json) is not { } document)
        {
            return null;
        }

        return new AvailabilitySummary(
            Instant(document.NextFreeBrainstorming),
            Instant(document.NextFreeFollowup),
            document.FreeBrainstormingSlots,
            document.FreeFollowupSlots);
    }

    private static string? Text(Instant? instant) => instant is { } i ? SqliteColumns.Instant(i.ToDateTimeOffset()) : null;

    private static Instant? Instant(string? text) => text is null ? null : NodaTime.Instant.FromDateTimeOffset(SqliteColumns.Instant(text));
}
