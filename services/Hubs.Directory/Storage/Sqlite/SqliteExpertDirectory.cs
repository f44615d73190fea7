using System.Globalization;
using System.Text;
using Dapper;
using Hubs.Contracts.Events;
using Hubs.Directory.Experts;
using Hubs.ServiceDefaults.Storage;

namespace Hubs.Directory.Storage.Sqlite;

/// <summary>
/// The expert directory in SQLite, keyed by (hub_id, expert_id). Each write is one upsert whose WHERE clause compares
/// versions, so concurrent consumers and redelivered or reordered events converge without any lock in this process.
/// </summary>
public sealed class SqliteExpertDirectory(SqliteDatabase database, TimeProvider clock) : IExpertDirectory
{
    private const string Columns = """
        hub_id AS HubId, expert_id AS ExpertId, version AS Version, retired AS Retired, name AS Name, title AS Title,
        bio AS Bio, competencies AS Competencies, languages AS Languages, last_event_id AS LastEventId,
        updated_at AS UpdatedAt
        """;

    public async Task<bool> ApplyPublishedAsync(ExpertPublished published, CancellationToken cancellationToken = default)
    {
        const string sql = """
            INSERT INTO experts (hub_id, expert_id, version, retired, name, title, bio, competencies, languages,
                                 search_text, sort_name, last_event_id, updated_at, applied_at)
            VALUES (@HubId, @ExpertId, @Version, 0, @Name, @Title, @Bio, @Competencies, @Languages,
                    @SearchText, @SortName, @EventId, @UpdatedAt, @Now)
            ON CONFLICT (hub_id, expert_id) DO UPDATE SET
                version = excluded.version, retired = 0, name = excluded.name, title = excluded.title,
                bio = excluded.bio, competencies = excluded.competencies, languages = excluded.languages,
                search_text = excluded.search_text, sort_name = excluded.sort_name,
                last_event_id = excluded.last_event_id, updated_at = excluded.updated_at, applied_at = excluded.applied_at
            WHERE excluded.version > experts.version
            """;
        var parameters = new
        {
            published.HubId,
            ExpertId = StoredValues.Id(published.ExpertId),
            published.Version,
            published.Name,
            published.Title,
            published.Bio,
            Competencies = StoredValues.List(published.Competencies),
            Languages = StoredValues.List(published.Languages),
            SearchText = SearchText.For(published),
            SortName = SearchText.Normalise(published.Name),
            EventId = StoredValues.Id(published.EventId),
            UpdatedAt = StoredValues.Time(published.OccurredAt),
            Now = StoredValues.Time(clock.GetUtcNow()),
        };
        return await ExecuteAsync(sql, parameters, cancellationToken) > 0;
    }

    public async Task<bool> ApplyRetiredAsync(ExpertRetired retired, CancellationToken cancellationToken = default)
    {
        // The tombstone drops the profile: nothing of a retired expert is kept beyond the version that retired them.
        const string sql = """
            INSERT INTO experts (hub_id, expert_id, version, retired, last_event_id, updated_at, applied_at)
            VALUES (@HubId, @ExpertId, @Version, 1, @EventId, @UpdatedAt, @Now)
            ON CONFLICT (hub_id, expert_id) DO UPDATE SET
                version = excluded.version, retired = 1, name = NULL, title = NULL, bio = NULL,
                competencies = '[]', languages = '[]', search_text = '', sort_name = '',
                last_event_id = excluded.last_event_id, updated_at = excluded.updated_at, applied_at = excluded.applied_at
            WHERE excluded.version > experts.version
            """;
        var parameters = new
        {
            retired.HubId,
            ExpertId = StoredValues.Id(retired.ExpertId),
            retired.Version,
            EventId = StoredValues.Id(retired.EventId),
            UpdatedAt = StoredValues.Time(retired.OccurredAt),
            Now = StoredValues.Time(clock.GetUtcNow()),
        };
        return await ExecuteAsync(sql, parameters, cancellationToken) > 0;
    }

