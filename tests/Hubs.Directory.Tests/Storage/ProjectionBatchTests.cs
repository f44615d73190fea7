using Hubs.Directory.Storage.Sqlite;
using Hubs.Directory.Tests.Infrastructure;
using Microsoft.Data.Sqlite;

namespace Hubs.Directory.Tests.Storage;

/// <summary>
/// The projection's group commit (decision 0016): many events in one transaction must end as they would one by one.
/// Batches are handed to <see cref="ProjectionWriter.ApplyAsync"/> directly so their content is known, not left to timing.
/// </summary>
public sealed class ProjectionBatchTests : IAsyncLifetime
{
    private readonly string _hub = Make.HubId();
    private TempDatabase _database = null!;
    private ProjectionWriter _writer = null!;
    private SqliteExpertDirectory _experts = null!;

    public async Task InitializeAsync()
    {
        _database = await TempDatabase.CreateAsync();
        _writer = new ProjectionWriter(_database.Database);
        _experts = new SqliteExpertDirectory(_database.Database, _writer, TimeProvider.System);
    }

    public async Task DisposeAsync()
    {
        _writer.Dispose();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task A_batch_with_an_older_version_after_a_newer_one_keeps_the_newer()
    {
        var id = Guid.NewGuid();
        var newer = ExpertWrites.Published(Make.Published(_hub, id, 3, name: "Three"), DateTimeOffset.UtcNow);
        var older = ExpertWrites.Published(Make.Published(_hub, id, 2, name: "Two"), DateTimeOffset.UtcNow);

        await _writer.ApplyAsync([newer, older], CancellationToken.None);

        Assert.Equal(1, await newer.Done);
        Assert.Equal(0, await older.Done);
        var stored = await _experts.GetAsync(_hub, id);
        Assert.Equal(3, stored!.Version);
        Assert.Equal("Three", stored.Name);
    }

    [Fact]
    public async Task A_batch_with_an_older_version_before_a_newer_one_ends_at_the_newer()
    {
        var id = Guid.NewGuid();
        var older = ExpertWrites.Published(Make.Published(_hub, id, 1, name: "One"), DateTimeOffset.UtcNow);
        var retired = ExpertWrites.Retired(Make.Retired(_hub, id, 2), DateTimeOffset.UtcNow);
        var newer = ExpertWrites.Published(Make.Published(_hub, id, 3, name: "Back"), DateTimeOffset.UtcNow);

        await _writer.ApplyAsync([older, retired, newer], CancellationToken.None);

        var rows = await Task.WhenAll(older.Done, retired.Done, newer.Done);
        Assert.Equal(new[] { 1, 1, 1 }, rows);
        var stored = await _experts.GetAsync(_hub, id);
        Assert.Equal(3, stored!.Version);
        Assert.False(stored.Retired);
        Assert.Equal("Back", stored.Name);
    }

    [Fact]
    public async Task A_duplicate_within_a_batch_is_applied_once()
    {
        var id = Guid.NewGuid();
        var published = Make.Published(_hub, id, 1, name: "Ada");
        var first = ExpertWrites.Published(published, DateTimeOffset.UtcNow);
        var redelivered = ExpertWrites.Published(published, DateTimeOffset.UtcNow);
        var summary = ExpertWrites.Availability(Make.Availability(_hub, id, 1, Make.Epoch.AddDays(1)));
        var summaryAgain = ExpertWrites.Availability(Make.Availability(_hub, id, 1, Make.Epoch.AddDays(9)));

        await _writer.ApplyAsync([first, summary, redelivered, summaryAgain], CancellationToken.None);

        var rows = await Task.WhenAll(first.Done, summary.Done, redelivered.Done, summaryAgain.Done);
        Assert.Equal(new[] { 1, 1, 0, 0 }, rows);
        var stored = await _experts.GetAsync(_hub, id);
        Assert.Equal(published.EventId, stored!.LastEventId);
        Assert.Equal(Make.Epoch.AddDays(1), stored.Availability!.NextFreeBrainstorming);
    }

    [Fact]
    public async Task A_poison_write_in_a_batch_fails_alone_and_the_others_are_kept()
    {
        var (a, b) = (Guid.NewGuid(), Guid.NewGuid());
        var before = ExpertWrites.Published(Make.Published(_hub, a, 1, name: "Before"), DateTimeOffset.UtcNow);
        // A write the store refuses (experts.version is NOT NULL): what a bug or a corrupt event would look like to SQLite.
        var poison = new ProjectionWrite("INSERT INTO experts (hub_id, expert_id) VALUES (@hub, 'x')", new { hub = _hub });
        var after = ExpertWrites.Published(Make.Published(_hub, b, 1, name: "After"), DateTimeOffset.UtcNow);

        await _writer.ApplyAsync([before, poison, after], CancellationToken.None);

        await Assert.ThrowsAsync<SqliteException>(() => poison.Done);
        Assert.Equal(1, await before.Done);
        Assert.Equal(1, await after.Done);
        Assert.Equal("Before", (await _experts.GetAsync(_hub, a))!.Name);
        Assert.Equal("After", (await _experts.GetAsync(_hub, b))!.Name);
    }

    [Fact]
    public async Task Concurrent_consumers_through_the_writer_converge_to_the_newest_versions()
    {
        var ids = Enumerable.Range(0, 20).Select(_ => Guid.NewGuid()).ToArray();
        // Every version of every expert, shuffled, each twice (redelivery), all at once as 100 prefetched messages would be.
        var events = ids.SelectMany(id => Enumerable.Range(1, 5).Select(v => Make.Published(_hub, id, v, name: $"v{v}")))
            .SelectMany(e => new[] { e, e })
            .OrderBy(_ => Random.Shared.Next())
            .ToList();

        var applied = await Task.WhenAll(events.Select(e => Task.Run(() => _experts.ApplyPublishedAsync(e))));

        Assert.True(applied.Count(a => a) is >= 20 and <= 100);
        foreach (var id in ids)
        {
            var stored = await _experts.GetAsync(_hub, id);
            Assert.Equal(5, stored!.Version);
            Assert.Equal("v5", stored.Name);
        }
    }
}
