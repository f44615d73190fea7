using Hubs.Directory.Statistics;

namespace Hubs.Directory.Referrals;

/// <summary>Store port for the anonymous record of referrals asked of the directory.</summary>
public interface IReferralLog
{
    /// <summary>Records a referral; recording the same id twice keeps the first.</summary>
    Task RecordAsync(ReferralRecord referral, CancellationToken cancellationToken = default);

    /// <summary>The hubs a referral proposed, best first; null when there is no such referral.</summary>
    Task<IReadOnlyList<string>?> GetRankedHubsAsync(Guid referralId, CancellationToken cancellationToken = default);

    /// <summary>Referrals per first-ranked hub asked on the days of <paramref name="period"/>.</summary>
    Task<IReadOnlyDictionary<string, int>> CountFirstRankedByHubAsync(DatePeriod period, CancellationToken cancellationToken = default);

    /// <summary>The referral figures of the statistics for the days of <paramref name="period"/>.</summary>
    Task<ReferralStatistics> SummariseAsync(DatePeriod period, CancellationToken cancellationToken = default);
}
