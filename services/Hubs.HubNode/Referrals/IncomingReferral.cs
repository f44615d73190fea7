using Hubs.HubNode.Intake;
using NodaTime;

namespace Hubs.HubNode.Referrals;

/// <summary>
/// A business referred to this hub, with the intake it consented to hand over (personal data: it stays here, like a
/// booking's). <see cref="Version"/> is the version of its <c>ReferralStatusChanged</c> events.
/// </summary>
public sealed record IncomingReferral
{
    public required Guid ReferralId { get; init; }

    /// <summary>The referring hub; null when the business came through the directory.</summary>
    public string? FromHubId { get; init; }

    /// <summary>One of <c>ReferralStatuses</c>.</summary>
    public required string Status { get; init; }

    public required long Version { get; init; }

    /// <summary>The booking made here for it, while booked or closed.</summary>
    public Guid? BookingId { get; init; }

    public required BusinessIntake Intake { get; init; }
    public required Instant ConsentAt { get; init; }

    /// <summary>The referring staff's note; null from the directory.</summary>
    public string? Note { get; init; }

    /// <summary>Why this hub's staff declined it; null unless declined. Kept here only: the network hears the status alone.</summary>
    public string? DeclineReason { get; init; }

    public Instant? DeclinedAt { get; init; }

    public required Instant ReceivedAt { get; init; }
    public required Instant UpdatedAt { get; init; }
}
