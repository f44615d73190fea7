using Dapper;
using Hubs.HubNode.Storage.Sqlite;
using Hubs.ServiceDefaults.Storage;
using Hubs.Testing.Storage;

namespace Hubs.HubNode.Tests.Storage;

/// <summary>A hub's file made by a build before the schema was versioned opens with this build in the current shape, its rows kept.</summary>
public sealed class SchemaMigrationTests
{
    private const string Rows = """

        INSERT INTO experts (id, name, title, bio, competencies, languages, version, updated_at, retired_at)
        VALUES ('0193a9b2-0000-7000-8000-000000000001', 'Ada Rossi', 'Digital strategist', 'Bio', '[]', '["it"]', 3, '2026-12-01T09:00:00.0000000Z', NULL);
        INSERT INTO outbox (event_id, message_type, payload, occurred_at, sent_at, attempts, destination)
        VALUES ('0193a9b2-0000-7000-8000-0000000000aa', 'urn:message:Hubs.Contracts.Events:ExpertPublished', '{}', '2026-12-01T09:00:00.0000000Z', NULL, 2, NULL);
        """;

    [Fact]
    public async Task A_store_made_before_versioning_reaches_the_current_shape_with_its_rows_intact()
    {
        await using var files = new StoreFiles();
        var store = await files.FromScriptAsync("hubnode.db", StoreFiles.Fixture("Storage/Fixtures/hubnode-2026-12-03.sql") + Rows);
        Assert.Equal(0, await store.VersionAsync());

        var applied = await store.MigrateAsync(SqliteSchema.Migrations);

        Assert.Equal(Enumerable.Range(1, SqliteSchema.Migrations.Count), applied);
        Assert.Equal(SqliteSchema.Migrations.Count, await store.VersionAsync());
        Assert.Equal(await files.FreshShapeAsync(SqliteSchema.Migrations), await StoreShape.OfAsync(store.FilePath));
        await using var connection = await store.OpenAsync();
        Assert.Equal("Ada Rossi", await connection.ExecuteScalarAsync<string>("SELECT name FROM experts WHERE version = 3"));
        Assert.Equal(2, await connection.ExecuteScalarAsync<long>("SELECT attempts FROM outbox WHERE sent_at IS NULL"));
    }

    [Fact]
    public async Task A_second_start_applies_nothing()
    {
        await using var files = new StoreFiles();
        var store = files.Database("hubnode.db");
        await store.MigrateAsync(SqliteSchema.Migrations);

        Assert.Empty(await store.MigrateAsync(SqliteSchema.Migrations));
    }

    [Fact]
    public async Task A_store_made_before_sends_existed_gets_the_outbox_destination()
    {
        await using var files = new StoreFiles();
        var before = StoreFiles.Fixture("Storage/Fixtures/hubnode-2026-12-03.sql")
            .Replace("    destination  TEXT NULL                 -- null: publish; else send to this address only (warm referrals)\n", "", StringComparison.Ordinal)
            .Replace("attempts     INTEGER NOT NULL DEFAULT 0,", "attempts     INTEGER NOT NULL DEFAULT 0", StringComparison.Ordinal);
        Assert.DoesNotContain("destination", before, StringComparison.Ordinal);
        var store = await files.FromScriptAsync("hubnode.db", before);

        await store.MigrateAsync(SqliteSchema.Migrations);

        Assert.Equal(await files.FreshShapeAsync(SqliteSchema.Migrations), await StoreShape.OfAsync(store.FilePath));
    }
}
