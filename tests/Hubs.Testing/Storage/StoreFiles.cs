using Hubs.ServiceDefaults.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace Hubs.Testing.Storage;

/// <summary>SQLite files of a test's own in a temporary folder, deleted afterwards.</summary>
public sealed class StoreFiles : IAsyncDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("hubs-store-").FullName;
    private readonly List<SqliteDatabase> _databases = [];

    public SqliteDatabase Database(string name)
    {
        var database = new SqliteDatabase(Options.Create(new SqliteOptions { Path = Path.Combine(_folder, name) }));
        _databases.Add(database);
        return database;
    }

    /// <summary>A file made by running <paramref name="script"/> (the DDL an older build ran, and rows it wrote) on an empty file.</summary>
    public async Task<SqliteDatabase> FromScriptAsync(string name, string script)
    {
        var database = Database(name);
        await using var connection = await database.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = script;
        await command.ExecuteNonQueryAsync();
        return database;
    }

    /// <summary>The shape a new file gets from <paramref name="migrations"/>: what an upgraded file must equal.</summary>
    public async Task<IReadOnlyList<string>> FreshShapeAsync(IReadOnlyList<SqliteMigration> migrations)
    {
        var fresh = Database($"fresh-{Guid.NewGuid():N}.db");
        await fresh.MigrateAsync(migrations);
        return await StoreShape.OfAsync(fresh.FilePath);
    }

    /// <summary>A fixture file copied beside the test assembly (<c>CopyToOutputDirectory</c>).</summary>
    public static string Fixture(string relativePath) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, relativePath));

    public async ValueTask DisposeAsync()
    {
        // Pooled connections keep the files open: release these files' pools (only theirs: other tests run meanwhile).
        foreach (var database in _databases)
        {
            await using var connection = await database.OpenAsync();
            SqliteConnection.ClearPool(connection);
        }

        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless; failing a test over it is not.
        }
    }
}
