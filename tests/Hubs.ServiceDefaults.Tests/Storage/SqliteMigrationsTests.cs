using Dapper;
using Hubs.ServiceDefaults.Storage;
using Hubs.Testing.Storage;
using Microsoft.Data.Sqlite;

namespace Hubs.ServiceDefaults.Tests.Storage;

public sealed class SqliteMigrationsTests
{
    private static readonly SqliteMigration[] Steps =
    [
        SqliteMigration.Sql(1, "notes", "CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT NOT NULL)"),
        SqliteMigration.Sql(2, "notes.author", "ALTER TABLE notes ADD COLUMN author TEXT NOT NULL DEFAULT 'unknown'"),
        SqliteMigration.Sql(3, "notes by author", "CREATE INDEX notes_by_author ON notes (author)"),
    ];

    [Fact]
    public async Task Applies_only_the_steps_the_file_lacks_in_order()
    {
        await using var files = new StoreFiles();
        var store = files.Database("store.db");
        Assert.Equal([1], await store.MigrateAsync(Steps[..1]));
        await using (var connection = await store.OpenAsync())
        {
            await connection.ExecuteAsync("INSERT INTO notes (text) VALUES ('kept')");
        }

        Assert.Equal([2, 3], await store.MigrateAsync(Steps));
        Assert.Empty(await store.MigrateAsync(Steps));

        Assert.Equal(3, await store.VersionAsync());
        await using var after = await store.OpenAsync();
        Assert.Equal(("kept", "unknown"), await after.QuerySingleAsync<(string, string)>("SELECT text, author FROM notes"));
    }

    [Fact]
    public async Task A_failing_step_leaves_the_file_at_the_step_before()
    {
        await using var files = new StoreFiles();
        var store = files.Database("store.db");
        SqliteMigration[] broken = [Steps[0], SqliteMigration.Sql(2, "half done", "ALTER TABLE notes ADD COLUMN x TEXT; SELECT * FROM missing_table")];

        await Assert.ThrowsAsync<SqliteException>(() => store.MigrateAsync(broken));

        Assert.Equal(1, await store.VersionAsync());
        Assert.Equal(await files.FreshShapeAsync(Steps[..1]), await StoreShape.OfAsync(store.FilePath));
        Assert.Equal([2, 3], await store.MigrateAsync(Steps));
    }

    [Fact]
    public async Task A_file_from_a_newer_build_is_refused_untouched()
    {
        await using var files = new StoreFiles();
        var store = files.Database("store.db");
        await store.MigrateAsync(Steps);

        var refusal = await Assert.ThrowsAsync<InvalidOperationException>(() => store.MigrateAsync(Steps[..2]));

        Assert.Contains("newer than this build's 2", refusal.Message, StringComparison.Ordinal);
        Assert.Equal(3, await store.VersionAsync());
    }

    [Fact]
    public async Task Steps_out_of_order_are_refused_before_anything_runs()
    {
        await using var files = new StoreFiles();
        var store = files.Database("store.db");

        await Assert.ThrowsAsync<InvalidOperationException>(() => store.MigrateAsync([Steps[0], Steps[2]]));

        Assert.Equal(0, await store.VersionAsync());
    }
}
