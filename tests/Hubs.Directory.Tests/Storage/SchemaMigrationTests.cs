using Dapper;
using Hubs.Directory.Storage.Sqlite;
using Hubs.ServiceDefaults.Storage;
using Hubs.Testing.Storage;

namespace Hubs.Directory.Tests.Storage;

/// <summary>A directory file made by a build before the schema was versioned opens with this build in the current shape, its rows kept.</summary>
public sealed class SchemaMigrationTests
{
    private const string Rows = """

        INSERT INTO hubs (hub_id, version, name, city, suspended, membership_version, first_seen_at)
        VALUES ('ivrea', 4, 'Hub Ivrea', 'Ivrea', 1, 2, '2026-11-01T08:00:00.0000000Z');
        INSERT INTO warm_referrals (referral_id, to_hub_id, origin, status, version, opened_at, opened_on, updated_at)
        VALUES ('0193a9b2-0000-7000-8000-000000000001', 'ivrea', 'directory', 'sent', 0, '2026-12-01T09:00:00.0000000Z', '2026-12-01', '2026-12-01T09:00:00.0000000Z');
        """;

    [Fact]
    public async Task A_store_made_before_versioning_reaches_the_current_shape_with_its_rows_intact()
    {
        await using var files = new StoreFiles();
        var store = await files.FromScriptAsync("directory.db", StoreFiles.Fixture("Storage/Fixtures/directory-2026-12-03.sql") + Rows);
        Assert.Equal(0, await store.VersionAsync());

        var applied = await store.MigrateAsync(DirectorySchema.Migrations);

        Assert.Equal(Enumerable.Range(1, DirectorySchema.Migrations.Count), applied);
        Assert.Equal(await files.FreshShapeAsync(DirectorySchema.Migrations), await StoreShape.OfAsync(store.FilePath));
        await using var connection = await store.OpenAsync();
        Assert.Equal((4L, 1L, 2L), await connection.QuerySingleAsync<(long, long, long)>(
            "SELECT version, suspended, membership_version FROM hubs WHERE hub_id = 'ivrea'"));
        Assert.Equal("sent", await connection.ExecuteScalarAsync<string>("SELECT status FROM warm_referrals"));
        Assert.Empty(await store.MigrateAsync(DirectorySchema.Migrations));
    }

    [Fact]
    public async Task A_store_made_before_suspensions_existed_gets_their_columns_with_hubs_admitted()
    {
        await using var files = new StoreFiles();
        var before = string.Join('\n', StoreFiles.Fixture("Storage/Fixtures/directory-2026-12-03.sql").Split('\n')
            .Where(line => !line.TrimStart().StartsWith("contact_email", StringComparison.Ordinal)
                && !line.TrimStart().StartsWith("suspended", StringComparison.Ordinal)
                && !line.TrimStart().StartsWith("membership_version", StringComparison.Ordinal)
                && !line.TrimStart().StartsWith("ranked_hub_ids", StringComparison.Ordinal)))
            .Replace("referrer_hub_id TEXT,", "referrer_hub_id TEXT", StringComparison.Ordinal);
        var store = await files.FromScriptAsync("directory.db", before + """

            INSERT INTO hubs (hub_id, version, name, first_seen_at) VALUES ('novara', 1, 'Hub Novara', '2026-11-01T08:00:00.0000000Z');
            """);

        await store.MigrateAsync(DirectorySchema.Migrations);

        Assert.Equal(await files.FreshShapeAsync(DirectorySchema.Migrations), await StoreShape.OfAsync(store.FilePath));
        await using var connection = await store.OpenAsync();
        Assert.Equal(0L, await connection.ExecuteScalarAsync<long>("SELECT suspended FROM hubs WHERE hub_id = 'novara'"));
    }
}
