using Dapper;
using Hubs.Exchange.Endorsements;
using Hubs.ServiceDefaults.Storage;

namespace Hubs.Exchange.Storage.Sqlite;

/// <summary>Endorsements in SQLite: one INSERT … SELECT carries every rule, and the primary key allows one per hub and practice.</summary>
public sealed class SqliteEndorsementStore(SqliteDatabase database, TimeProvider clock) : IEndorsementStore
{
    private const string Columns = "hub_id AS PracticeHubId, practice_id AS PracticeId, endorsing_hub_id AS HubId, endorsed_at AS EndorsedAt";

    public async Task<EndorsementResult> EndorseAsync(string practiceHubId, Guid practiceId, string endorsingHubId, CancellationToken cancellationToken = default)
    {
        const string endorse = $"""
            INSERT INTO endorsements (hub_id, practice_id, endorsing_hub_id, endorsed_at)
            SELECT p.hub_id, p.practice_id, @EndorsingHubId, @Now
            FROM practices AS p
            WHERE p.hub_id = @HubId AND p.practice_id = @PracticeId AND {PracticeVisibility.Shown}
              AND p.hub_id <> @EndorsingHubId
              AND EXISTS (SELECT 1 FROM hubs AS h WHERE h.hub_id = @EndorsingHubId)
            ON CONFLICT (hub_id, practice_id, endorsing_hub_id) DO NOTHING
            """;
        var parameters = new
        {
            HubId = practiceHubId,
            PracticeId = StoredValues.Id(practiceId),
            EndorsingHubId = endorsingHubId,
            Now = StoredValues.Time(clock.GetUtcNow()),
        };

        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = connection.BeginTransaction(deferred: false);
        var inserted = await connection.ExecuteAsync(new CommandDefinition(endorse, parameters, transaction, cancellationToken: cancellationToken));
        var practicePublished = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            $"SELECT EXISTS (SELECT 1 FROM practices AS p WHERE p.hub_id = @HubId AND p.practice_id = @PracticeId AND {PracticeVisibility.Shown})",
            parameters, transaction, cancellationToken: cancellationToken)) == 1;
        var hubKnown = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            "SELECT EXISTS (SELECT 1 FROM hubs WHERE hub_id = @EndorsingHubId)", parameters, transaction, cancellationToken: cancellationToken)) == 1;
        var row = await connection.QuerySingleOrDefaultAsync<EndorsementRow>(new CommandDefinition(
            $"SELECT {Columns} FROM endorsements WHERE hub_id = @HubId AND practice_id = @PracticeId AND endorsing_hub_id = @EndorsingHubId",
            parameters, transaction, cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);

        return inserted == 1 ? new EndorsementResult(EndorsementOutcome.Endorsed, row!.ToEndorsement())
            : !practicePublished ? new EndorsementResult(EndorsementOutcome.PracticeNotFound)
            : endorsingHubId == practiceHubId ? new EndorsementResult(EndorsementOutcome.OwnPractice)
            : row is not null ? new EndorsementResult(EndorsementOutcome.AlreadyEndorsed, row.ToEndorsement())
            : !hubKnown ? new EndorsementResult(EndorsementOutcome.UnknownHub)
            : throw new InvalidOperationException("An endorsement was neither stored nor refused by a rule.");
    }

    public async Task<IReadOnlyList<Endorsement>> ListAsync(string practiceHubId, Guid practiceId, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<EndorsementRow>(new CommandDefinition(
            $"SELECT {Columns} FROM endorsements WHERE hub_id = @hubId AND practice_id = @practiceId ORDER BY endorsed_at, endorsing_hub_id",
            new { hubId = practiceHubId, practiceId = StoredValues.Id(practiceId) },
            cancellationToken: cancellationToken));
        return [.. rows.Select(r => r.ToEndorsement())];
    }

    public async Task<Endorsement?> GetAsync(string practiceHubId, Guid practiceId, string endorsingHubId, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<EndorsementRow>(new CommandDefinition(
            $"SELECT {Columns} FROM endorsements WHERE hub_id = @hubId AND practice_id = @practiceId AND endorsing_hub_id = @endorsingHubId",
            new { hubId = practiceHubId, practiceId = StoredValues.Id(practiceId), endorsingHubId },
            cancellationToken: cancellationToken));
        return row?.ToEndorsement();
    }

    private sealed class EndorsementRow
    {
        public string PracticeHubId { get; set; } = "";
        public string PracticeId { get; set; } = "";
        public string HubId { get; set; } = "";
        public string EndorsedAt { get; set; } = "";

        public Endorsement ToEndorsement() => new(PracticeHubId, Guid.Parse(PracticeId), HubId, StoredValues.Time(EndorsedAt));
    }
}
