using System.Text.Json;
using Hubs.Contracts.Events;
using Hubs.Contracts.Taxonomy;
using Hubs.Directory.Experts;
using Hubs.Directory.Tests.Infrastructure;
using Hubs.ServiceDefaults.Search;

namespace Hubs.Directory.Tests.Experts;

/// <summary>
/// What every <see cref="IExpertDirectory"/> adapter must do: version-gated, order-insensitive, per-hub projections.
/// Each test gets a fresh, empty store.
/// </summary>
public abstract class ExpertDirectoryContract : IAsyncLifetime
{
    private readonly string _hub = Make.HubId();

    protected IExpertDirectory Store { get; private set; } = null!;

    /// <summary>A fresh, empty store of the adapter under test.</summary>
    protected abstract Task<IExpertDirectory> CreateStoreAsync();

    public async Task InitializeAsync() => Store = await CreateStoreAsync();

    public abstract Task DisposeAsync();

    [Fact]
    public async Task A_duplicate_event_at_the_same_version_changes_nothing()
    {
        var id = Guid.NewGuid();
        var first = Make.Published(_hub, id, 1, name: "Ada");
        Assert.True(await Store.ApplyPublishedAsync(first));
        var before = await Store.GetAsync(_hub, id);

        Assert.False(await Store.ApplyPublishedAsync(first));
        // Same version with other content (a hub bug, or a replay): the first one stands.
        Assert.False(await Store.ApplyPublishedAsync(first with { EventId = Guid.NewGuid(), Name = "Someone else" }));

        Assert.Equal(Snapshot(before), Snapshot(await Store.GetAsync(_hub, id)));
        Assert.Equal(first.EventId, (await Store.GetAsync(_hub, id))!.LastEventId);
    }

    [Fact]
    public async Task An_older_version_after_a_newer_one_changes_nothing()
    {
        var id = Guid.NewGuid();
        Assert.True(await Store.ApplyPublishedAsync(Make.Published(_hub, id, 5, name: "Five")));
        Assert.False(await Store.ApplyPublishedAsync(Make.Published(_hub, id, 4, name: "Four")));
        Assert.False(await Store.ApplyRetiredAsync(Make.Retired(_hub, id, 3)));

        var stored = await Store.GetAsync(_hub, id);
        Assert.Equal(5, stored!.Version);
        Assert.Equal("Five", stored.Name);
        Assert.False(stored.Retired);
    }

    [Fact]
    public async Task A_newer_version_replaces_the_profile_and_records_its_event()
    {
        var id = Guid.NewGuid();
        await Store.ApplyPublishedAsync(Make.Published(_hub, id, 1, name: "Old", competencies: [Topics.Energy.Code]));
        var newer = Make.Published(_hub, id, 2, name: "New", title: "Esperta", competencies: [Topics.Grants.Code, Topics.AiData.Code], languages: ["it", "de"]);

        Assert.True(await Store.ApplyPublishedAsync(newer));

        var stored = await Store.GetAsync(_hub, id);
        Assert.Equal(2, stored!.Version);
        Assert.Equal("New", stored.Name);
        Assert.Equal("Esperta", stored.Title);
        Assert.Equal([Topics.Grants.Code, Topics.AiData.Code], stored.Competencies);
        Assert.Equal(["it", "de"], stored.Languages);
        Assert.Equal(newer.EventId, stored.LastEventId);
        Assert.Equal(newer.OccurredAt, stored.UpdatedAt);
    }

    public static TheoryData<int[]> Orders() => new() { new[] { 1, 2, 3 }, new[] { 1, 3, 2 }, new[] { 2, 1, 3 }, new[] { 2, 3, 1 }, new[] { 3, 1, 2 }, new[] { 3, 2, 1 } };

    [Theory]
    [MemberData(nameof(Orders))]
    public async Task Versions_in_any_order_converge_to_the_in_order_state(int[] order)
    {
        var id = Guid.NewGuid();
        var events = new[] { Make.Published(_hub, id, 1), Make.Published(_hub, id, 2), Make.Published(_hub, id, 3) };

        foreach (var version in order)
        {
            await Store.ApplyPublishedAsync(events[version - 1]);
        }

        var stored = await Store.GetAsync(_hub, id);
        Assert.Equal(3, stored!.Version);
        Assert.Equal(events[2].Name, stored.Name);
        Assert.Equal(events[2].EventId, stored.LastEventId);
    }

