using Hubs.Directory.Storage.Sqlite;
using Hubs.ServiceDefaults.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace Hubs.Directory.Tests.Infrastructure;

/// <summary>A directory store of its own in a temporary folder, with the schema created, deleted afterwards.</summary>
public sealed class TempDatabase : IAsyncDisposable
{
    private readonly string _folder;

    private TempDatabase(string folder, SqliteDatabase database)
    {
        _folder = folder;
        Database = database;
    }

    public SqliteDatabase Database { get; }

    public static async Task<TempDatabase> CreateAsync()
    {
        var folder = System.IO.Directory.CreateTempSubdirectory("hubs-directory-tests-").FullName;
        var database = new SqliteDatabase(Options.Create(new SqliteOptions { Path = Path.Combine(folder, "directory.db") }));
        await database.MigrateAsync(DirectorySchema.Migrations);
        return new TempDatabase(folder, database);
    }

    public async ValueTask DisposeAsync()
    {
        // Pooled connections keep the file open; release this file's pool before deleting it.
        await using (var connection = await Database.OpenAsync())
        {
            SqliteConnection.ClearPool(connection);
        }

        try
        {
            System.IO.Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless; failing a test over it is not.
        }
    }
}
