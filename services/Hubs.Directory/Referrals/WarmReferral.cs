namespace Hubs.Directory.Referrals;

/// <summary>
/// A warm referral as the directory knows it: where it went, from which hub (none when the business accepted a directory
/// referral), and its status there. Nothing about the business: its intake only passed through.
/// </summary>
public sealed record WarmReferral
{
    public required Guid ReferralId { get; init; }
    public required string ToHubId { get; init; }
    public string? FromHubId { get; init; }

    /// <summary><see cref="WarmReferralOrigins.Directory"/> or <see cref="WarmReferralOrigins.Hub"/>.</summary>
    public required string Origin { get; init; }

    /// <summary><see cref="WarmReferralOrigins.Sent"/> until the hub reports, then one of <c>ReferralStatuses</c>.</summary>
    public required string Status { get; init; }

    /// <summary>The receiving hub's version of the referral (0 before it reported).</summary>
    public required long Version { get; init; }

    public required DateTimeOffset OpenedAt { get; init; }
    public required DateTimeOffset UpdatedAt { get; init; }
}
