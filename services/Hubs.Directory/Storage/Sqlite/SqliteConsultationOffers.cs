using Dapper;
using Hubs.Directory.Export;
using Hubs.ServiceDefaults.Storage;

namespace Hubs.Directory.Storage.Sqlite;

/// <summary>The topics each hub offers, aggregated in SQL from the active experts' competencies and languages.</summary>
public sealed class SqliteConsultationOffers(SqliteDatabase database) : IConsultationOffers
{
    public async Task<OfferCatalog> ReadAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);

        // One deferred (read) transaction: the three reads see the same snapshot and no writer waits for them.
        await using var transaction = connection.BeginTransaction(deferred: true);
        var counts = await connection.QueryAsync<(string HubId, string Topic, long Experts)>(new CommandDefinition(
            """
            SELECT e.hub_id, c.value, COUNT(*)
            FROM experts AS e, json_each(e.competencies) AS c
            WHERE e.retired = 0
            GROUP BY e.hub_id, c.value
            """,
            transaction: transaction, cancellationToken: cancellationToken));
        var languages = await connection.QueryAsync<(string HubId, string Topic, string Language)>(new CommandDefinition(
            """
            SELECT DISTINCT e.hub_id, c.value, l.value
            FROM experts AS e, json_each(e.competencies) AS c, json_each(e.languages) AS l
            WHERE e.retired = 0
            """,
            transaction: transaction, cancellationToken: cancellationToken));
        var changes = await connection.QueryAsync<(string HubId, string ChangedAt)>(new CommandDefinition(
            """
            SELECT hub_id, MAX(changed_at) FROM (
                SELECT hub_id, applied_at AS changed_at FROM experts
                UNION ALL
                SELECT hub_id, removed_at AS changed_at FROM expert_removals)
            GROUP BY hub_id
            """,
            transaction: transaction, cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);

        var spoken = languages.ToLookup(l => (l.HubId, l.Topic), l => l.Language);
        IReadOnlyList<TopicOffer> offers =
            [.. counts.Select(c => new TopicOffer(c.HubId, c.Topic, (int)c.Experts, [.. spoken[(c.HubId, c.Topic)]]))];
        return new OfferCatalog(offers, changes.ToDictionary(c => c.HubId, c => StoredValues.Time(c.ChangedAt), StringComparer.Ordinal));
    }
}
