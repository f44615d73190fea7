using Hubs.Contracts.Events;
using Hubs.Directory.Experts;
using Hubs.ServiceDefaults.Storage;

namespace Hubs.Directory.Storage.Sqlite;

/// <summary>An expert row (with its summary) as Dapper reads it.</summary>
internal sealed class ExpertRow
{
    public string HubId { get; set; } = "";
    public string ExpertId { get; set; } = "";
    public long Version { get; set; }
    public long Retired { get; set; }

    /// <summary>The profile's JSON (<see cref="ExpertProfile.ToJson"/>); null on a tombstone.</summary>
    public string? Profile { get; set; }
    public string LastEventId { get; set; } = "";
    public string UpdatedAt { get; set; } = "";
    public long? AvailabilityVersion { get; set; }
    public string? NextFreeBrainstorming { get; set; }
    public string? NextFreeFollowup { get; set; }
    public long? FreeBrainstorming { get; set; }
    public long? FreeFollowup { get; set; }
    public string? SummarisedAt { get; set; }

    // Read only by the in-memory read model, which searches and orders by them.
    public string? SearchText { get; set; }
    public string? SortName { get; set; }

    public ExpertRecord ToRecord() => new()
    {
        HubId = HubId,
        ExpertId = Guid.Parse(ExpertId),
        Version = Version,
        Retired = Retired != 0,
        Profile = Profile is null ? null : ExpertProfile.FromJson(Profile),
        LastEventId = Guid.Parse(LastEventId),
        UpdatedAt = StoredValues.Time(UpdatedAt),
        Availability = AvailabilityVersion is { } version
            ? new AvailabilitySummary
            {
                Version = version,
                NextFreeBrainstorming = StoredValues.OptionalTime(NextFreeBrainstorming),
                NextFreeFollowup = StoredValues.OptionalTime(NextFreeFollowup),
                FreeBrainstormingSlotsNext14Days = (int)(FreeBrainstorming ?? 0),
                FreeFollowupSlotsNext14Days = (int)(FreeFollowup ?? 0),
                SummarisedAt = StoredValues.Time(SummarisedAt!),
            }
            : null,
    };
}
