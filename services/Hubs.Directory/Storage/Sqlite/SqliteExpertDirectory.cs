using Dapper;
using Hubs.Contracts.Events;
using Hubs.Directory.Experts;
using Hubs.Directory.Referrals;
using Hubs.Directory.Storage.ReadModel;
using Hubs.ServiceDefaults.Storage;

namespace Hubs.Directory.Storage.Sqlite;

/// <summary>
/// The expert directory in SQLite, keyed by (hub_id, expert_id). Each write is one upsert whose WHERE clause compares
/// versions, so concurrent consumers and redelivered or reordered events converge in any order; the
/// <see cref="ProjectionWriter"/> commits the writes of concurrent consumers together. With a <see cref="DirectoryReadModel"/>,
/// searches and listings are answered from memory (decision 0017); without one, by the SQL below, the reference the
/// read model is tested against.
/// </summary>
public sealed class SqliteExpertDirectory(
    SqliteDatabase database, ProjectionWriter writer, TimeProvider clock, DirectoryReadModel? readModel = null) : IExpertDirectory
{
    internal const string Columns = """
        e.hub_id AS HubId, e.expert_id AS ExpertId, e.version AS Version, e.retired AS Retired, e.profile AS Profile,
        e.last_event_id AS LastEventId, e.updated_at AS UpdatedAt,
        a.version AS AvailabilityVersion, a.next_free_brainstorming AS NextFreeBrainstorming,
        a.next_free_followup AS NextFreeFollowup, a.free_brainstorming_14d AS FreeBrainstorming,
        a.free_followup_14d AS FreeFollowup, a.summarised_at AS SummarisedAt
        """;

    // The hub brings its province (region filter) and suspension; the summary brings the free slots.
    internal const string From = """
        experts AS e
        LEFT JOIN hubs AS h ON h.hub_id = e.hub_id
        LEFT JOIN expert_availability AS a ON a.hub_id = e.hub_id AND a.expert_id = e.expert_id
        """;

    public Task<bool> ApplyPublishedAsync(ExpertPublished published, CancellationToken cancellationToken = default) =>
        ApplyAsync(ExpertWrites.Published(published, clock.GetUtcNow()), published.HubId, published.ExpertId, cancellationToken);

    public Task<bool> ApplyRetiredAsync(ExpertRetired retired, CancellationToken cancellationToken = default) =>
        ApplyAsync(ExpertWrites.Retired(retired, clock.GetUtcNow()), retired.HubId, retired.ExpertId, cancellationToken);

    public Task<bool> ApplyAvailabilityAsync(ExpertAvailabilityChanged availability, CancellationToken cancellationToken = default) =>
        ApplyAsync(ExpertWrites.Availability(availability), availability.HubId, availability.ExpertId, cancellationToken);

    public async Task<ExpertRecord?> GetAsync(string hubId, Guid expertId, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<ExpertRow>(new CommandDefinition(
            $"SELECT {Columns} FROM {From} WHERE e.hub_id = @hubId AND e.expert_id = @expertId",
            new { hubId, expertId = StoredValues.Id(expertId) },
            cancellationToken: cancellationToken));
        return row?.ToRecord();
    }

    public async Task<ExpertSearchResult> SearchAsync(ExpertSearch search, CancellationToken cancellationToken = default)
    {
        if (readModel is not null)
        {
            return MemorySearch.Search(await readModel.ReadAsync(cancellationToken), search);
        }

        var parameters = new DynamicParameters();
        var where = ExpertFilterSql.Where(search, parameters, withFacetFilters: true);
        var groupParameters = new DynamicParameters();
        var groupWhere = ExpertFilterSql.Where(search, groupParameters, withFacetFilters: false);
        parameters.Add("take", search.PageSize);
        parameters.Add("skip", search.Skip);

        await using var connection = await database.OpenAsync(cancellationToken);
        // One deferred (read) transaction: total, facets and page see the same snapshot and no writer waits for it.
        await using var transaction = connection.BeginTransaction(deferred: true);
        // One scan for the total and all four facets: the experts grouped by the faceted attributes (a few hundred
        // groups), the facet filters applied per group by FacetTally.
        var groups = await connection.QueryAsync<(string HubId, string? ProvinceCode, string? Competencies, string? Languages, long Count)>(
            new CommandDefinition(
                $"""
                SELECT e.hub_id, h.province_code, e.competencies, e.languages, COUNT(*) FROM {From} WHERE {groupWhere}
                GROUP BY e.hub_id, h.province_code, e.competencies, e.languages
                """,
                groupParameters, transaction, cancellationToken: cancellationToken));
        var (total, facets) = FacetTally.Count(search, groups.Select(g =>
            new ExpertGroup(g.HubId, g.ProvinceCode, StoredValues.List(g.Competencies), StoredValues.List(g.Languages), g.Count)));
        IEnumerable<ExpertRow> rows = total <= search.Skip
            ? []
            : await connection.QueryAsync<ExpertRow>(new CommandDefinition(
                $"""
                SELECT {Columns} FROM {From} WHERE {where}
                ORDER BY e.sort_name, e.name, e.hub_id, e.expert_id
                LIMIT @take OFFSET @skip
                """,
                parameters, transaction, cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
        return new ExpertSearchResult([.. rows.Select(r => r.ToRecord())], total, facets);
    }

    public async Task<IReadOnlyList<ExpertRecord>> ListByTopicsAsync(IReadOnlyCollection<string> topics, CancellationToken cancellationToken = default) =>
        readModel is not null
            ? MemorySearch.ByTopics(await readModel.ReadAsync(cancellationToken), topics)
            : await SelectByTopicsAsync(null, topics, cancellationToken);

    public async Task<IReadOnlyList<ExpertRecord>> ListByTopicsAsync(
        string hubId, IReadOnlyCollection<string> topics, CancellationToken cancellationToken = default) =>
        readModel is not null
            ? MemorySearch.ByTopics(await readModel.ReadAsync(cancellationToken), hubId, topics)
            : await SelectByTopicsAsync(hubId, topics, cancellationToken);

    public async Task<IReadOnlyDictionary<string, ExpertMatch>> MatchByHubAsync(
        IReadOnlyList<string> topics, string? language, CancellationToken cancellationToken = default)
    {
        if (readModel is not null)
        {
            return MemorySearch.MatchByHub(await readModel.ReadAsync(cancellationToken), topics, language);
        }

        return (await SelectByTopicsAsync(null, topics, cancellationToken))
            .GroupBy(e => e.HubId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => ExpertMatch.Of(topics, language, g)!, StringComparer.Ordinal);
    }

    public async Task<IReadOnlyDictionary<string, int>> CountByHubAsync(CancellationToken cancellationToken = default)
    {
        if (readModel is not null)
        {
            return (await readModel.ReadAsync(cancellationToken)).CountByHub;
        }

        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<(string HubId, long Count)>(new CommandDefinition(
            "SELECT hub_id, COUNT(*) FROM experts WHERE retired = 0 GROUP BY hub_id", cancellationToken: cancellationToken));
        return rows.ToDictionary(r => r.HubId, r => (int)r.Count, StringComparer.Ordinal);
    }

    private async Task<IReadOnlyList<ExpertRecord>> SelectByTopicsAsync(
        string? hubId, IReadOnlyCollection<string> topics, CancellationToken cancellationToken)
    {
        var parameters = new DynamicParameters();
        var anyTopic = ExpertFilterSql.AnyElement("e.competencies", "topic", [.. topics], parameters);
        var ofHub = hubId is null ? "" : " AND e.hub_id = @hubId";
        parameters.Add("hubId", hubId);
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<ExpertRow>(new CommandDefinition(
            $"""
            SELECT {Columns} FROM {From} WHERE e.retired = 0 AND ({anyTopic}){ofHub}
            ORDER BY e.hub_id, e.expert_id
            """,
            parameters, cancellationToken: cancellationToken));
        return [.. rows.Select(r => r.ToRecord())];
    }

    // Once committed, the next read reloads this expert.
    private async Task<bool> ApplyAsync(ProjectionWrite write, string hubId, Guid expertId, CancellationToken cancellationToken) =>
        await writer.ExecuteAsync(
            write.WhenCommitted(readModel is null ? null : () => readModel.ExpertChanged(hubId, expertId)), cancellationToken) > 0;
}
