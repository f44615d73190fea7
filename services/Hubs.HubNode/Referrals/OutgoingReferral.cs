using NodaTime;

namespace Hubs.HubNode.Referrals;

/// <summary>
/// A business this hub referred to another one: which meeting here led to it, where it went and how it stands there.
/// Nothing of the other hub's view of the business, only the status it publishes.
/// </summary>
public sealed record OutgoingReferral
{
    public required Guid ReferralId { get; init; }
    public required string ToHubId { get; init; }

    /// <summary>The meeting here after which the business was referred.</summary>
    public required Guid BookingId { get; init; }

    /// <summary><see cref="ReferralDesk.Sent"/> until the other hub reports, then one of <c>ReferralStatuses</c>.</summary>
    public required string Status { get; init; }

    /// <summary>The other hub's version of the referral (0 before it reported).</summary>
    public required long StatusVersion { get; init; }

    public required string ConsentVersion { get; init; }
    public required Instant CreatedAt { get; init; }
    public required Instant UpdatedAt { get; init; }
}
