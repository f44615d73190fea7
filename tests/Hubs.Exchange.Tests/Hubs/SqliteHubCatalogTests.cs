using Hubs.Exchange.Storage.Sqlite;
using Hubs.Exchange.Tests.Infrastructure;
using Hubs.ServiceDefaults.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace Hubs.Exchange.Tests.Hubs;

/// <summary>The version gate of the SQLite adapter itself, one temporary file per test.</summary>
public sealed class SqliteHubCatalogTests : IAsyncLifetime
{
    private readonly string _folder = Directory.CreateTempSubdirectory("hubs-exchange-tests-").FullName;
    private readonly string _hub = Make.HubId();
    private SqliteDatabase _database = null!;
    private SqliteHubCatalog _catalog = null!;

    public async Task InitializeAsync()
    {
        _database = new SqliteDatabase(Options.Create(new SqliteOptions { Path = Path.Combine(_folder, "exchange.db") }));
        await _database.MigrateAsync(ExchangeSchema.Migrations);
        _catalog = new SqliteHubCatalog(_database, TimeProvider.System);
    }

    public async Task DisposeAsync()
    {
        await using (var connection = await _database.OpenAsync())
        {
            SqliteConnection.ClearPool(connection);
        }

        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // Harmless leftover in the temp folder.
        }
    }

    [Fact]
    public async Task Only_a_newer_version_is_applied()
    {
        var v2 = Make.Announced(_hub, 2, name: "Two");

        Assert.True(await _catalog.ApplyAnnouncementAsync(v2));
        Assert.False(await _catalog.ApplyAnnouncementAsync(v2));
        Assert.False(await _catalog.ApplyAnnouncementAsync(Make.Announced(_hub, 1, name: "One")));
        Assert.Equal("Two", (await _catalog.GetAsync(_hub))!.Name);

        var v3 = Make.Announced(_hub, 3, name: "Three");
        Assert.True(await _catalog.ApplyAnnouncementAsync(v3));
        var stored = (await _catalog.GetAsync(_hub))!;
        Assert.Equal(3, stored.Version);
        Assert.Equal(v3.EventId, stored.LastEventId);
        Assert.Equal(v3.OccurredAt, stored.UpdatedAt);
    }

    [Fact]
    public async Task Fifty_shuffled_versions_applied_in_parallel_end_at_the_highest()
    {
        var events = Enumerable.Range(1, 50).Select(v => Make.Announced(_hub, v, name: $"v{v}")).ToArray();
        new Random(11).Shuffle(events);

        await Task.WhenAll(events.Select(e => Task.Run(() => _catalog.ApplyAnnouncementAsync(e))));

        var stored = (await _catalog.GetAsync(_hub))!;
        Assert.Equal(50, stored.Version);
        Assert.Equal("v50", stored.Name);
    }

    [Fact]
    public async Task The_list_is_by_hub_id()
    {
        var later = "z" + _hub[1..];
        await _catalog.ApplyAnnouncementAsync(Make.Announced(later, 1));
        await _catalog.ApplyAnnouncementAsync(Make.Announced(_hub, 1));

        Assert.Equal([_hub, later], (await _catalog.ListAsync()).Select(h => h.HubId));
    }
}
