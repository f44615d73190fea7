using Dapper;

namespace Hubs.ServiceDefaults.Storage;

/// <summary>
/// Brings a SQLite store to the current shape: the file keeps its schema version in <c>PRAGMA user_version</c> and the
/// steps it lacks run in order, each in its own transaction with the version it reaches, so a crash leaves the file at
/// a step boundary. The transactions are immediate: two replicas starting on one file take turns, and the second finds
/// the steps done. A file made by a newer build (a version beyond the last step) is refused rather than written.
/// </summary>
public static class SqliteMigrations
{
    /// <summary>Applies the steps <paramref name="database"/> lacks; returns the versions applied (empty when it was current).</summary>
    /// <exception cref="InvalidOperationException">The steps are not numbered 1…n, or the file is newer than this build.</exception>
    public static async Task<IReadOnlyList<int>> MigrateAsync(
        this SqliteDatabase database, IReadOnlyList<SqliteMigration> steps, CancellationToken cancellationToken = default)
    {
        for (var i = 0; i < steps.Count; i++)
        {
            if (steps[i].Version != i + 1)
            {
                throw new InvalidOperationException($"Migration '{steps[i].Name}' is numbered {steps[i].Version}; expected {i + 1} (steps are 1, 2, 3… in order).");
            }
        }

        var applied = new List<int>();
        await using var connection = await database.OpenAsync(cancellationToken);
        foreach (var step in steps)
        {
            await using var transaction = connection.BeginTransaction(deferred: false);
            var current = await VersionAsync(connection, transaction, cancellationToken);
            if (current > steps.Count)
            {
                throw new InvalidOperationException(
                    $"The store {database.FilePath} is at schema version {current}, newer than this build's {steps.Count}: run a newer build.");
            }

            if (current >= step.Version)
            {
                continue;
            }

            await step.Apply(connection, transaction, cancellationToken);
            // PRAGMA takes no parameters; the version is an int.
            await connection.ExecuteAsync(new CommandDefinition(
                $"PRAGMA user_version = {step.Version}", transaction: transaction, cancellationToken: cancellationToken));
            await transaction.CommitAsync(cancellationToken);
            applied.Add(step.Version);
        }

        return applied;
    }

    /// <summary>The schema version the file records (0: never migrated).</summary>
    public static async Task<int> VersionAsync(this SqliteDatabase database, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await VersionAsync(connection, null, cancellationToken);
    }

    private static Task<int> VersionAsync(Microsoft.Data.Sqlite.SqliteConnection connection, Microsoft.Data.Sqlite.SqliteTransaction? transaction, CancellationToken cancellationToken) =>
        connection.ExecuteScalarAsync<int>(new CommandDefinition("PRAGMA user_version", transaction: transaction, cancellationToken: cancellationToken));
}
