namespace Hubs.Exchange.KnownHubs;

/// <summary>A hub the exchange has heard announce itself: who may author and adopt practices.</summary>
public sealed record KnownHub
{
    public required string HubId { get; init; }
    public required long Version { get; init; }
    public required string Name { get; init; }
    public required string City { get; init; }
    public required string ProvinceCode { get; init; }

    /// <summary>The announcement last applied and when the hub made it.</summary>
    public required Guid LastEventId { get; init; }

    public required DateTimeOffset UpdatedAt { get; init; }
}
