namespace Hubs.Directory.Registry;

/// <summary>A hub as listed by <c>GET /api/directory/hubs</c>.</summary>
public sealed record HubView
{
    public required string Id { get; init; }
    public required string Name { get; init; }
    public required string City { get; init; }
    public required string ProvinceCode { get; init; }

    /// <summary>From the province code; null for a code the network's province list does not know.</summary>
    public string? Region { get; init; }

    public required double Latitude { get; init; }
    public required double Longitude { get; init; }
    public required IReadOnlyList<string> Specialties { get; init; }
    public required IReadOnlyList<string> Languages { get; init; }
    public string? PublicUrl { get; init; }
    public string? ContactEmail { get; init; }
    public required long Version { get; init; }
    public DateTimeOffset? LastHeartbeatAt { get; init; }

    /// <summary><c>online</c>, <c>stale</c> (see <see cref="StaleSince"/>) or <c>suspended</c>.</summary>
    public required string Status { get; init; }

    public DateTimeOffset? StaleSince { get; init; }
    public required int ExpertCount { get; init; }
}
