using Hubs.Contracts.Senders;
using MassTransit;

namespace Hubs.Contracts.Events;

/// <summary>A hub's public profile, sent on start and whenever the profile changes.</summary>
[PublishedBy(MessageSender.NamedHub)]
[EntityName("hubs.hub-announced")]
[MessageUrn("hubs:hub-announced:v1")]
public sealed record HubAnnounced : IVersionedEvent
{
    public required string HubId { get; init; }
    public required Guid EventId { get; init; }
    public required DateTimeOffset OccurredAt { get; init; }
    public required long Version { get; init; }
    public required string Name { get; init; }
    public required string City { get; init; }
    public required string ProvinceCode { get; init; }
    public required double Latitude { get; init; }
    public required double Longitude { get; init; }
    public required IReadOnlyList<string> Specialties { get; init; }
    public IReadOnlyList<string> Languages { get; init; } = [];
    public string? PublicUrl { get; init; }
    public string? ContactEmail { get; init; }

    /// <summary>
    /// Where the network's gateway reaches this hub's node (its public address, e.g. <c>https://como.node.example.org/</c>):
    /// the gateway routes <c>/api/hubs/{HubId}/**</c> there once the directory lists the hub. Absent from hubs built before
    /// it existed, which the gateway then routes from its own configuration only.
    /// </summary>
    public string? NodeUrl { get; init; }
}
