using Dapper;
using Hubs.Exchange.Adoptions;
using Hubs.Exchange.Statistics;
using Hubs.ServiceDefaults.Storage;

namespace Hubs.Exchange.Storage.Sqlite;

/// <summary>The exchange's activity per hub in one query: each fact is a row with a 1 in its column, summed by hub.</summary>
public sealed class SqlitePracticeActivityCounts(SqliteDatabase database) : IPracticeActivityCounts
{
    // Instants are fixed-width ISO 8601 text (StoredValues.Time), so the period is a text comparison; an open end is
    // the smallest or largest text.
    private const string Count = """
        WITH facts (hub_id, published, adoptions_received, endorsements_received, adoptions_made, endorsements_given) AS (
            SELECT hub_id, 1, 0, 0, 0, 0 FROM practices WHERE published_at >= @from AND published_at < @to
            UNION ALL SELECT hub_id, 0, 1, 0, 0, 0 FROM adoptions WHERE adopted_at >= @from AND adopted_at < @to
            UNION ALL SELECT hub_id, 0, 0, 1, 0, 0 FROM endorsements WHERE endorsed_at >= @from AND endorsed_at < @to
            UNION ALL SELECT adopting_hub_id, 0, 0, 0, 1, 0 FROM adoptions WHERE adopted_at >= @from AND adopted_at < @to
            UNION ALL SELECT endorsing_hub_id, 0, 0, 0, 0, 1 FROM endorsements WHERE endorsed_at >= @from AND endorsed_at < @to
        )
        SELECT hub_id AS HubId, SUM(published) AS Published, SUM(adoptions_received) AS AdoptionsReceived,
               SUM(endorsements_received) AS EndorsementsReceived, SUM(adoptions_made) AS AdoptionsMade,
               SUM(endorsements_given) AS EndorsementsGiven
        FROM facts GROUP BY hub_id ORDER BY hub_id
        """;

    public async Task<IReadOnlyList<HubPracticeActivity>> CountAsync(AdoptionPeriod period, CancellationToken cancellationToken = default)
    {
        var parameters = new
        {
            from = period.From is { } from ? StoredValues.Time(from) : "",
            to = period.To is { } to ? StoredValues.Time(to) : "\uffff",
        };
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<Row>(new CommandDefinition(Count, parameters, cancellationToken: cancellationToken));
        return [.. rows.Select(r => new HubPracticeActivity(r.HubId, r.Published, r.AdoptionsReceived, r.EndorsementsReceived, r.AdoptionsMade, r.EndorsementsGiven))];
    }

    private sealed class Row
    {
        public string HubId { get; set; } = "";
        public long Published { get; set; }
        public long AdoptionsReceived { get; set; }
        public long EndorsementsReceived { get; set; }
        public long AdoptionsMade { get; set; }
        public long EndorsementsGiven { get; set; }
    }
}
