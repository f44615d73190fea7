using Dapper;
using Hubs.Directory.Referrals;
using Hubs.Directory.Statistics;
using Hubs.ServiceDefaults.Storage;

namespace Hubs.Directory.Storage.Sqlite;

/// <summary>The referral record in SQLite: one insert per referral, keyed by its id.</summary>
public sealed class SqliteReferralLog(SqliteDatabase database, StatisticsMemo statistics) : IReferralLog
{
    public async Task RecordAsync(ReferralRecord referral, CancellationToken cancellationToken = default)
    {
        const string sql = """
            INSERT INTO referrals (referral_id, requested_on, province_code, topics, top_hub_id, referrer_kind, referrer_hub_id, ranked_hub_ids)
            VALUES (@ReferralId, @RequestedOn, @ProvinceCode, @Topics, @TopHubId, @ReferrerKind, @ReferrerHubId, @RankedHubIds)
            ON CONFLICT (referral_id) DO NOTHING
            """;
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(sql, new
        {
            ReferralId = StoredValues.Id(referral.ReferralId),
            RequestedOn = StoredValues.Date(referral.RequestedOn),
            referral.ProvinceCode,
            Topics = StoredValues.List(referral.Topics),
            referral.TopHubId,
            referral.ReferrerKind,
            referral.ReferrerHubId,
            RankedHubIds = StoredValues.List(referral.RankedHubIds),
        }, cancellationToken: cancellationToken));
        statistics.Changed();
    }

    public async Task<IReadOnlyList<string>?> GetRankedHubsAsync(Guid referralId, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var ranked = await connection.QuerySingleOrDefaultAsync<string?>(new CommandDefinition(
            "SELECT ranked_hub_ids FROM referrals WHERE referral_id = @ReferralId",
            new { ReferralId = StoredValues.Id(referralId) }, cancellationToken: cancellationToken));
        return ranked is null ? null : StoredValues.List(ranked);
    }

    public async Task<IReadOnlyDictionary<string, int>> CountFirstRankedByHubAsync(DatePeriod period, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<(string HubId, long Count)>(new CommandDefinition(
            """
            SELECT top_hub_id, COUNT(*) FROM referrals
            WHERE top_hub_id IS NOT NULL AND requested_on BETWEEN @from AND @to
            GROUP BY top_hub_id
            """,
            new { from = StoredValues.Date(period.First), to = StoredValues.Date(period.Last) }, cancellationToken: cancellationToken));
        return rows.ToDictionary(r => r.HubId, r => (int)r.Count, StringComparer.Ordinal);
    }

    public async Task<ReferralStatistics> SummariseAsync(DatePeriod period, CancellationToken cancellationToken = default)
    {
        var days = new { from = StoredValues.Date(period.First), to = StoredValues.Date(period.Last) };
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = connection.BeginTransaction(deferred: true);
        var total = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            "SELECT COUNT(*) FROM referrals WHERE requested_on BETWEEN @from AND @to", days, transaction,
            cancellationToken: cancellationToken));
        var flows = await connection.QueryAsync<(string From, string To, long Count)>(new CommandDefinition(
            """
            SELECT referrer_hub_id, top_hub_id, COUNT(*) FROM referrals
            WHERE referrer_hub_id IS NOT NULL AND top_hub_id IS NOT NULL AND requested_on BETWEEN @from AND @to
            GROUP BY referrer_hub_id, top_hub_id
            ORDER BY referrer_hub_id, top_hub_id
            """,
            days, transaction, cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
        return new ReferralStatistics(total, [.. flows.Select(f => new ReferralFlow(f.From, f.To, f.Count))]);
    }
}
