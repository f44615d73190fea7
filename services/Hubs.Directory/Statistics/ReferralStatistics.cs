namespace Hubs.Directory.Statistics;

/// <summary>Referrals asked in a period: how many in all, and the hub-to-hub matrix of those a hub asked.</summary>
public sealed record ReferralStatistics(long Total, IReadOnlyList<ReferralFlow> Matrix);
