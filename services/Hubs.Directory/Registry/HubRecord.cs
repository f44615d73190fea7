namespace Hubs.Directory.Registry;

/// <summary>
/// What the directory knows about one hub: its announced profile (absent while <see cref="Version"/> is 0, when only
/// heartbeats have arrived) and its liveness.
/// </summary>
public sealed record HubRecord
{
    public required string HubId { get; init; }

    /// <summary>Version of the announced profile; 0 for a placeholder made by a heartbeat that came first.</summary>
    public required long Version { get; init; }

    public string? Name { get; init; }
    public string? City { get; init; }
    public string? ProvinceCode { get; init; }
    public double? Latitude { get; init; }
    public double? Longitude { get; init; }
    public IReadOnlyList<string> Specialties { get; init; } = [];
    public IReadOnlyList<string> Languages { get; init; } = [];
    public string? PublicUrl { get; init; }
    public string? ContactEmail { get; init; }

    /// <summary>Where the gateway reaches the hub's node, as the hub announced it (never shown to the public).</summary>
    public string? NodeUrl { get; init; }

    /// <summary>Suspended by the network: still listed as such, hidden from expert search and referral.</summary>
    public bool Suspended { get; init; }

    /// <summary>Grows by one at every suspension or admission; the version of the hub's <c>HubMembershipChanged</c>.</summary>
    public long MembershipVersion { get; init; }

    /// <summary>The announcement last applied and when the hub made it.</summary>
    public Guid? LastEventId { get; init; }

    public DateTimeOffset? UpdatedAt { get; init; }

    public long HeartbeatVersion { get; init; }
    public DateTimeOffset? LastHeartbeatAt { get; init; }
    public TimeSpan? HeartbeatInterval { get; init; }
    public Guid? LastHeartbeatEventId { get; init; }

    /// <summary>When the directory first heard of the hub, by its own clock.</summary>
    public required DateTimeOffset FirstSeenAt { get; init; }

    public bool IsAnnounced => Version > 0;
}
