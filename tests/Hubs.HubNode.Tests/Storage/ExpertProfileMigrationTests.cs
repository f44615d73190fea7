using Dapper;
using Hubs.Contracts.Events;
using Hubs.HubNode.Storage.Sqlite;
using Hubs.ServiceDefaults.Storage;
using Hubs.Testing.Storage;

namespace Hubs.HubNode.Tests.Storage;

/// <summary>
/// A hub's file made by the previous build (schema version 3: one column per profile field) opens with this build with
/// every expert's profile intact in its one JSON document (decision 34).
/// </summary>
public sealed class ExpertProfileMigrationTests
{
    private const string ActiveId = "0193a9b2-0000-7000-8000-000000000001";
    private const string RetiredId = "0193a9b2-0000-7000-8000-000000000002";

    private static readonly string Rows = $"""
        INSERT INTO experts (id, name, title, bio, competencies, languages, version, updated_at, retired_at)
        VALUES ('{ActiveId}', 'Ada Rossi', 'Digital strategist', 'Vent''anni di "export".', '["ecommerce","export"]', '["it","en"]', 3, '2026-12-01T09:00:00.0000000Z', NULL),
               ('{RetiredId}', 'Bruno Neri', 'Energy', 'Bio', '["energy"]', '["it"]', 2, '2026-12-02T09:00:00.0000000Z', '2026-12-02T09:00:00.0000000Z');
        """;

    [Fact]
    public async Task A_store_of_the_previous_schema_keeps_every_expert_profile_in_one_document()
    {
        await using var files = new StoreFiles();
        var database = files.Database("hubnode.db");
        var previous = SqliteSchema.Migrations.Where(m => m.Version <= 3).ToList();
        await database.MigrateAsync(previous);
        await using (var connection = await database.OpenAsync())
        {
            await connection.ExecuteAsync(Rows);
        }

        Assert.Equal([4], await database.MigrateAsync(SqliteSchema.Migrations));

        Assert.Equal(await files.FreshShapeAsync(SqliteSchema.Migrations), await StoreShape.OfAsync(database.FilePath));
        var store = new SqliteExpertStore(database);
        var active = (await store.GetAsync(Guid.Parse(ActiveId)))!;
        Assert.Equal(
            new ExpertProfile { Name = "Ada Rossi", Title = "Digital strategist", Bio = "Vent'anni di \"export\".", Competencies = ["ecommerce", "export"], Languages = ["it", "en"] }.ToJson(),
            active.Profile.ToJson());
        Assert.Equal((3L, new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero), false), (active.Version, active.UpdatedAt, active.IsRetired));
        var retired = (await store.GetAsync(Guid.Parse(RetiredId)))!;
        Assert.Equal(("Bruno Neri", 2L, true), (retired.Profile.Name, retired.Version, retired.IsRetired));
        Assert.Equal([ActiveId], (await store.ListActiveAsync()).Select(e => e.Id.ToString()));
    }
}
