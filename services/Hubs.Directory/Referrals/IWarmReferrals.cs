using Hubs.Contracts.Events;
using Hubs.Directory.Statistics;

namespace Hubs.Directory.Referrals;

/// <summary>Store port for warm referrals: ids, hubs, status and times only.</summary>
public interface IWarmReferrals
{
    /// <summary>
    /// Records that the business accepted <paramref name="hubId"/> for a directory referral, unless it already accepted
    /// one; returns what is stored (possibly another hub, accepted first).
    /// </summary>
    Task<WarmReferral> AcceptAsync(Guid referralId, string hubId, DateTimeOffset at, CancellationToken cancellationToken = default);

    /// <summary>
    /// Applies a status reported by the referral's receiving hub: a version-gated upsert, ignored when not newer or when
    /// the stored referral went to another hub. True when something changed.
    /// </summary>
    Task<bool> ApplyAsync(ReferralStatusChanged change, CancellationToken cancellationToken = default);

    Task<WarmReferral?> GetAsync(Guid referralId, CancellationToken cancellationToken = default);

    /// <summary>The warm referrals opened on the days of <paramref name="period"/>.</summary>
    Task<WarmReferralStatistics> SummariseAsync(DatePeriod period, CancellationToken cancellationToken = default);
}
