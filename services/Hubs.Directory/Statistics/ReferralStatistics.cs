namespace Hubs.Directory.Statistics;

/// <summary>Referrals asked in a period: how many in all, and the hub-to-hub matrix of those a hub asked.</summary>
public sealed record ReferralStatistics(long Total, IReadOnlyList<ReferralFlow> Matrix)
{
    /// <summary>Warm referrals (a business handed to a hub with its consent) opened in the period.</summary>
    public WarmReferralStatistics? Warm { get; init; }
}
