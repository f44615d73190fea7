using Hubs.Contracts.Events;
using Hubs.Directory.Storage.Sqlite;
using Hubs.ServiceDefaults.Storage;
using Hubs.Testing.Storage;

namespace Hubs.Directory.Tests.Storage;

/// <summary>
/// A directory file made by the previous build (schema version 3: one column per profile field) opens with this build
/// with every listed expert's profile intact in its one JSON document and its tombstones kept (decision 34).
/// </summary>
public sealed class ExpertProfileMigrationTests
{
    private static readonly Guid Listed = Guid.Parse("0193a9b2-0000-7000-8000-000000000001");
    private static readonly Guid Gone = Guid.Parse("0193a9b2-0000-7000-8000-000000000002");

    private static readonly string Rows = $"""
        INSERT INTO experts (hub_id, expert_id, version, retired, name, title, bio, competencies, languages, search_text,
                             sort_name, last_event_id, updated_at, applied_at)
        VALUES ('ivrea', '{Listed}', 3, 0, 'Ada Rossi', 'Digital strategist', 'Vent''anni di "export".', '["ecommerce","export"]',
                '["it","en"]', 'ada rossi digital strategist', 'ada rossi', '0193a9b2-0000-7000-8000-0000000000aa',
                '2026-12-01T09:00:00.0000000Z', '2026-12-01T09:00:01.0000000Z'),
               ('ivrea', '{Gone}', 2, 1, NULL, NULL, NULL, '[]', '[]', '', '', '0193a9b2-0000-7000-8000-0000000000bb',
                '2026-12-02T09:00:00.0000000Z', '2026-12-02T09:00:01.0000000Z');
        """;

    [Fact]
    public async Task A_store_of_the_previous_schema_keeps_every_expert_profile_in_one_document()
    {
        await using var files = new StoreFiles();
        var database = files.Database("directory.db");
        await database.MigrateAsync([.. DirectorySchema.Migrations.Where(m => m.Version <= 3)]);
        await using (var connection = await database.OpenAsync())
        {
            await using var command = connection.CreateCommand();
            command.CommandText = Rows;
            await command.ExecuteNonQueryAsync();
        }

        Assert.Equal([4], await database.MigrateAsync(DirectorySchema.Migrations));

        Assert.Equal(await files.FreshShapeAsync(DirectorySchema.Migrations), await StoreShape.OfAsync(database.FilePath));
        using var writer = new ProjectionWriter(database);
        var directory = new SqliteExpertDirectory(database, writer, TimeProvider.System);
        var listed = (await directory.GetAsync("ivrea", Listed))!;
        Assert.Equal(
            new ExpertProfile { Name = "Ada Rossi", Title = "Digital strategist", Bio = "Vent'anni di \"export\".", Competencies = ["ecommerce", "export"], Languages = ["it", "en"] }.ToJson(),
            listed.Profile!.ToJson());
        Assert.Equal((3L, false), (listed.Version, listed.Retired));
        var gone = (await directory.GetAsync("ivrea", Gone))!;
        Assert.Equal((2L, true, null), (gone.Version, gone.Retired, gone.Profile));
        var found = await directory.SearchAsync(new Hubs.Directory.Experts.ExpertSearch { Terms = ["strategist"] });
        Assert.Equal([Listed], found.Items.Select(e => e.ExpertId));
    }
}
