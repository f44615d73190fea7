using Dapper;
using Microsoft.Data.Sqlite;

namespace Hubs.ServiceDefaults.Storage;

/// <summary>
/// One numbered step of a SQLite store's schema. A step, once released, is never edited: a later change to the shape
/// is a new step with the next number (see <see cref="SqliteMigrations"/>).
/// </summary>
/// <param name="Version">The schema version the store has after this step; steps are numbered 1, 2, 3… without gaps.</param>
/// <param name="Name">What the step does, for the log.</param>
/// <param name="Apply">Runs inside the step's transaction.</param>
public sealed record SqliteMigration(int Version, string Name, Func<SqliteConnection, SqliteTransaction, CancellationToken, Task> Apply)
{
    /// <summary>A step that is one SQL script.</summary>
    public static SqliteMigration Sql(int version, string name, string sql) =>
        new(version, name, (connection, transaction, cancellationToken) =>
            connection.ExecuteAsync(new CommandDefinition(sql, transaction: transaction, cancellationToken: cancellationToken)));

    /// <summary>
    /// Adds <paramref name="column"/> unless the table has it: for the first step of a store whose files were made before
    /// it was versioned, when <c>CREATE TABLE IF NOT EXISTS</c> left an older file's table as it was.
    /// </summary>
    public static async Task AddColumnIfMissingAsync(
        SqliteConnection connection, SqliteTransaction transaction, string table, string column, string definition, CancellationToken cancellationToken)
    {
        var present = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            "SELECT COUNT(*) FROM pragma_table_info(@table) WHERE name = @column", new { table, column }, transaction,
            cancellationToken: cancellationToken));
        if (present == 0)
        {
            await connection.ExecuteAsync(new CommandDefinition(
                $"ALTER TABLE {table} ADD COLUMN {column} {definition}", transaction: transaction, cancellationToken: cancellationToken));
        }
    }
}
