using System.Text;
using Dapper;
using Hubs.Exchange.Adoptions;
using Hubs.ServiceDefaults.Outbox;
using Hubs.ServiceDefaults.Storage;

namespace Hubs.Exchange.Storage.Sqlite;

/// <summary>Adoptions in SQLite: one INSERT … SELECT carries every rule, and the unique key allows one adoption per hub and practice.</summary>
public sealed class SqliteAdoptionStore(SqliteDatabase database, TimeProvider clock) : IAdoptionStore
{
    private const string Columns = """
        adoption_id AS AdoptionId, hub_id AS PracticeHubId, practice_id AS PracticeId, practice_version AS PracticeVersion,
        adopting_hub_id AS AdoptingHubId, note AS Note, adopted_at AS AdoptedAt
        """;

    public async Task<AdoptionResult> AdoptAsync(AdoptionRequest request, CancellationToken cancellationToken = default)
    {
        const string adopt = $"""
            INSERT INTO adoptions (adoption_id, hub_id, practice_id, practice_version, adopting_hub_id, note, adopted_at)
            SELECT @AdoptionId, p.hub_id, p.practice_id, p.version, @AdoptingHubId, @Note, @Now
            FROM practices AS p
            WHERE p.hub_id = @HubId AND p.practice_id = @PracticeId AND {PracticeVisibility.Shown}
              AND p.hub_id <> @AdoptingHubId
              AND EXISTS (SELECT 1 FROM hubs AS h WHERE h.hub_id = @AdoptingHubId)
            ON CONFLICT (hub_id, practice_id, adopting_hub_id) DO NOTHING
            """;
        var now = clock.GetUtcNow();
        var parameters = new
        {
            AdoptionId = StoredValues.Id(Guid.CreateVersion7(now)),
            HubId = request.PracticeHubId,
            PracticeId = StoredValues.Id(request.PracticeId),
            request.AdoptingHubId,
            request.Note,
            Now = StoredValues.Time(now),
        };

        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = connection.BeginTransaction(deferred: false);
        var inserted = await connection.ExecuteAsync(new CommandDefinition(adopt, parameters, transaction, cancellationToken: cancellationToken));
        // Inside the same transaction: the reason read below is the state the INSERT saw.
        var state = await connection.QuerySingleAsync<RuleState>(new CommandDefinition(
            $"""
            SELECT EXISTS (SELECT 1 FROM practices AS p WHERE p.hub_id = @HubId AND p.practice_id = @PracticeId AND {PracticeVisibility.Shown}) AS PracticePublished,
                   EXISTS (SELECT 1 FROM hubs WHERE hub_id = @AdoptingHubId) AS HubKnown,
                   (SELECT adoption_id FROM adoptions
                    WHERE hub_id = @HubId AND practice_id = @PracticeId AND adopting_hub_id = @AdoptingHubId) AS AdoptionId
            """,
            parameters, transaction, cancellationToken: cancellationToken));
        var adoption = state.AdoptionId is null ? null : await connection.QuerySingleAsync<AdoptionRow>(new CommandDefinition(
            $"SELECT {Columns} FROM adoptions WHERE adoption_id = @AdoptionId", new { state.AdoptionId }, transaction, cancellationToken: cancellationToken));
        if (inserted == 1)
        {
            // Same transaction as the adoption: an adoption is never stored without its event in the outbox.
            var topics = await connection.ExecuteScalarAsync<string>(new CommandDefinition(
                "SELECT topics FROM practices WHERE hub_id = @HubId AND practice_id = @PracticeId", parameters, transaction,
                cancellationToken: cancellationToken));
            var adopted = AdoptionEvents.Adopted(adoption!.ToAdoption(), StoredValues.List(topics ?? "[]"), Guid.CreateVersion7(now));
            await SqliteOutboxStore.AppendAsync(connection, transaction, OutboxMessage.For(adopted), cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);

        return inserted == 1
            ? new AdoptionResult(AdoptionOutcome.Adopted, adoption!.ToAdoption())
            : !state.PracticePublished ? new AdoptionResult(AdoptionOutcome.PracticeNotFound)
            : request.AdoptingHubId == request.PracticeHubId ? new AdoptionResult(AdoptionOutcome.OwnPractice)
            : !state.HubKnown ? new AdoptionResult(AdoptionOutcome.UnknownHub)
            : new AdoptionResult(AdoptionOutcome.AlreadyAdopted, adoption?.ToAdoption());
    }

    public async Task<IReadOnlyList<Adoption>> ListAsync(string hubId, Guid practiceId, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<AdoptionRow>(new CommandDefinition(
            $"SELECT {Columns} FROM adoptions WHERE hub_id = @hubId AND practice_id = @practiceId ORDER BY adopted_at DESC, adoption_id DESC",
            new { hubId, practiceId = StoredValues.Id(practiceId) },
            cancellationToken: cancellationToken));
        return [.. rows.Select(r => r.ToAdoption())];
    }

    public async Task<Adoption?> GetAsync(string hubId, Guid practiceId, Guid adoptionId, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<AdoptionRow>(new CommandDefinition(
            $"SELECT {Columns} FROM adoptions WHERE hub_id = @hubId AND practice_id = @practiceId AND adoption_id = @adoptionId",
            new { hubId, practiceId = StoredValues.Id(practiceId), adoptionId = StoredValues.Id(adoptionId) },
            cancellationToken: cancellationToken));
        return row?.ToAdoption();
    }

    public async Task<IReadOnlyList<AdoptionCount>> CountAsync(AdoptionPeriod period, CancellationToken cancellationToken = default)
    {
        var where = new StringBuilder("1 = 1");
        var parameters = new DynamicParameters();
        if (period.From is { } from)
        {
            where.Append(" AND adopted_at >= @from");
            parameters.Add("from", StoredValues.Time(from));
        }

        if (period.To is { } to)
        {
            where.Append(" AND adopted_at < @to");
            parameters.Add("to", StoredValues.Time(to));
        }

        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<CountRow>(new CommandDefinition(
            $"""
            SELECT hub_id AS PracticeHubId, adopting_hub_id AS AdoptingHubId, COUNT(*) AS Count
            FROM adoptions WHERE {where}
            GROUP BY hub_id, adopting_hub_id ORDER BY hub_id, adopting_hub_id
            """,
            parameters, cancellationToken: cancellationToken));
        return [.. rows.Select(r => new AdoptionCount(r.PracticeHubId, r.AdoptingHubId, r.Count))];
    }

    private sealed class RuleState
    {
        public bool PracticePublished { get; set; }
        public bool HubKnown { get; set; }
        public string? AdoptionId { get; set; }
    }

    private sealed class CountRow
    {
        public string PracticeHubId { get; set; } = "";
        public string AdoptingHubId { get; set; } = "";
        public long Count { get; set; }
    }

    private sealed class AdoptionRow
    {
        public string AdoptionId { get; set; } = "";
        public string PracticeHubId { get; set; } = "";
        public string PracticeId { get; set; } = "";
        public long PracticeVersion { get; set; }
        public string AdoptingHubId { get; set; } = "";
        public string Note { get; set; } = "";
        public string AdoptedAt { get; set; } = "";

        public Adoption ToAdoption() => new(
            Guid.Parse(AdoptionId), PracticeHubId, Guid.Parse(PracticeId), PracticeVersion, AdoptingHubId, Note, StoredValues.Time(AdoptedAt));
    }
}
