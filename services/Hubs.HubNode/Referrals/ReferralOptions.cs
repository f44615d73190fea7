using System.ComponentModel.DataAnnotations;

namespace Hubs.HubNode.Referrals;

/// <summary>Warm referrals at this hub (section <c>Referrals</c>).</summary>
public sealed class ReferralOptions
{
    public const string Section = "Referrals";

    /// <summary>
    /// Hubs this one may refer to beyond the founding twelve (hubs admitted later). A referral to any other id is refused:
    /// sending to a mistyped hub would create a queue nobody reads.
    /// </summary>
    public List<string> PeerHubs { get; set; } = [];

    /// <summary>How often booked referrals are checked against their bookings (outcome recorded → closed, cancelled → open).</summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "01:00:00")]
    public TimeSpan SettleInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>A claim older than this (a booking attempt that died half-way) no longer blocks booking the referral.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan ClaimTimeout { get; set; } = TimeSpan.FromMinutes(1);
}
