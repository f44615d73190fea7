using Dapper;
using Hubs.Contracts.Events;
using Hubs.Contracts.Referrals;
using Hubs.Directory.Referrals;
using Hubs.Directory.Statistics;
using Hubs.ServiceDefaults.Storage;

namespace Hubs.Directory.Storage.Sqlite;

/// <summary>
/// Warm referrals in SQLite: one row per referral id. An acceptance inserts it if absent; a hub's status is a
/// version-gated upsert that only the referral's receiving hub can make (<c>WHERE to_hub_id = excluded.to_hub_id</c>).
/// <c>opened_at</c> keeps the earliest time heard of (an acceptance, or the hub's first status), whatever the order.
/// </summary>
public sealed class SqliteWarmReferrals(SqliteDatabase database, StatisticsMemo statistics) : IWarmReferrals
{
    private const string Columns =
        "referral_id AS ReferralId, to_hub_id AS ToHubId, from_hub_id AS FromHubId, origin AS Origin, status AS Status, " +
        "version AS Version, opened_at AS OpenedAt, updated_at AS UpdatedAt";

    public async Task<WarmReferral> AcceptAsync(Guid referralId, string hubId, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO warm_referrals (referral_id, to_hub_id, from_hub_id, origin, status, version, opened_at, opened_on, updated_at)
            VALUES (@ReferralId, @HubId, NULL, 'directory', 'sent', 0, @At, @On, @At)
            ON CONFLICT (referral_id) DO NOTHING
            """,
            new { ReferralId = StoredValues.Id(referralId), HubId = hubId, At = StoredValues.Time(at), On = StoredValues.Date(NetworkCalendar.DateOf(at)) },
            cancellationToken: cancellationToken));
        statistics.Changed();
        return (await GetAsync(referralId, cancellationToken))!;
    }

    public async Task<bool> ApplyAsync(ReferralStatusChanged change, CancellationToken cancellationToken = default)
    {
        const string sql = """
            INSERT INTO warm_referrals (referral_id, to_hub_id, from_hub_id, origin, status, version, opened_at, opened_on, updated_at, last_event_id)
            VALUES (@ReferralId, @ToHubId, @FromHubId, CASE WHEN @FromHubId IS NULL THEN 'directory' ELSE 'hub' END, @Status, @Version, @At, @On, @At, @EventId)
            ON CONFLICT (referral_id) DO UPDATE SET
                status        = CASE WHEN excluded.version > warm_referrals.version THEN excluded.status ELSE warm_referrals.status END,
                updated_at    = CASE WHEN excluded.version > warm_referrals.version THEN excluded.updated_at ELSE warm_referrals.updated_at END,
                last_event_id = CASE WHEN excluded.version > warm_referrals.version THEN excluded.last_event_id ELSE warm_referrals.last_event_id END,
                version       = MAX(excluded.version, warm_referrals.version),
                opened_on     = CASE WHEN excluded.opened_at < warm_referrals.opened_at THEN excluded.opened_on ELSE warm_referrals.opened_on END,
                opened_at     = MIN(excluded.opened_at, warm_referrals.opened_at),
                from_hub_id   = CASE WHEN warm_referrals.origin = 'directory' THEN warm_referrals.from_hub_id ELSE COALESCE(warm_referrals.from_hub_id, excluded.from_hub_id) END
            WHERE warm_referrals.to_hub_id = excluded.to_hub_id
              AND (excluded.version > warm_referrals.version OR excluded.opened_at < warm_referrals.opened_at)
            """;
        await using var connection = await database.OpenAsync(cancellationToken);
        var changed = await connection.ExecuteAsync(new CommandDefinition(sql, new
        {
            ReferralId = StoredValues.Id(change.ReferralId),
            change.ToHubId,
            change.FromHubId,
            change.Status,
            change.Version,
            At = StoredValues.Time(change.OccurredAt),
            On = StoredValues.Date(NetworkCalendar.DateOf(change.OccurredAt)),
            EventId = StoredValues.Id(change.EventId),
        }, cancellationToken: cancellationToken));
        statistics.Changed();
        return changed == 1;
    }

    public async Task<WarmReferral?> GetAsync(Guid referralId, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<Row>(new CommandDefinition(
            $"SELECT {Columns} FROM warm_referrals WHERE referral_id = @ReferralId",
            new { ReferralId = StoredValues.Id(referralId) }, cancellationToken: cancellationToken));
        return row?.ToReferral();
    }

    public async Task<WarmReferralStatistics> SummariseAsync(DatePeriod period, CancellationToken cancellationToken = default)
    {
        var days = new { from = StoredValues.Date(period.First), to = StoredValues.Date(period.Last) };
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = connection.BeginTransaction(deferred: true);
        var byStatus = (await connection.QueryAsync<(string Status, long Count)>(new CommandDefinition(
            "SELECT status, COUNT(*) FROM warm_referrals WHERE opened_on BETWEEN @from AND @to GROUP BY status",
            days, transaction, cancellationToken: cancellationToken))).ToDictionary(r => r.Status, r => r.Count, StringComparer.Ordinal);
        var flows = await connection.QueryAsync<(string From, string To, long Count)>(new CommandDefinition(
            """
            SELECT from_hub_id, to_hub_id, COUNT(*) FROM warm_referrals
            WHERE from_hub_id IS NOT NULL AND opened_on BETWEEN @from AND @to
            GROUP BY from_hub_id, to_hub_id
            ORDER BY from_hub_id, to_hub_id
            """,
            days, transaction, cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
        return new WarmReferralStatistics(
            byStatus.Values.Sum(),
            byStatus.GetValueOrDefault(WarmReferralOrigins.Sent),
            byStatus.GetValueOrDefault(ReferralStatuses.Open),
            byStatus.GetValueOrDefault(ReferralStatuses.Booked),
            byStatus.GetValueOrDefault(ReferralStatuses.Closed),
            [.. flows.Select(f => new ReferralFlow(f.From, f.To, f.Count))]);
    }

    private sealed class Row
    {
        public string ReferralId { get; set; } = "";
        public string ToHubId { get; set; } = "";
        public string? FromHubId { get; set; }
        public string Origin { get; set; } = "";
        public string Status { get; set; } = "";
        public long Version { get; set; }
        public string OpenedAt { get; set; } = "";
        public string UpdatedAt { get; set; } = "";

        public WarmReferral ToReferral() => new()
        {
            ReferralId = Guid.Parse(ReferralId),
            ToHubId = ToHubId,
            FromHubId = FromHubId,
            Origin = Origin,
            Status = Status,
            Version = Version,
            OpenedAt = StoredValues.Time(OpenedAt),
            UpdatedAt = StoredValues.Time(UpdatedAt),
        };
    }
}
