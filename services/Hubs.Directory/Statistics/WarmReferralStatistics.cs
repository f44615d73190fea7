namespace Hubs.Directory.Statistics;

/// <summary>
/// Warm referrals opened in a period (a business handed to a hub with its consent), by their status now, and the
/// hub-to-hub matrix of those another hub's staff made. Those a business accepted from a directory referral count in
/// the totals only: they come from no hub.
/// </summary>
public sealed record WarmReferralStatistics(long Total, long Sent, long Open, long Booked, long Closed, IReadOnlyList<ReferralFlow> Matrix);
