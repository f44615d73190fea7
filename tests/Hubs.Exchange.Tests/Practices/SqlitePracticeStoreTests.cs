using Dapper;
using Hubs.Exchange.Practices;
using Hubs.Exchange.Storage.Sqlite;
using Hubs.Exchange.Tests.Infrastructure;
using Hubs.ServiceDefaults.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace Hubs.Exchange.Tests.Practices;

/// <summary>The version gate and the history of the SQLite adapter itself, one temporary file per test.</summary>
public sealed class SqlitePracticeStoreTests : IAsyncLifetime
{
    private readonly string _folder = Directory.CreateTempSubdirectory("hubs-exchange-tests-").FullName;
    private readonly string _hub = Make.HubId();
    private readonly Guid _practice = Guid.CreateVersion7();
    private SqliteDatabase _database = null!;
    private SqlitePracticeStore _store = null!;

    public async Task InitializeAsync()
    {
        _database = new SqliteDatabase(Options.Create(new SqliteOptions { Path = Path.Combine(_folder, "exchange.db") }));
        await _database.MigrateAsync(ExchangeSchema.Migrations);
        _store = new SqlitePracticeStore(_database, TimeProvider.System);
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

    private Task<bool> PublishAsync(long version, string? title = null)
    {
        var e = PracticeEvents.Published(_hub, _practice, version, title: title);
        return _store.ApplyPublishedAsync(e, PracticeRendering.For(e));
    }

    [Fact]
    public async Task Only_a_newer_version_becomes_current_but_every_version_is_kept()
    {
        Assert.True(await PublishAsync(2, "Two"));
        Assert.False(await PublishAsync(2, "Two again"));
        Assert.False(await PublishAsync(1, "One"));
        Assert.Equal("Two", (await _store.GetAsync(_hub, _practice))!.Title);
        Assert.Equal([2L, 1L], (await _store.ListVersionsAsync(_hub, _practice)).Select(v => v.Version));
        Assert.Equal("Two", (await _store.GetVersionAsync(_hub, _practice, 2))!.Title);

        Assert.True(await PublishAsync(3, "Three"));
        var current = (await _store.GetAsync(_hub, _practice))!;
        Assert.Equal(3, current.Version);
        Assert.Equal(Make.Epoch.AddHours(1), current.PublishedAt);
        Assert.Equal(Make.Epoch.AddHours(3), current.UpdatedAt);
    }

    [Fact]
    public async Task Forty_shuffled_versions_applied_in_parallel_end_at_the_highest_with_all_forty_kept()
    {
        var events = Enumerable.Range(1, 40).Select(v => PracticeEvents.Published(_hub, _practice, v, title: $"v{v}")).ToArray();
        new Random(7).Shuffle(events);

        await Task.WhenAll(events.Select(e => Task.Run(() => _store.ApplyPublishedAsync(e, PracticeRendering.For(e)))));

        var current = (await _store.GetAsync(_hub, _practice))!;
        Assert.Equal(40, current.Version);
        Assert.Equal("v40", current.Title);
        Assert.Equal(Enumerable.Range(1, 40).Reverse().Select(v => (long)v), (await _store.ListVersionsAsync(_hub, _practice)).Select(v => v.Version));
    }

    [Fact]
    public async Task A_withdrawal_drops_the_content_and_the_history_and_keeps_the_version()
    {
        await PublishAsync(1);
        await PublishAsync(2);

        Assert.True(await _store.ApplyWithdrawnAsync(PracticeEvents.Withdrawn(_hub, _practice, 3)));
        Assert.False(await _store.ApplyWithdrawnAsync(PracticeEvents.Withdrawn(_hub, _practice, 3)));
        Assert.False(await PublishAsync(2));

        Assert.Null(await _store.GetAsync(_hub, _practice));
        Assert.Empty(await _store.ListVersionsAsync(_hub, _practice));
        await using var connection = await _database.OpenAsync();
        Assert.Equal(0, await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM practice_versions WHERE hub_id = @_hub", new { _hub }));
        var (version, title, body) = await connection.QuerySingleAsync<(long, string, string)>(
            "SELECT version, title, body_markdown FROM practices WHERE hub_id = @_hub", new { _hub });
        Assert.Equal((3L, "", ""), (version, title, body));
    }

    [Fact]
    public async Task The_same_practice_id_at_two_hubs_is_two_practices()
    {
        var other = Make.HubId();
        await PublishAsync(1, "Here");
        var there = PracticeEvents.Published(other, _practice, 1, title: "There");
        await _store.ApplyPublishedAsync(there, PracticeRendering.For(there));

        Assert.Equal("Here", (await _store.GetAsync(_hub, _practice))!.Title);
        Assert.Equal("There", (await _store.GetAsync(other, _practice))!.Title);
    }
}
