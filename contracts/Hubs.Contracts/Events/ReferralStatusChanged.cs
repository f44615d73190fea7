using Hubs.Contracts.Senders;
using MassTransit;

namespace Hubs.Contracts.Events;

/// <summary>
/// A warm referral changed status at the hub it was sent to (<see cref="HubId"/> = <see cref="ToHubId"/>). Published:
/// the referring hub follows the referrals it sent (<see cref="FromHubId"/>), the directory counts them. No personal
/// data: ids, hubs, status and times only — never who the business is or what it wrote.
/// </summary>
[PublishedBy(MessageSender.NamedHub)]
[EntityName("hubs.referral-status-changed")]
[MessageUrn("hubs:referral-status-changed:v1")]
public sealed record ReferralStatusChanged : IVersionedEvent
{
    /// <summary>The hub holding the referral, which is the only one that may speak for it.</summary>
    public required string HubId { get; init; }
    public required Guid EventId { get; init; }
    public required DateTimeOffset OccurredAt { get; init; }

    /// <summary>The referral's version at <see cref="HubId"/>: 1 when stored, + 1 at each change.</summary>
    public required long Version { get; init; }

    public required Guid ReferralId { get; init; }

    /// <summary>The referring hub; null when the business came through the directory.</summary>
    public string? FromHubId { get; init; }

    public required string ToHubId { get; init; }

    /// <summary>One of <see cref="Referrals.ReferralStatuses"/>.</summary>
    public required string Status { get; init; }
}