    [Fact]
    public async Task A_retirement_then_an_older_publish_leaves_the_same_tombstone_as_in_order()
    {
        var inOrder = Guid.NewGuid();
        var reordered = Guid.NewGuid();
        var publish = Make.Published(_hub, inOrder, 3);
        var retire = Make.Retired(_hub, inOrder, 4);

        Assert.True(await Store.ApplyPublishedAsync(publish));
        Assert.True(await Store.ApplyRetiredAsync(retire));

        Assert.True(await Store.ApplyRetiredAsync(retire with { ExpertId = reordered }));
        Assert.False(await Store.ApplyPublishedAsync(publish with { ExpertId = reordered }));

        var a = await Store.GetAsync(_hub, inOrder);
        var b = await Store.GetAsync(_hub, reordered);
        Assert.True(a!.Retired);
        Assert.Equal(4, a.Version);
        Assert.Null(a.Name);
        Assert.Equal(Snapshot(a with { ExpertId = reordered }), Snapshot(b));

        var listed = await Store.SearchAsync(new ExpertSearch { HubId = _hub });
        Assert.Empty(listed.Items);
        Assert.Equal(0, listed.Total);
    }

    [Fact]
    public async Task A_newer_publish_after_a_retirement_brings_the_expert_back()
    {
        var id = Guid.NewGuid();
        await Store.ApplyPublishedAsync(Make.Published(_hub, id, 1));
        await Store.ApplyRetiredAsync(Make.Retired(_hub, id, 2));

        Assert.True(await Store.ApplyPublishedAsync(Make.Published(_hub, id, 3, name: "Back")));

        var stored = await Store.GetAsync(_hub, id);
        Assert.False(stored!.Retired);
        Assert.Equal("Back", stored.Name);
        Assert.Single((await Store.SearchAsync(new ExpertSearch { HubId = _hub })).Items);
    }

    [Fact]
    public async Task Fifty_shuffled_versions_applied_in_parallel_end_at_the_highest()
    {
        var id = Guid.NewGuid();
        var events = Enumerable.Range(1, 50).Select(v => Make.Published(_hub, id, v)).ToArray();
        new Random(20260302).Shuffle(events);

        var applied = await Task.WhenAll(events.Select(e => Task.Run(() => Store.ApplyPublishedAsync(e))));

        var stored = await Store.GetAsync(_hub, id);
        Assert.Equal(50, stored!.Version);
        Assert.Equal("Expert v50", stored.Name);
        Assert.Contains(true, applied);
    }

    [Fact]
    public async Task Publishes_and_retirements_racing_in_parallel_end_at_the_highest_version()
    {
        var id = Guid.NewGuid();
        // Odd versions publish, even ones retire: version 40, a retirement, must win.
        var work = Enumerable.Range(1, 40)
            .Select(v => v % 2 == 1
                ? (Func<Task<bool>>)(() => Store.ApplyPublishedAsync(Make.Published(_hub, id, v)))
                : () => Store.ApplyRetiredAsync(Make.Retired(_hub, id, v)))
            .ToArray();
        new Random(7).Shuffle(work);

        await Task.WhenAll(work.Select(w => Task.Run(w)));

        var stored = await Store.GetAsync(_hub, id);
        Assert.Equal(40, stored!.Version);
        Assert.True(stored.Retired);
    }

    [Fact]
    public async Task An_expert_id_used_by_another_hub_never_touches_the_first_hubs_expert()
    {
        var id = Guid.NewGuid();
        var other = Make.HubId();
        await Store.ApplyPublishedAsync(Make.Published(_hub, id, 1, name: "Mine"));

        Assert.True(await Store.ApplyPublishedAsync(Make.Published(other, id, 9, name: "Theirs")));
        Assert.True(await Store.ApplyRetiredAsync(Make.Retired(other, id, 10)));

        var mine = await Store.GetAsync(_hub, id);
        Assert.Equal("Mine", mine!.Name);
        Assert.Equal(1, mine.Version);
        Assert.False(mine.Retired);
        Assert.True((await Store.GetAsync(other, id))!.Retired);
    }

