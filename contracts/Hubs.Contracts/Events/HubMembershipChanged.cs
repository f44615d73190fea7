using Hubs.Contracts.Senders;
using MassTransit;

namespace Hubs.Contracts.Events;

/// <summary>
/// A coordinator admitted or suspended a hub. Published by the directory, never by a hub (so it is not an
/// <see cref="IHubEvent"/>, and its exchange is outside the <c>hubs.*</c> names a hub's broker user may write): the
/// exchange hides or shows the hub's practices by it. <see cref="Version"/> grows with every change of the hub's
/// membership at the directory, so a late or repeated copy changes nothing.
/// </summary>
[PublishedBy(MessageSender.Directory)]
[EntityName("network.hub-membership-changed")]
[MessageUrn("hubs:hub-membership-changed:v1")]
public sealed record HubMembershipChanged
{
    /// <summary>The hub admitted or suspended (not the publisher).</summary>
    public required string HubId { get; init; }

    public required bool Suspended { get; init; }

    public required long Version { get; init; }

    public required Guid EventId { get; init; }

    public required DateTimeOffset OccurredAt { get; init; }
}
