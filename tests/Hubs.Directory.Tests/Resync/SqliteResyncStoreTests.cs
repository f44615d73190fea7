using Hubs.Directory.Storage.Sqlite;
using Hubs.Directory.Tests.Infrastructure;

namespace Hubs.Directory.Tests.Resync;

/// <summary>The removal step of a resync against the real SQLite adapter, one temporary file per test.</summary>
public sealed class SqliteResyncStoreTests : IAsyncLifetime
{
    private static readonly DateTimeOffset SnapshotAt = Make.Epoch.AddMinutes(10);

    private readonly string _hub = Make.HubId();
    private TempDatabase _database = null!;
    private SqliteExpertDirectory _experts = null!;
    private SqliteResyncStore _store = null!;

    public async Task InitializeAsync()
    {
        _database = await TempDatabase.CreateAsync();
        _experts = new SqliteExpertDirectory(_database.Database, new ProjectionWriter(_database.Database), TimeProvider.System);
        _store = new SqliteResyncStore(_database.Database, TimeProvider.System);
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task Removes_absent_experts_changed_before_the_snapshot_and_keeps_everything_else()
    {
        var present = await PublishAsync(_hub, version: 1);
        var absent = await PublishAsync(_hub, version: 2);
        var absentButNewer = await PublishAsync(_hub, version: 12); // changed after the snapshot was read
        var retired = Guid.NewGuid();
        await _experts.ApplyRetiredAsync(Make.Retired(_hub, retired, 3));
        var otherHub = Make.HubId();
        var elsewhere = await PublishAsync(otherHub, version: 1);

        var removed = await _store.RemoveAbsentExpertsAsync(_hub, [present], SnapshotAt);

        Assert.Equal(1, removed);
        Assert.Null(await _experts.GetAsync(_hub, absent));
        Assert.NotNull(await _experts.GetAsync(_hub, present));
        Assert.NotNull(await _experts.GetAsync(_hub, absentButNewer));
        Assert.True((await _experts.GetAsync(_hub, retired))!.Retired); // the tombstone stays
        Assert.NotNull(await _experts.GetAsync(otherHub, elsewhere));
    }

    [Fact]
    public async Task A_second_identical_snapshot_removes_nothing_more()
    {
        await PublishAsync(_hub, version: 1);
        var present = await PublishAsync(_hub, version: 1);

        Assert.Equal(1, await _store.RemoveAbsentExpertsAsync(_hub, [present], SnapshotAt));
        Assert.Equal(0, await _store.RemoveAbsentExpertsAsync(_hub, [present], SnapshotAt));
        Assert.NotNull(await _experts.GetAsync(_hub, present));
    }

    [Fact]
    public async Task An_empty_snapshot_removes_every_listed_expert_of_that_hub_only()
    {
        await PublishAsync(_hub, version: 1);
        await PublishAsync(_hub, version: 2);
        var otherHub = Make.HubId();
        var elsewhere = await PublishAsync(otherHub, version: 1);

        Assert.Equal(2, await _store.RemoveAbsentExpertsAsync(_hub, [], SnapshotAt));
        Assert.NotNull(await _experts.GetAsync(otherHub, elsewhere));
    }

    private async Task<Guid> PublishAsync(string hub, long version)
    {
        var id = Guid.NewGuid();
        Assert.True(await _experts.ApplyPublishedAsync(Make.Published(hub, id, version)));
        return id;
    }
}
