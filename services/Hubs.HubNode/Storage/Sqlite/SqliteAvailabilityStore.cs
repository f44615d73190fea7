using Dapper;
using Hubs.HubNode.Availability;
using Hubs.ServiceDefaults.Outbox;
using Hubs.ServiceDefaults.Storage;
using Microsoft.Data.Sqlite;

namespace Hubs.HubNode.Storage.Sqlite;

public sealed class SqliteAvailabilityStore(SqliteDatabase database) : IAvailabilityStore
{
    // The expert must be active at the moment of the write, checked in the same statement: a retirement that lands
    // between the caller's read and this write makes it match nothing.
    private const string ActiveExpert = "EXISTS (SELECT 1 FROM experts WHERE id = @ExpertId AND retired_at IS NULL)";

    public async Task<ExpertAvailability?> GetAsync(Guid expertId, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<AvailabilityRow>(new CommandDefinition(
            $"SELECT {AvailabilityRow.Columns} FROM expert_availability WHERE expert_id = @ExpertId",
            new { ExpertId = SqliteColumns.Id(expertId) },
            cancellationToken: cancellationToken));
        return row?.ToAvailability();
    }

    public async Task<IReadOnlyList<ExpertAvailability>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<AvailabilityRow>(new CommandDefinition(
            $"SELECT {AvailabilityRow.Columns} FROM expert_availability ORDER BY expert_id",
            cancellationToken: cancellationToken));
        return [.. rows.Select(r => r.ToAvailability())];
    }

    public async Task<bool> SaveAsync(AvailabilityWrite write, long expectedVersion, long expectedSummaryVersion, CancellationToken cancellationToken = default)
    {
        var availability = write.Availability;
        var parameters = new
        {
            ExpertId = SqliteColumns.Id(availability.ExpertId),
            Rules = AvailabilityDocument.Write(availability.Rules),
            availability.Version,
            UpdatedAt = SqliteColumns.Instant(availability.UpdatedAt.ToDateTimeOffset()),
            Summary = AvailabilitySummaryDocument.Write(availability.Summary),
            availability.SummaryVersion,
            ExpectedVersion = expectedVersion,
            ExpectedSummaryVersion = expectedSummaryVersion,
        };

        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = connection.BeginTransaction(deferred: false);
        var saved = await connection.ExecuteAsync(new CommandDefinition(
            expectedVersion == 0
                ? $"""
                  INSERT INTO expert_availability (expert_id, rules, version, updated_at, summary, summary_version)
                  SELECT @ExpertId, @Rules, @Version, @UpdatedAt, @Summary, @SummaryVersion
                  WHERE {ActiveExpert} AND @Version = 1 AND @SummaryVersion = @ExpectedSummaryVersion + 1
                  ON CONFLICT (expert_id) DO NOTHING
                  """
                : $"""
                  UPDATE expert_availability
                  SET rules = @Rules, version = @Version, updated_at = @UpdatedAt, summary = @Summary, summary_version = @SummaryVersion
                  WHERE expert_id = @ExpertId AND version = @ExpectedVersion AND summary_version = @ExpectedSummaryVersion
                    AND @Version = @ExpectedVersion + 1 AND @SummaryVersion = @ExpectedSummaryVersion + 1 AND {ActiveExpert}
                  """,
            parameters,
            transaction,
            cancellationToken: cancellationToken));
        return saved == 1 && await CommitWithEventAsync(connection, transaction, write.Event, cancellationToken);
    }

    public async Task<bool> SaveSummaryAsync(
        Guid expertId,
        AvailabilitySummary summary,
        long summaryVersion,
        long expectedSummaryVersion,
        OutboxMessage summaryEvent,
        CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = connection.BeginTransaction(deferred: false);
        var saved = await connection.ExecuteAsync(new CommandDefinition(
            """
            UPDATE expert_availability SET summary = @Summary, summary_version = @SummaryVersion
            WHERE expert_id = @ExpertId AND summary_version = @ExpectedSummaryVersion AND @SummaryVersion = @ExpectedSummaryVersion + 1
            """,
            new
            {
                ExpertId = SqliteColumns.Id(expertId),
                Summary = AvailabilitySummaryDocument.Write(summary),
                SummaryVersion = summaryVersion,
                ExpectedSummaryVersion = expectedSummaryVersion,
            },
            transaction,
            cancellationToken: cancellationToken));
        return saved == 1 && await CommitWithEventAsync(connection, transaction, summaryEvent, cancellationToken);
    }

    private static async Task<bool> CommitWithEventAsync(SqliteConnection connection, SqliteTransaction transaction, OutboxMessage message, CancellationToken cancellationToken)
    {
        await SqliteOutboxStore.AppendAsync(connection, transaction, message, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }
}
