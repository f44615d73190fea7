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
}
