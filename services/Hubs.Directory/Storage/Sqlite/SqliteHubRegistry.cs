using Dapper;
using Hubs.Contracts.Events;
using Hubs.Directory.Registry;
using Hubs.Directory.Storage.ReadModel;
using Hubs.ServiceDefaults.Outbox;
using Hubs.ServiceDefaults.Storage;

namespace Hubs.Directory.Storage.Sqlite;

/// <summary>
/// The hub registry in SQLite. Each write is one upsert whose WHERE clause compares versions, so concurrent consumers
/// and redelivered or reordered events converge without any lock held in this process. With a <see cref="DirectoryReadModel"/>,
/// hubs are read from memory (decision 0017).
/// </summary>
public sealed class SqliteHubRegistry(
    SqliteDatabase database, ProjectionWriter writer, TimeProvider clock, DirectoryReadModel? readModel = null,
    bool newHubsAwaitAdmission = false) : IHubRegistry
{
    // Only this class changes a hub's suspension, so it can answer the per-event check from memory (decision 0016).
    private readonly SuspensionMemo _suspensions = new();

    // A hub first heard of starts suspended when the network admits hubs by hand (Directory:NewHubsAwaitAdmission).
    private long AwaitsAdmission => newHubsAwaitAdmission ? 1 : 0;

    internal const string Columns = """
        hub_id AS HubId, version AS Version, name AS Name, city AS City, province_code AS ProvinceCode,
        latitude AS Latitude, longitude AS Longitude, specialties AS Specialties, languages AS Languages,
        public_url AS PublicUrl, contact_email AS ContactEmail, node_url AS NodeUrl, suspended AS Suspended, membership_version AS MembershipVersion, last_event_id AS LastEventId, updated_at AS UpdatedAt,
        heartbeat_version AS HeartbeatVersion, last_heartbeat_at AS LastHeartbeatAt,
        heartbeat_interval_ms AS HeartbeatIntervalMs, last_heartbeat_event_id AS LastHeartbeatEventId,
        first_seen_at AS FirstSeenAt
        """;

    public async Task<bool> ApplyAnnouncementAsync(HubAnnounced announcement, CancellationToken cancellationToken = default)
    {
        const string sql = """
            INSERT INTO hubs (hub_id, version, name, city, province_code, latitude, longitude, specialties, languages,
                              public_url, contact_email, node_url, last_event_id, updated_at, first_seen_at, suspended)
            VALUES (@HubId, @Version, @Name, @City, @ProvinceCode, @Latitude, @Longitude, @Specialties, @Languages,
                    @PublicUrl, @ContactEmail, @NodeUrl, @EventId, @UpdatedAt, @Now, @AwaitsAdmission)
            ON CONFLICT (hub_id) DO UPDATE SET
                version = excluded.version, name = excluded.name, city = excluded.city,
                province_code = excluded.province_code, latitude = excluded.latitude, longitude = excluded.longitude,
                specialties = excluded.specialties, languages = excluded.languages, public_url = excluded.public_url,
                contact_email = excluded.contact_email, node_url = excluded.node_url, last_event_id = excluded.last_event_id, updated_at = excluded.updated_at
            WHERE excluded.version > hubs.version
            """;
        var parameters = new
        {
            announcement.HubId,
            announcement.Version,
            announcement.Name,
            announcement.City,
            announcement.ProvinceCode,
            announcement.Latitude,
            announcement.Longitude,
            Specialties = StoredValues.List(announcement.Specialties),
            Languages = StoredValues.List(announcement.Languages),
            announcement.PublicUrl,
            announcement.ContactEmail,
            announcement.NodeUrl,
            EventId = StoredValues.Id(announcement.EventId),
            UpdatedAt = StoredValues.Time(announcement.OccurredAt),
            Now = StoredValues.Time(clock.GetUtcNow()),
            AwaitsAdmission = AwaitsAdmission,
        };
        return await writer.ExecuteAsync(new ProjectionWrite(sql, parameters, HubsChanged), cancellationToken) > 0;
    }

    public async Task<bool> ApplyHeartbeatAsync(HubHeartbeat heartbeat, DateTimeOffset beatAt, CancellationToken cancellationToken = default)
    {
        const string sql = """
            INSERT INTO hubs (hub_id, version, heartbeat_version, last_heartbeat_at, heartbeat_interval_ms,
                              last_heartbeat_event_id, first_seen_at, suspended)
            VALUES (@HubId, 0, @Version, @BeatAt, @IntervalMs, @EventId, @Now, @AwaitsAdmission)
            ON CONFLICT (hub_id) DO UPDATE SET
                heartbeat_version = excluded.heartbeat_version, last_heartbeat_at = excluded.last_heartbeat_at,
                heartbeat_interval_ms = excluded.heartbeat_interval_ms,
                last_heartbeat_event_id = excluded.last_heartbeat_event_id
            WHERE excluded.heartbeat_version > hubs.heartbeat_version
            """;
        var parameters = new
        {
            heartbeat.HubId,
            heartbeat.Version,
            BeatAt = StoredValues.Time(beatAt),
            IntervalMs = heartbeat.Interval > TimeSpan.Zero ? (long?)heartbeat.Interval.TotalMilliseconds : null,
            EventId = StoredValues.Id(heartbeat.EventId),
            Now = StoredValues.Time(clock.GetUtcNow()),
            AwaitsAdmission,
        };
        return await writer.ExecuteAsync(new ProjectionWrite(sql, parameters, HubsChanged), cancellationToken) > 0;
    }

    public async Task<bool> SetSuspendedAsync(string hubId, bool suspended, CancellationToken cancellationToken = default) =>
        await SetSuspendedAsync(hubId, suspended, null, static _ => [], cancellationToken) is not null;

    public async Task<HubRecord?> SetSuspendedAsync(
        string hubId, bool suspended, MembershipNote? note, Func<HubRecord, IReadOnlyList<OutboxMessage>> tell,
        CancellationToken cancellationToken = default)
    {
        using var change = _suspensions.Change(hubId);
        // Marked whatever happens: a cancelled statement may still have committed, and a spurious mark costs one reload.
        try
        {
            await using var connection = await database.OpenAsync(cancellationToken);
            await using var transaction = connection.BeginTransaction(deferred: false);
            var before = await connection.QuerySingleOrDefaultAsync<long?>(new CommandDefinition(
                "SELECT membership_version FROM hubs WHERE hub_id = @hubId", new { hubId }, transaction, cancellationToken: cancellationToken));
            if (before is null)
            {
                return null;
            }

            await connection.ExecuteAsync(new CommandDefinition(
                """
                UPDATE hubs SET membership_version = membership_version + (suspended <> @suspended), suspended = @suspended
                WHERE hub_id = @hubId
                """,
                new { hubId, suspended = suspended ? 1 : 0 }, transaction, cancellationToken: cancellationToken));
            var hub = (await connection.QuerySingleAsync<HubRow>(new CommandDefinition(
                $"SELECT {Columns} FROM hubs WHERE hub_id = @hubId", new { hubId }, transaction, cancellationToken: cancellationToken))).ToRecord();
            if (note is not null)
            {
                await connection.ExecuteAsync(new CommandDefinition(
                    """
                    INSERT INTO membership_actions (hub_id, action, changed, membership_version, reason, actor, decided_at)
                    VALUES (@hubId, @action, @changed, @version, @Reason, @Actor, @at)
                    """,
                    new
                    {
                        hubId,
                        action = suspended ? MembershipAction.Suspend : MembershipAction.Admit,
                        changed = hub.MembershipVersion != before ? 1 : 0,
                        version = hub.MembershipVersion,
                        note.Reason,
                        note.Actor,
                        at = StoredValues.Time(note.At),
                    },
                    transaction, cancellationToken: cancellationToken));
            }

            foreach (var message in tell(hub))
            {
                await SqliteOutboxStore.AppendAsync(connection, transaction, message, cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
            return hub;
        }
        finally
        {
            HubsChanged?.Invoke();
        }
    }

    public async Task<IReadOnlyList<MembershipAction>> MembershipHistoryAsync(string hubId, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<(long Sequence, string HubId, string Action, long Changed, long MembershipVersion, string Reason, string Actor, string DecidedAt)>(
            new CommandDefinition(
                """
                SELECT sequence, hub_id, action, changed, membership_version, reason, actor, decided_at
                FROM membership_actions WHERE hub_id = @hubId ORDER BY sequence DESC
                """,
                new { hubId }, cancellationToken: cancellationToken));
        return [.. rows.Select(r => new MembershipAction(
            r.Sequence, r.HubId, r.Action, r.Changed != 0, r.MembershipVersion, r.Reason, r.Actor, StoredValues.Time(r.DecidedAt)))];
    }

    public async Task<bool> IsSuspendedAsync(string hubId, CancellationToken cancellationToken = default)
    {
        if (_suspensions.TryGet(hubId, out var suspended))
        {
            return suspended;
        }

        var reading = _suspensions.StartReading();
        var hub = await GetAsync(hubId, cancellationToken);
        // A hub never heard of is not remembered: its first heartbeat or announcement will make it known.
        if (hub is not null)
        {
            _suspensions.Remember(hubId, hub.Suspended, reading);
        }

        return hub?.Suspended == true;
    }

    public async Task<HubRecord?> GetAsync(string hubId, CancellationToken cancellationToken = default)
    {
        if (readModel is not null)
        {
            return (await readModel.ReadAsync(cancellationToken)).HubsById.GetValueOrDefault(hubId);
        }

        await using var connection = await database.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<HubRow>(new CommandDefinition(
            $"SELECT {Columns} FROM hubs WHERE hub_id = @hubId", new { hubId }, cancellationToken: cancellationToken));
        return row?.ToRecord();
    }

    public async Task<IReadOnlyList<HubRecord>> ListAsync(CancellationToken cancellationToken = default)
    {
        if (readModel is not null)
        {
            return (await readModel.ReadAsync(cancellationToken)).Hubs;
        }

        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<HubRow>(new CommandDefinition(
            $"SELECT {Columns} FROM hubs ORDER BY hub_id", cancellationToken: cancellationToken));
        return [.. rows.Select(r => r.ToRecord())];
    }

    // Once committed, the next read reloads the hubs.
    private Action? HubsChanged => readModel is null ? null : readModel.HubsChanged;
}