    [Fact]
    public async Task Search_filters_by_topic_hub_and_folded_terms_in_a_stable_order_with_a_true_total()
    {
        var other = Make.HubId();
        await Store.ApplyPublishedAsync(Make.Published(_hub, Guid.NewGuid(), 1, name: "Nicolò Bianchi", competencies: [Topics.Cybersecurity.Code]));
        await Store.ApplyPublishedAsync(Make.Published(_hub, Guid.NewGuid(), 1, name: "anna Verdi", competencies: [Topics.Energy.Code]));
        await Store.ApplyPublishedAsync(Make.Published(_hub, Guid.NewGuid(), 1, name: "Bruno Neri", competencies: [Topics.Energy.Code, Topics.Grants.Code]));
        await Store.ApplyPublishedAsync(Make.Published(other, Guid.NewGuid(), 1, name: "Anna Rossi", competencies: [Topics.Energy.Code]));

        var energy = await Store.SearchAsync(new ExpertSearch { Topics = [Topics.Energy.Code], HubId = _hub });
        Assert.Equal(["anna Verdi", "Bruno Neri"], energy.Items.Select(e => e.Name));

        var nicolo = await Store.SearchAsync(new ExpertSearch { Terms = SearchText.Terms("NICOLO sicurezza") });
        Assert.Equal("Nicolò Bianchi", Assert.Single(nicolo.Items).Name);

        var annas = await Store.SearchAsync(new ExpertSearch { Terms = SearchText.Terms("anna"), Topics = [Topics.Energy.Code] });
        Assert.Equal(["Anna Rossi", "anna Verdi"], annas.Items.Select(e => e.Name));

        var page2 = await Store.SearchAsync(new ExpertSearch { HubId = _hub, Page = 2, PageSize = 2 });
        Assert.Equal(3, page2.Total);
        Assert.Equal("Nicolò Bianchi", Assert.Single(page2.Items).Name);

        var beyond = await Store.SearchAsync(new ExpertSearch { HubId = _hub, Page = 9, PageSize = 2 });
        Assert.Empty(beyond.Items);
        Assert.Equal(3, beyond.Total);
    }

    [Fact]
    public async Task Search_terms_are_matched_literally_even_with_like_wildcards()
    {
        await Store.ApplyPublishedAsync(Make.Published(_hub, Guid.NewGuid(), 1, name: "Carla 100% digitale"));
        await Store.ApplyPublishedAsync(Make.Published(_hub, Guid.NewGuid(), 1, name: "Dario Gialli"));

        Assert.Single((await Store.SearchAsync(new ExpertSearch { HubId = _hub, Terms = ["100%"] })).Items);
        Assert.Single((await Store.SearchAsync(new ExpertSearch { HubId = _hub, Terms = ["%"] })).Items);
        Assert.Empty((await Store.SearchAsync(new ExpertSearch { HubId = _hub, Terms = ["d_rio"] })).Items);
    }

    [Fact]
    public async Task Counts_per_hub_leave_out_retired_experts()
    {
        var kept = Guid.NewGuid();
        var gone = Guid.NewGuid();
        await Store.ApplyPublishedAsync(Make.Published(_hub, kept, 1));
        await Store.ApplyPublishedAsync(Make.Published(_hub, gone, 1));
        await Store.ApplyRetiredAsync(Make.Retired(_hub, gone, 2));

        var counts = await Store.CountByHubAsync();

        Assert.Equal(1, counts[_hub]);
    }

    [Fact]
    public async Task Availability_summaries_apply_only_when_newer_in_their_own_sequence()
    {
        var id = Guid.NewGuid();
        var at = Make.Epoch.AddDays(3);
        // The profile is at version 7; the summaries count from 1 on their own.
        await Store.ApplyPublishedAsync(Make.Published(_hub, id, 7));
        var second = Make.Availability(_hub, id, 2, at, at.AddDays(1), freeBrainstorming: 12, freeFollowup: 4);

        Assert.True(await Store.ApplyAvailabilityAsync(second));
        Assert.False(await Store.ApplyAvailabilityAsync(second));
        Assert.False(await Store.ApplyAvailabilityAsync(second with { EventId = Guid.NewGuid(), NextFreeBrainstorming = at.AddDays(9) }));
        Assert.False(await Store.ApplyAvailabilityAsync(Make.Availability(_hub, id, 1, at.AddDays(-1))));

        var stored = (await Store.GetAsync(_hub, id))!;
        Assert.Equal(7, stored.Version);
        Assert.Equal(2, stored.Availability!.Version);
        Assert.Equal(at, stored.Availability.NextFreeBrainstorming);
        Assert.Equal(at.AddDays(1), stored.Availability.NextFreeFollowup);
        Assert.Equal(12, stored.Availability.FreeBrainstormingSlotsNext14Days);
        Assert.Equal(4, stored.Availability.FreeFollowupSlotsNext14Days);
        Assert.Equal(second.OccurredAt, stored.Availability.SummarisedAt);

        // A newer summary saying "nothing free" clears the slots.
        Assert.True(await Store.ApplyAvailabilityAsync(Make.Availability(_hub, id, 3, null, null, 0, 0)));
        var cleared = (await Store.GetAsync(_hub, id))!.Availability!;
        Assert.Null(cleared.NextFreeBrainstorming);
        Assert.Equal(0, cleared.FreeBrainstormingSlotsNext14Days);

        // A profile change leaves the summary alone.
        Assert.True(await Store.ApplyPublishedAsync(Make.Published(_hub, id, 8, name: "Renamed")));
        Assert.Equal(3, (await Store.GetAsync(_hub, id))!.Availability!.Version);
    }