    public async Task<ExpertRecord?> GetAsync(string hubId, Guid expertId, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<ExpertRow>(new CommandDefinition(
            $"SELECT {Columns} FROM experts WHERE hub_id = @hubId AND expert_id = @expertId",
            new { hubId, expertId = StoredValues.Id(expertId) },
            cancellationToken: cancellationToken));
        return row?.ToRecord();
    }

    public async Task<ExpertSearchResult> SearchAsync(ExpertSearch search, CancellationToken cancellationToken = default)
    {
        var where = new StringBuilder("e.retired = 0");
        var parameters = new DynamicParameters();
        if (search.Topic is not null)
        {
            where.Append(" AND EXISTS (SELECT 1 FROM json_each(e.competencies) AS c WHERE c.value = @topic)");
            parameters.Add("topic", search.Topic);
        }

        if (search.HubId is not null)
        {
            where.Append(" AND e.hub_id = @hubId");
            parameters.Add("hubId", search.HubId);
        }

        for (var i = 0; i < search.Terms.Count; i++)
        {
            // instr, not LIKE: a term holding % or _ is matched as written, with nothing to escape.
            where.Append(CultureInfo.InvariantCulture, $" AND instr(e.search_text, @term{i}) > 0");
            parameters.Add($"term{i}", search.Terms[i]);
        }

        parameters.Add("take", search.PageSize);
        parameters.Add("skip", search.Skip);

        await using var connection = await database.OpenAsync(cancellationToken);
        // One deferred (read) transaction: the count and the page see the same snapshot and no writer waits for it.
        await using var transaction = connection.BeginTransaction(deferred: true);
        var total = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            $"SELECT COUNT(*) FROM experts AS e WHERE {where}", parameters, transaction, cancellationToken: cancellationToken));
        IEnumerable<ExpertRow> rows = total <= search.Skip
            ? []
            : await connection.QueryAsync<ExpertRow>(new CommandDefinition(
                $"""
                SELECT {Columns} FROM experts AS e WHERE {where}
                ORDER BY e.sort_name, e.name, e.hub_id, e.expert_id
                LIMIT @take OFFSET @skip
                """,
                parameters, transaction, cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
        return new ExpertSearchResult([.. rows.Select(r => r.ToRecord())], total);
    }

    public async Task<IReadOnlyDictionary<string, int>> CountByHubAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<(string HubId, long Count)>(new CommandDefinition(
            "SELECT hub_id, COUNT(*) FROM experts WHERE retired = 0 GROUP BY hub_id", cancellationToken: cancellationToken));
        return rows.ToDictionary(r => r.HubId, r => (int)r.Count, StringComparer.Ordinal);
    }

    private async Task<int> ExecuteAsync(string sql, object parameters, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteAsync(new CommandDefinition(sql, parameters, cancellationToken: cancellationToken));
    }

    private sealed class ExpertRow
    {
        public string HubId { get; set; } = "";
        public string ExpertId { get; set; } = "";
        public long Version { get; set; }
        public long Retired { get; set; }
        public string? Name { get; set; }
        public string? Title { get; set; }
        public string? Bio { get; set; }
        public string? Competencies { get; set; }
        public string? Languages { get; set; }
        public string LastEventId { get; set; } = "";
        public string UpdatedAt { get; set; } = "";

        public ExpertRecord ToRecord() => new()
        {
            HubId = HubId,
            ExpertId = Guid.Parse(ExpertId),
            Version = Version,
            Retired = Retired != 0,
            Name = Name,
            Title = Title,
            Bio = Bio,
            Competencies = StoredValues.List(Competencies),
            Languages = StoredValues.List(Languages),
            LastEventId = Guid.Parse(LastEventId),
            UpdatedAt = StoredValues.Time(UpdatedAt),
        };
    }
}
