using Hubs.Contracts.Taxonomy;
using Hubs.Directory.Experts;
using Hubs.Directory.Tests.Infrastructure;

namespace Hubs.Directory.Tests.Storage;

/// <summary>
/// The read model is not a cache: a search sees every write that completed before it began, also while other
/// consumers keep writing and other searches keep refreshing the model.
/// </summary>
public sealed class ReadYourWritesTests : IAsyncLifetime
{
    private ReadModelStores _stores = null!;

    public async Task InitializeAsync() => _stores = await ReadModelStores.CreateAsync();

    public async Task DisposeAsync() => await _stores.DisposeAsync();

    [Fact]
    public async Task Every_search_sees_the_write_that_completed_before_it_while_others_write_and_search()
    {
        var noiseHub = Make.HubId();
        using var stop = new CancellationTokenSource();
        var noiseStarted = Enumerable.Range(0, 3).Select(_ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).ToList();
        var noise = noiseStarted.Select(started => Task.Run(async () =>
        {
            var written = 0;
            do
            {
                await _stores.Experts.ApplyPublishedAsync(Make.Published(noiseHub, Guid.NewGuid(), 1, name: "Rumore"));
                await _stores.Experts.SearchAsync(new ExpertSearch { Terms = ["rumore"], PageSize = 1 });
                written++;
                started.TrySetResult();
            }
            while (!stop.IsCancellationRequested);

            return written;
        })).ToList();
        await Task.WhenAll(noiseStarted.Select(s => s.Task));

        // Several writers-then-readers at once: their refreshes overlap each other's and the noise's writes.
        var probes = Enumerable.Range(0, 4).Select(worker => Task.Run(async () =>
        {
            var hub = Make.HubId();
            for (var i = 0; i < 25; i++)
            {
                var id = Guid.NewGuid();
                var word = $"sonda{worker}x{i}y";
                await _stores.Experts.ApplyPublishedAsync(Make.Published(hub, id, 1, name: $"Probe {word}", competencies: [Topics.Grants.Code]));
                var listed = await _stores.Experts.SearchAsync(new ExpertSearch { Terms = [word] });
                Assert.Equal([id], listed.Items.Select(e => e.ExpertId));

                var freeAt = Make.Epoch.AddDays(2);
                await _stores.Experts.ApplyAvailabilityAsync(Make.Availability(hub, id, 1, freeAt));
                var free = await _stores.Experts.SearchAsync(new ExpertSearch { Terms = [word], FreeBy = freeAt });
                Assert.Equal(freeAt, Assert.Single(free.Items).Availability?.NextFreeBrainstorming);

                await _stores.Experts.ApplyRetiredAsync(Make.Retired(hub, id, 2));
                Assert.Equal(0, (await _stores.Experts.SearchAsync(new ExpertSearch { Terms = [word] })).Total);
                Assert.DoesNotContain(id, (await _stores.Experts.ListByTopicsAsync([Topics.Grants.Code])).Select(e => e.ExpertId));
            }
        })).ToList();

        await Task.WhenAll(probes);
        await stop.CancelAsync();
        var written = await Task.WhenAll(noise);

        // The noise kept writing while the probes ran, not only before them.
        Assert.True(written.Sum() > noise.Count, $"noise wrote {written.Sum()}");
        Assert.Equal(written.Sum(), (await _stores.Experts.SearchAsync(new ExpertSearch { HubId = noiseHub })).Total);
    }

    [Fact]
    public async Task A_write_whose_caller_gave_up_while_it_was_queued_shows_once_another_batch_commits_it()
    {
        var hub = Make.HubId();
        await _stores.Experts.SearchAsync(new ExpertSearch()); // the model is loaded before the writes, so only marks can bring them
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();
        var gaveUp = 0;
        await Task.WhenAll(Enumerable.Range(0, 200).Select(async i =>
        {
            try
            {
                await _stores.Experts.ApplyPublishedAsync(Make.Published(hub, Guid.NewGuid(), 1), i % 2 == 0 ? cancelled.Token : default);
            }
            catch (OperationCanceledException)
            {
                Interlocked.Increment(ref gaveUp);
            }
        }));

        // Completes after every write queued before it is committed: the queue is drained in order.
        await _stores.Experts.ApplyPublishedAsync(Make.Published(hub, Guid.NewGuid(), 1));

        Assert.True(gaveUp > 0);
        Assert.Equal(201, (await _stores.Reference.SearchAsync(new ExpertSearch { HubId = hub })).Total);
        Assert.Equal(201, (await _stores.Experts.SearchAsync(new ExpertSearch { HubId = hub })).Total);
    }

    [Fact]
    public async Task A_suspension_and_a_readmission_show_in_the_next_search_and_hub_listing()
    {
        var hub = Make.HubId();
        await _stores.Hubs.ApplyAnnouncementAsync(Make.Announced(hub, 1));
        await _stores.Experts.ApplyPublishedAsync(Make.Published(hub, Guid.NewGuid(), 1));
        Assert.Equal(1, (await _stores.Experts.SearchAsync(new ExpertSearch { HubId = hub })).Total);

        await _stores.Hubs.SetSuspendedAsync(hub, suspended: true);
        Assert.Equal(0, (await _stores.Experts.SearchAsync(new ExpertSearch { HubId = hub })).Total);
        Assert.True(Assert.Single(await _stores.Hubs.ListAsync(), h => h.HubId == hub).Suspended);

        await _stores.Hubs.SetSuspendedAsync(hub, suspended: false);
        Assert.Equal(1, (await _stores.Experts.SearchAsync(new ExpertSearch { HubId = hub })).Total);
        Assert.False((await _stores.Hubs.GetAsync(hub))!.Suspended);
    }

    [Fact]
    public async Task Experts_stored_before_the_model_first_reads_are_loaded_with_it()
    {
        var hub = Make.HubId();
        var id = Guid.NewGuid();
        // Written through the reference adapter, which marks nothing: only the first load can find it.
        await _stores.Reference.ApplyPublishedAsync(Make.Published(hub, id, 1, name: "Prima"));

        var found = await _stores.Experts.SearchAsync(new ExpertSearch { Terms = ["prima"] });

        Assert.Equal(id, Assert.Single(found.Items).ExpertId);
    }
}
