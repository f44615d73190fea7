using System.Text.Json;
using Dapper;
using Hubs.Contracts.Events;
using Hubs.Exchange.Storage.Sqlite;
using Hubs.ServiceDefaults.Outbox;
using Hubs.ServiceDefaults.Storage;
using Hubs.Testing.Storage;

namespace Hubs.Exchange.Tests.Storage;

/// <summary>An exchange file made by a build before the schema was versioned opens with this build in the current shape, its rows kept.</summary>
public sealed class SchemaMigrationTests
{
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    private const string AdoptionId = "0193a9b2-0000-7000-8000-0000000000ad";
    private const string EventId = "0193a9b2-0000-7000-8000-0000000000ee";
    private const string PracticeId = "0193a9b2-0000-7000-8000-0000000000bb";

    private const string Rows = $"""

        INSERT INTO hubs (hub_id, version, name, city, province_code, last_event_id, updated_at, applied_at)
        VALUES ('ivrea', 1, 'Hub Ivrea', 'Ivrea', 'TO', 'e1', '2026-11-01T08:00:00.0000000Z', '2026-11-01T08:00:00.0000000Z');
        INSERT INTO adoptions (adoption_id, hub_id, practice_id, practice_version, adopting_hub_id, note, adopted_at)
        VALUES ('{AdoptionId}', 'lomazzo', '{PracticeId}', 2, 'ivrea', 'a note that stays here', '2026-12-01T09:30:00.1234567Z');
        INSERT INTO unpublished_adoptions (adoption_id, event_id, topics) VALUES ('{AdoptionId}', '{EventId}', '["ecommerce","export"]');
        """;

    [Fact]
    public async Task A_store_made_before_versioning_reaches_the_current_shape_and_its_waiting_adoption_goes_out_through_the_outbox()
    {
        await using var files = new StoreFiles();
        var store = await files.FromScriptAsync("exchange.db", StoreFiles.Fixture("Storage/Fixtures/exchange-2026-12-03.sql") + Rows);
        Assert.Equal(0, await store.VersionAsync());

        var applied = await store.MigrateAsync(ExchangeSchema.Migrations);

        Assert.Equal(Enumerable.Range(1, ExchangeSchema.Migrations.Count), applied);
        Assert.Equal(await files.FreshShapeAsync(ExchangeSchema.Migrations), await StoreShape.OfAsync(store.FilePath));
        await using var connection = await store.OpenAsync();
        Assert.Equal("a note that stays here", await connection.ExecuteScalarAsync<string>("SELECT note FROM adoptions"));
        Assert.Equal("Hub Ivrea", await connection.ExecuteScalarAsync<string>("SELECT name FROM hubs"));

        // The relay reads the moved row as the event the old publisher would have sent.
        var entry = Assert.Single(await new SqliteOutboxStore(store).FetchUnsentAsync(10));
        Assert.Equal(typeof(PracticeAdopted), OutboxMessageTypes.Find(entry.MessageType));
        var adopted = JsonSerializer.Deserialize<PracticeAdopted>(entry.Payload, Web)!;
        Assert.Equal(
            ("ivrea", Guid.Parse(EventId), Guid.Parse(AdoptionId), "lomazzo", Guid.Parse(PracticeId), 1L),
            (adopted.HubId, adopted.EventId, adopted.AdoptionId, adopted.PracticeHubId, adopted.PracticeId, adopted.Version));
        Assert.Equal(DateTimeOffset.Parse("2026-12-01T09:30:00.1234567Z", System.Globalization.CultureInfo.InvariantCulture), adopted.OccurredAt);
        Assert.Equal(["ecommerce", "export"], adopted.Topics);
        Assert.Equal(adopted.EventId, entry.EventId);
        Assert.DoesNotContain("note", entry.Payload, StringComparison.Ordinal);
        Assert.Empty(await store.MigrateAsync(ExchangeSchema.Migrations));
    }
}
