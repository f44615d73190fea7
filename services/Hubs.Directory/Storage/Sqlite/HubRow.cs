using Hubs.Directory.Registry;
using Hubs.ServiceDefaults.Storage;

namespace Hubs.Directory.Storage.Sqlite;

/// <summary>A hubs row as Dapper reads it.</summary>
internal sealed class HubRow
{
    public string HubId { get; set; } = "";
    public long Version { get; set; }
    public string? Name { get; set; }
    public string? City { get; set; }
    public string? ProvinceCode { get; set; }
    public double? Latitude { get; set; }
    public double? Longitude { get; set; }
    public string? Specialties { get; set; }
    public string? Languages { get; set; }
    public string? PublicUrl { get; set; }
    public string? ContactEmail { get; set; }
    public string? NodeUrl { get; set; }
    public long Suspended { get; set; }
    public long MembershipVersion { get; set; }
    public string? LastEventId { get; set; }
    public string? UpdatedAt { get; set; }
    public long HeartbeatVersion { get; set; }
    public string? LastHeartbeatAt { get; set; }
    public long? HeartbeatIntervalMs { get; set; }
    public string? LastHeartbeatEventId { get; set; }
    public string FirstSeenAt { get; set; } = "";

    public HubRecord ToRecord() => new()
    {
        HubId = HubId,
        Version = Version,
        Name = Name,
        City = City,
        ProvinceCode = ProvinceCode,
        Latitude = Latitude,
        Longitude = Longitude,
        Specialties = StoredValues.List(Specialties),
        Languages = StoredValues.List(Languages),
        PublicUrl = PublicUrl,
        NodeUrl = NodeUrl,
        ContactEmail = ContactEmail,
        Suspended = Suspended != 0,
        MembershipVersion = MembershipVersion,
        LastEventId = StoredValues.OptionalId(LastEventId),
        UpdatedAt = StoredValues.OptionalTime(UpdatedAt),
        HeartbeatVersion = HeartbeatVersion,
        LastHeartbeatAt = StoredValues.OptionalTime(LastHeartbeatAt),
        HeartbeatInterval = HeartbeatIntervalMs is { } ms ? TimeSpan.FromMilliseconds(ms) : null,
        LastHeartbeatEventId = StoredValues.OptionalId(LastHeartbeatEventId),
        FirstSeenAt = StoredValues.Time(FirstSeenAt),
    };
}
