using Hubs.HubNode.Availability;
using NodaTime;

namespace Hubs.HubNode.Storage.Sqlite;

/// <summary>An <c>expert_availability</c> row as Dapper reads it.</summary>
internal sealed class AvailabilityRow
{
    public const string Columns =
        "expert_id AS ExpertId, rules AS Rules, version AS Version, updated_at AS UpdatedAt, summary AS Summary, summary_version AS SummaryVersion";

    public string ExpertId { get; set; } = "";
    public string Rules { get; set; } = "";
    public long Version { get; set; }
    public string UpdatedAt { get; set; } = "";
    public string? Summary { get; set; }
    public long SummaryVersion { get; set; }

    public ExpertAvailability ToAvailability() => new()
    {
        ExpertId = Guid.Parse(ExpertId),
        Rules = AvailabilityDocument.Read(Rules),
        Version = Version,
        UpdatedAt = Instant.FromDateTimeOffset(SqliteColumns.Instant(UpdatedAt)),
        Summary = AvailabilitySummaryDocument.Read(Summary),
        SummaryVersion = SummaryVersion,
    };
}
