using System.Collections.Concurrent;
using Dapper;
using Hubs.ServiceDefaults.Storage;
using Microsoft.Data.Sqlite;

namespace Hubs.Directory.Storage.Sqlite;

/// <summary>
/// Group commit for the projection (decision 0016). Consumers run concurrently (prefetch 100) but SQLite has one
/// writer, so one commit per event made them queue on its lock. Here each write joins a queue; whoever holds the
/// writer's turn applies everything queued so far in one transaction, and every caller's task completes only after
/// that commit, so a message is still acknowledged only once its write is durable in the store. The upserts stay
/// version-gated, so their order inside a batch does not change the result.
/// </summary>
public sealed class ProjectionWriter(SqliteDatabase database, bool groupCommit = true) : IDisposable
{
    /// <summary>Enough to amortise the commit; small enough that a batch never holds the write lock for long.</summary>
    public const int MaxBatch = 500;

    private readonly ConcurrentQueue<ProjectionWrite> _queue = new();
    private readonly SemaphoreSlim _turn = new(1, 1);

    /// <summary>Queues <paramref name="write"/> and returns the rows it changed once its batch is committed.</summary>
    public async Task<int> ExecuteAsync(ProjectionWrite write, CancellationToken cancellationToken = default)
    {
        if (!groupCommit)
        {
            await using var connection = await database.OpenAsync(cancellationToken);
            var rows = await connection.ExecuteAsync(new CommandDefinition(write.Sql, write.Parameters, cancellationToken: cancellationToken));
            write.Complete(rows);
            return rows;
        }

        _queue.Enqueue(write);
        while (!write.Done.IsCompleted)
        {
            await _turn.WaitAsync(cancellationToken);
            try
            {
                if (write.Done.IsCompleted)
                {
                    break;
                }

                // The batch serves many callers: one caller giving up must not cancel the others' writes.
                var batch = Drain();
                try
                {
                    await ApplyAsync(batch, CancellationToken.None);
                }
                catch (Exception error)
                {
                    // The store could not even be opened: every caller of this batch hears it, none waits forever.
                    foreach (var queued in batch)
                    {
                        queued.Fail(error);
                    }
                }
            }
            finally
            {
                _turn.Release();
            }
        }

        return await write.Done;
    }

    /// <summary>
    /// Applies <paramref name="writes"/> in one transaction. If any of them fails, the transaction is rolled back and
    /// each write is applied on its own, so a poison write fails alone and the others are kept.
    /// </summary>
    public async Task ApplyAsync(IReadOnlyList<ProjectionWrite> writes, CancellationToken cancellationToken)
    {
        if (writes.Count == 0)
        {
            return;
        }

        await using var connection = await OpenAsync(cancellationToken);
        var rows = new int[writes.Count];
        try
        {
            await using var transaction = connection.BeginTransaction(deferred: false);
            for (var i = 0; i < writes.Count; i++)
            {
                rows[i] = await connection.ExecuteAsync(new CommandDefinition(writes[i].Sql, writes[i].Parameters, transaction, cancellationToken: cancellationToken));
            }

            await transaction.CommitAsync(cancellationToken);
        }
        catch (Exception batchError) when (batchError is not OperationCanceledException && writes.Count > 1)
        {
            await ApplyOneByOneAsync(connection, writes, cancellationToken);
            return;
        }
        catch (Exception error)
        {
            writes[0].Fail(error);
            return;
        }

        for (var i = 0; i < writes.Count; i++)
        {
            writes[i].Complete(rows[i]);
        }
    }

    private static async Task ApplyOneByOneAsync(SqliteConnection connection, IReadOnlyList<ProjectionWrite> writes, CancellationToken cancellationToken)
    {
        foreach (var write in writes)
        {
            try
            {
                write.Complete(await connection.ExecuteAsync(new CommandDefinition(write.Sql, write.Parameters, cancellationToken: cancellationToken)));
            }
            catch (Exception error)
            {
                write.Fail(error);
            }
        }
    }

    private List<ProjectionWrite> Drain()
    {
        var batch = new List<ProjectionWrite>(Math.Min(_queue.Count, MaxBatch));
        while (batch.Count < MaxBatch && _queue.TryDequeue(out var write))
        {
            batch.Add(write);
        }

        return batch;
    }

    private async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = await database.OpenAsync(cancellationToken);
        // The projection can be rebuilt by a snapshot resync (decision 0007): a commit lost to a power cut costs a
        // resync, not data, so its writes skip the fsync per commit (WAL stays consistent either way). Pooled
        // connections get synchronous=FULL back when SqliteDatabase opens them for anything else.
        await using var pragma = connection.CreateCommand();
        pragma.CommandText = "PRAGMA synchronous=NORMAL;";
        await pragma.ExecuteNonQueryAsync(cancellationToken);
        return connection;
    }

    public void Dispose() => _turn.Dispose();
}
