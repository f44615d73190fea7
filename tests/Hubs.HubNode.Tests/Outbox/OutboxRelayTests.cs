using Hubs.Contracts.Events;
using Hubs.HubNode.Experts;
using Hubs.HubNode.Profile;
using Hubs.HubNode.Storage.Sqlite;
using Hubs.HubNode.Tests.Support;
using Hubs.HubNode.Versioning;
using Hubs.ServiceDefaults.Outbox;
using Hubs.ServiceDefaults.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Hubs.HubNode.Tests.Outbox;

/// <summary>The relay's own logic, against a real SQLite outbox and a publisher that fails on demand.</summary>
public sealed class OutboxRelayTests : IDisposable
{
    private readonly TempDatabase _db = new();
    private readonly SqliteDatabase _database;
    private readonly SqliteOutboxStore _outbox;
    private readonly OutboxSignal _signal = new();
    private readonly ServiceProvider _metrics = new ServiceCollection().AddMetrics().BuildServiceProvider();

    public OutboxRelayTests()
    {
        _database = new SqliteDatabase(Options.Create(new SqliteOptions { Path = _db.Path }));
        _outbox = new SqliteOutboxStore(_database);
    }

    public void Dispose()
    {
        _metrics.Dispose();
        _db.Dispose();
    }

    [Fact]
    public async Task Entries_survive_failed_publishes_and_leave_later_in_write_order()
    {
        var written = await WriteExpertsAsync(6);
        var publisher = new FlakyPublisher { FailuresLeft = 4 };
        var lifetime = new ApplicationLifetime(NullLogger<ApplicationLifetime>.Instance);
        using var relay = Relay(publisher, lifetime);

        await relay.StartAsync(CancellationToken.None);
        lifetime.NotifyStarted();
        var published = await WaitForAsync(() => publisher.Published, p => p.Count >= written.Count);
        await relay.StopAsync(CancellationToken.None);

        Assert.Equal(written, published.Cast<ExpertPublished>().Select(e => e.ExpertId));
        Assert.Equal(0, await _outbox.CountUnsentAsync());
        var first = (await StoreFile.OutboxAsync(_db.Path))[0];
        Assert.Equal(5, first.Attempts);
    }

    [Fact]
    public async Task While_the_broker_fails_nothing_is_marked_sent_and_nothing_is_skipped()
    {
        var written = await WriteExpertsAsync(3);
        var publisher = new FlakyPublisher { FailuresLeft = int.MaxValue };
        using var relay = Relay(publisher, new ApplicationLifetime(NullLogger<ApplicationLifetime>.Instance));

        for (var i = 0; i < 3; i++)
        {
            await Assert.ThrowsAsync<InvalidOperationException>(() => relay.PublishPendingAsync(CancellationToken.None));
        }

        Assert.Equal(3, await _outbox.CountUnsentAsync());
        Assert.Equal(3, publisher.Attempts);
        Assert.Empty(publisher.Published);

        publisher.FailuresLeft = 0;
        Assert.Equal(3, await relay.PublishPendingAsync(CancellationToken.None));
        Assert.Equal(written, publisher.Published.Cast<ExpertPublished>().Select(e => e.ExpertId));
        Assert.Equal(0, await relay.PublishPendingAsync(CancellationToken.None));
    }

