using Dapper;
using Hubs.HubNode.Experts;
using Hubs.ServiceDefaults.Outbox;
using Hubs.ServiceDefaults.Storage;
using Microsoft.Data.Sqlite;

namespace Hubs.HubNode.Storage.Sqlite;

public sealed class SqliteExpertStore(SqliteDatabase database) : IExpertStore
{
    private const string Insert = """
        INSERT INTO experts (id, name, title, bio, competencies, languages, version, updated_at, retired_at)
        VALUES (@Id, @Name, @Title, @Bio, @Competencies, @Languages, @Version, @UpdatedAt, @RetiredAt)
        ON CONFLICT (id) DO NOTHING
        """;

    public async Task<Expert?> GetAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<ExpertRow>(new CommandDefinition(
            $"SELECT {ExpertRow.Columns} FROM experts WHERE id = @Id",
            new { Id = SqliteColumns.Id(id) },
            cancellationToken: cancellationToken));
        return row?.ToExpert();
    }

    public async Task<IReadOnlyList<Expert>> ListActiveAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<ExpertRow>(new CommandDefinition(
            $"SELECT {ExpertRow.Columns} FROM experts WHERE retired_at IS NULL ORDER BY name, id",
            cancellationToken: cancellationToken));
        return [.. rows.Select(r => r.ToExpert())];
    }

    public async Task<bool> AddAsync(ExpertWrite write, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = connection.BeginTransaction(deferred: false);
        if (!await InsertAsync(connection, transaction, write, cancellationToken))
        {
            return false;
        }

        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    public async Task<bool> UpdateAsync(ExpertWrite write, long expectedVersion, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = connection.BeginTransaction(deferred: false);

        // The version check and the active check happen in the UPDATE itself: a concurrent writer's change makes it match nothing.
        var updated = await connection.ExecuteAsync(new CommandDefinition(
            """
            UPDATE experts
            SET name = @Name, title = @Title, bio = @Bio, competencies = @Competencies, languages = @Languages,
                version = @Version, updated_at = @UpdatedAt, retired_at = @RetiredAt
            WHERE id = @Id AND version = @ExpectedVersion AND retired_at IS NULL AND @Version = @ExpectedVersion + 1
            """,
            ExpertRow.Parameters(write.Expert, expectedVersion),
            transaction,
            cancellationToken: cancellationToken));
        if (updated != 1)
        {
            return false;
        }

        await SqliteOutboxStore.AppendAsync(connection, transaction, write.Event, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    public async Task<bool> SeedAsync(IReadOnlyList<ExpertWrite> writes, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);

        // BEGIN IMMEDIATE takes the write lock before the emptiness check, so two replicas starting together cannot both seed.
        await using var transaction = connection.BeginTransaction(deferred: false);
        var any = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            "SELECT EXISTS (SELECT 1 FROM experts)", transaction: transaction, cancellationToken: cancellationToken));
        if (any != 0)
        {
            return false;
        }

        foreach (var write in writes)
        {
            if (!await InsertAsync(connection, transaction, write, cancellationToken))
            {
                return false;
            }
        }

        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    private static async Task<bool> InsertAsync(SqliteConnection connection, SqliteTransaction transaction, ExpertWrite write, CancellationToken cancellationToken)
    {
        var inserted = await connection.ExecuteAsync(new CommandDefinition(
            Insert, ExpertRow.Parameters(write.Expert), transaction, cancellationToken: cancellationToken));
        if (inserted != 1)
        {
            return false;
        }

        await SqliteOutboxStore.AppendAsync(connection, transaction, write.Event, cancellationToken);
        return true;
    }
}
