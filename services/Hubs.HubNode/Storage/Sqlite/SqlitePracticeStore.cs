using Dapper;
using Hubs.HubNode.Practices;
using Hubs.ServiceDefaults.Outbox;
using Hubs.ServiceDefaults.Storage;

namespace Hubs.HubNode.Storage.Sqlite;

public sealed class SqlitePracticeStore(SqliteDatabase database) : IPracticeStore
{
    public async Task<Practice?> GetAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<PracticeRow>(new CommandDefinition(
            $"SELECT {PracticeRow.Columns} FROM practices WHERE id = @Id",
            new { Id = SqliteColumns.Id(id) },
            cancellationToken: cancellationToken));
        return row?.ToPractice();
    }

    public async Task<IReadOnlyList<Practice>> ListActiveAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<PracticeRow>(new CommandDefinition(
            $"SELECT {PracticeRow.Columns} FROM practices WHERE withdrawn_at IS NULL ORDER BY updated_at DESC, id DESC",
            cancellationToken: cancellationToken));
        return [.. rows.Select(r => r.ToPractice())];
    }

    public async Task<bool> AddAsync(PracticeWrite write, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = connection.BeginTransaction(deferred: false);
        var inserted = await connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO practices (id, title, summary, body_markdown, topics, results_achieved, links, language,
                                   grant_call_reference, version, published_at, updated_at, withdrawn_at)
            VALUES (@Id, @Title, @Summary, @BodyMarkdown, @Topics, @ResultsAchieved, @Links, @Language,
                    @GrantCallReference, @Version, @PublishedAt, @UpdatedAt, @WithdrawnAt)
            ON CONFLICT (id) DO NOTHING
            """,
            PracticeRow.Parameters(write.Practice),
            transaction,
            cancellationToken: cancellationToken));
        if (inserted != 1)
        {
            return false;
        }

        await SqliteOutboxStore.AppendAsync(connection, transaction, write.Event, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    public async Task<bool> UpdateAsync(PracticeWrite write, long expectedVersion, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = connection.BeginTransaction(deferred: false);

        // The version check and the active check happen in the UPDATE itself: a concurrent writer's change makes it match nothing.
        var updated = await connection.ExecuteAsync(new CommandDefinition(
            """
            UPDATE practices
            SET title = @Title, summary = @Summary, body_markdown = @BodyMarkdown, topics = @Topics,
                results_achieved = @ResultsAchieved, links = @Links, language = @Language,
                grant_call_reference = @GrantCallReference, version = @Version, updated_at = @UpdatedAt,
                withdrawn_at = @WithdrawnAt
            WHERE id = @Id AND version = @ExpectedVersion AND withdrawn_at IS NULL AND @Version = @ExpectedVersion + 1
            """,
            PracticeRow.Parameters(write.Practice, expectedVersion),
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
}