    [Fact]
    public async Task A_broker_that_never_confirms_times_out_instead_of_blocking()
    {
        await WriteExpertsAsync(1);
        var publisher = new FlakyPublisher { Hang = true };
        using var relay = Relay(publisher, new ApplicationLifetime(NullLogger<ApplicationLifetime>.Instance), publishTimeout: TimeSpan.FromMilliseconds(200));

        await Assert.ThrowsAsync<TimeoutException>(() => relay.PublishPendingAsync(CancellationToken.None));
        Assert.Equal(1, await _outbox.CountUnsentAsync());

        publisher.Hang = false;
        Assert.Equal(1, await relay.PublishPendingAsync(CancellationToken.None));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    public async Task An_entry_of_an_unknown_type_blocks_the_outbox_rather_than_being_skipped(int publishWindow)
    {
        var written = await WriteExpertsAsync(1);
        await using (var connection = await _database.OpenAsync())
        await using (var insert = connection.CreateCommand())
        {
            insert.CommandText = "INSERT INTO outbox (event_id, message_type, payload, occurred_at) VALUES ($id, 'urn:message:hubs:from-the-future:v9', '{}', '2026-01-01T00:00:00Z')";
            insert.Parameters.AddWithValue("$id", Guid.NewGuid().ToString());
            await insert.ExecuteNonQueryAsync();
        }

        await WriteExpertsAsync(1);
        var publisher = new FlakyPublisher();
        using var relay = Relay(publisher, new ApplicationLifetime(NullLogger<ApplicationLifetime>.Instance), publishWindow: publishWindow);

        await Assert.ThrowsAsync<OutboxEntryUnreadableException>(() => relay.PublishPendingAsync(CancellationToken.None));
        Assert.Equal(written, publisher.Published.Cast<ExpertPublished>().Select(e => e.ExpertId));
        Assert.Equal(2, await _outbox.CountUnsentAsync());
    }

    [Fact]
    public async Task A_window_of_entries_is_issued_in_write_order_and_in_flight_together()
    {
        var written = await WriteExpertsAsync(7);
        var publisher = new FlakyPublisher { ConfirmDelay = TimeSpan.FromMilliseconds(30) };
        using var relay = Relay(publisher, new ApplicationLifetime(NullLogger<ApplicationLifetime>.Instance), batchSize: 10, publishWindow: 3);

        Assert.Equal(7, await relay.PublishPendingAsync(CancellationToken.None));

        Assert.Equal(written, publisher.Published.Cast<ExpertPublished>().Select(e => e.ExpertId));
        Assert.Equal(3, publisher.MostInFlight);
        Assert.Equal(0, await _outbox.CountUnsentAsync());
        Assert.All(await StoreFile.OutboxAsync(_db.Path), e => Assert.Equal(1, e.Attempts));
    }

    [Fact]
    public async Task A_failure_inside_a_window_marks_only_the_entries_before_it_and_the_next_pass_sends_the_rest()
    {
        var written = await WriteExpertsAsync(3);
        var publisher = new FlakyPublisher { FailingCalls = [2] };
        using var relay = Relay(publisher, new ApplicationLifetime(NullLogger<ApplicationLifetime>.Instance), batchSize: 10, publishWindow: 3);

        await Assert.ThrowsAsync<InvalidOperationException>(() => relay.PublishPendingAsync(CancellationToken.None));

        // The third was confirmed, but after an entry that was not: it stays unsent, so nothing is skipped.
        Assert.Equal(2, await _outbox.CountUnsentAsync());
        Assert.Equal([written[0], written[2]], publisher.Published.Cast<ExpertPublished>().Select(e => e.ExpertId));

        Assert.Equal(2, await relay.PublishPendingAsync(CancellationToken.None));
        Assert.Equal(0, await _outbox.CountUnsentAsync());
        Assert.Equal([written[0], written[2], written[1], written[2]], publisher.Published.Cast<ExpertPublished>().Select(e => e.ExpertId));
    }

    // A confirm is waited for long enough that a loaded machine's slow Task.Delay is not taken for a lost confirm; only the
    // hanging broker's test asks for a short timeout.
    private OutboxRelay Relay(FlakyPublisher publisher, ApplicationLifetime lifetime, int batchSize = 2, int publishWindow = 1, TimeSpan? publishTimeout = null) => new(
        _outbox,
        publisher,
        _signal,
        new OutboxMetrics(_metrics.GetRequiredService<System.Diagnostics.Metrics.IMeterFactory>()),
        lifetime,
        Options.Create(new OutboxRelayOptions
        {
            PollInterval = TimeSpan.FromMilliseconds(50),
            PublishTimeout = publishTimeout ?? TimeSpan.FromSeconds(5),
            FirstBackoff = TimeSpan.FromMilliseconds(10),
            MaxBackoff = TimeSpan.FromMilliseconds(40),
            BatchSize = batchSize,
            PublishWindow = publishWindow,
        }),
        TimeProvider.System,
        NullLogger<OutboxRelay>.Instance);

    /// <summary>Creates experts through the versioned writer (the production write path); returns their ids in write order.</summary>
    private async Task<List<Guid>> WriteExpertsAsync(int count)
    {
        await _database.MigrateAsync(SqliteSchema.Migrations);
        var writer = new VersionedWriter<Expert>(new SqliteExpertStore(_database), _signal, Options.Create(new HubOptions { Id = TestHub.Id }),
            TimeProvider.System, NullLogger<VersionedWriter<Expert>>.Instance);
        var ids = new List<Guid>();
        for (var i = 0; i < count; i++)
        {
            var draft = new ExpertProfile { Name = $"Expert {i}", Title = "Consulente", Bio = "Bio.", Competencies = ["ecommerce"], Languages = ["it"] };
            var expert = await writer.CreateAsync((id, at) => Expert.New(draft, id, at));
            ids.Add(expert.Id);
        }

        return ids;
    }

    private static async Task<T> WaitForAsync<T>(Func<T> read, Func<T, bool> done)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        var value = read();
        while (!done(value) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(20);
            value = read();
        }

        return value;
    }
}