    [Fact]
    public async Task A_summary_that_arrives_before_the_profile_shows_once_the_expert_is_published()
    {
        var id = Guid.NewGuid();
        var at = Make.Epoch.AddDays(2);
        Assert.True(await Store.ApplyAvailabilityAsync(Make.Availability(_hub, id, 1, at)));
        Assert.Empty((await Store.SearchAsync(new ExpertSearch { HubId = _hub })).Items);

        await Store.ApplyPublishedAsync(Make.Published(_hub, id, 1));

        var listed = Assert.Single((await Store.SearchAsync(new ExpertSearch { HubId = _hub })).Items);
        Assert.Equal(at, listed.Availability!.NextFreeBrainstorming);
    }

    [Fact]
    public async Task Summaries_in_parallel_and_shuffled_end_at_the_highest_version()
    {
        var id = Guid.NewGuid();
        await Store.ApplyPublishedAsync(Make.Published(_hub, id, 1));
        var events = Enumerable.Range(1, 40).Select(v => Make.Availability(_hub, id, v, Make.Epoch.AddHours(v))).ToArray();
        new Random(11).Shuffle(events);

        await Task.WhenAll(events.Select(e => Task.Run(() => Store.ApplyAvailabilityAsync(e))));

        var stored = (await Store.GetAsync(_hub, id))!.Availability!;
        Assert.Equal(40, stored.Version);
        Assert.Equal(Make.Epoch.AddHours(40), stored.NextFreeBrainstorming);
    }

    [Fact]
    public async Task Search_by_several_topics_matches_any_and_by_language_and_free_slot()
    {
        var at = Make.Epoch.AddDays(1);
        var ada = Guid.NewGuid();
        var bea = Guid.NewGuid();
        var cid = Guid.NewGuid();
        await Store.ApplyPublishedAsync(Make.Published(_hub, ada, 1, name: "Ada", competencies: [Topics.Energy.Code], languages: ["it", "en"]));
        await Store.ApplyPublishedAsync(Make.Published(_hub, bea, 1, name: "Bea", competencies: [Topics.Grants.Code], languages: ["it"]));
        await Store.ApplyPublishedAsync(Make.Published(_hub, cid, 1, name: "Cid", competencies: [Topics.AiData.Code], languages: ["de"]));
        await Store.ApplyAvailabilityAsync(Make.Availability(_hub, ada, 1, at.AddDays(2)));
        await Store.ApplyAvailabilityAsync(Make.Availability(_hub, bea, 1, at.AddDays(10)));

        async Task<IEnumerable<string?>> Names(ExpertSearch search) => (await Store.SearchAsync(search with { HubId = _hub })).Items.Select(e => e.Name);

        Assert.Equal(["Ada", "Bea"], await Names(new ExpertSearch { Topics = [Topics.Energy.Code, Topics.Grants.Code] }));
        Assert.Equal(["Ada"], await Names(new ExpertSearch { Language = "en" }));
        Assert.Equal(["Ada"], await Names(new ExpertSearch { FreeBy = at.AddDays(3) }));
        Assert.Equal(["Ada", "Bea"], await Names(new ExpertSearch { FreeBy = at.AddDays(10) }));
        Assert.Empty(await Names(new ExpertSearch { FreeBy = at.AddDays(3), Language = "de" }));
    }

    private static string Snapshot(ExpertRecord? record) => JsonSerializer.Serialize(record);
}
