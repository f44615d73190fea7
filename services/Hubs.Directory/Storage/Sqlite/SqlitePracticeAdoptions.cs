using Dapper;
using Hubs.Directory.Statistics;
using Hubs.ServiceDefaults.Storage;

namespace Hubs.Directory.Storage.Sqlite;

/// <summary>Adoption facts in SQLite: the primary key on the adoption id makes a redelivery a no-op.</summary>
public sealed class SqlitePracticeAdoptions(SqliteDatabase database, StatisticsMemo statistics) : IPracticeAdoptions
{
    public async Task<bool> RecordAsync(PracticeAdoptionFact fact, CancellationToken cancellationToken = default)
    {
        const string sql = """
            INSERT INTO practice_adoptions (adoption_id, practice_hub_id, practice_id, adopting_hub_id, topics, adopted_on)
            VALUES (@AdoptionId, @PracticeHubId, @PracticeId, @AdoptingHubId, @Topics, @AdoptedOn)
            ON CONFLICT (adoption_id) DO NOTHING
            """;
        await using var connection = await database.OpenAsync(cancellationToken);
        var recorded = await connection.ExecuteAsync(new CommandDefinition(sql, new
        {
            AdoptionId = StoredValues.Id(fact.AdoptionId),
            fact.PracticeHubId,
            PracticeId = StoredValues.Id(fact.PracticeId),
            fact.AdoptingHubId,
            Topics = StoredValues.List(fact.Topics),
            AdoptedOn = StoredValues.Date(fact.AdoptedOn),
        }, cancellationToken: cancellationToken)) == 1;
        statistics.Changed();
        return recorded;
    }

    public async Task<IReadOnlyList<PracticeAdoptionCount>> CountAsync(DatePeriod period, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<(string PracticeHubId, string AdoptingHubId, long Count)>(new CommandDefinition(
            """
            SELECT practice_hub_id, adopting_hub_id, COUNT(*) FROM practice_adoptions
            WHERE adopted_on BETWEEN @from AND @to
            GROUP BY practice_hub_id, adopting_hub_id
            ORDER BY practice_hub_id, adopting_hub_id
            """,
            new { from = StoredValues.Date(period.First), to = StoredValues.Date(period.Last) }, cancellationToken: cancellationToken));
        return [.. rows.Select(r => new PracticeAdoptionCount(r.PracticeHubId, r.AdoptingHubId, r.Count))];
    }
}
