using System.Globalization;
using Dapper;
using Hubs.Contracts.Events;
using Hubs.Exchange.KnownHubs;
using Hubs.ServiceDefaults.Storage;

namespace Hubs.Exchange.Storage.Sqlite;

/// <summary>Known hubs in SQLite: one upsert whose WHERE clause compares versions, so redelivery and reordering converge.</summary>
public sealed class SqliteHubCatalog(SqliteDatabase database, TimeProvider clock) : IHubCatalog
{
    private const string Columns = """
        hub_id AS HubId, version AS Version, name AS Name, city AS City, province_code AS ProvinceCode,
        last_event_id AS LastEventId, updated_at AS UpdatedAt
        """;

    public async Task<bool> ApplyAnnouncementAsync(HubAnnounced announcement, CancellationToken cancellationToken = default)
    {
        const string sql = """
            INSERT INTO hubs (hub_id, version, name, city, province_code, last_event_id, updated_at, applied_at)
            VALUES (@HubId, @Version, @Name, @City, @ProvinceCode, @EventId, @UpdatedAt, @Now)
            ON CONFLICT (hub_id) DO UPDATE SET
                version = excluded.version, name = excluded.name, city = excluded.city,
                province_code = excluded.province_code, last_event_id = excluded.last_event_id,
                updated_at = excluded.updated_at, applied_at = excluded.applied_at
            WHERE excluded.version > hubs.version
            """;
        await using var connection = await database.OpenAsync(cancellationToken);
        var changed = await connection.ExecuteAsync(new CommandDefinition(sql, new
        {
            announcement.HubId,
            announcement.Version,
            announcement.Name,
            City = announcement.City ?? "",
            ProvinceCode = announcement.ProvinceCode ?? "",
            EventId = announcement.EventId.ToString("D"),
            UpdatedAt = Time(announcement.OccurredAt),
            Now = Time(clock.GetUtcNow()),
        }, cancellationToken: cancellationToken));
        return changed > 0;
    }

    public async Task<KnownHub?> GetAsync(string hubId, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<HubRow>(new CommandDefinition(
            $"SELECT {Columns} FROM hubs WHERE hub_id = @hubId", new { hubId }, cancellationToken: cancellationToken));
        return row?.ToKnownHub();
    }

    public async Task<IReadOnlyList<KnownHub>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<HubRow>(new CommandDefinition(
            $"SELECT {Columns} FROM hubs ORDER BY hub_id", cancellationToken: cancellationToken));
        return [.. rows.Select(r => r.ToKnownHub())];
    }

    private static string Time(DateTimeOffset value) =>
        value.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);

    private sealed class HubRow
    {
        public string HubId { get; set; } = "";
        public long Version { get; set; }
        public string Name { get; set; } = "";
        public string City { get; set; } = "";
        public string ProvinceCode { get; set; } = "";
        public string LastEventId { get; set; } = "";
        public string UpdatedAt { get; set; } = "";

        public KnownHub ToKnownHub() => new()
        {
            HubId = HubId,
            Version = Version,
            Name = Name,
            City = City,
            ProvinceCode = ProvinceCode,
            LastEventId = Guid.Parse(LastEventId),
            UpdatedAt = DateTimeOffset.Parse(UpdatedAt, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal),
        };
    }
}
