namespace Hubs.Directory.Referrals;

/// <summary>The answer to a referral request: the hubs that can help, best first.</summary>
public sealed record ReferralResult(Guid ReferralId, IReadOnlyList<RankedHub> Hubs);
