using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Hubs.Contracts.Events;
using Hubs.ServiceDefaults.Outbox;
using Hubs.HubNode.Practices;
using Hubs.HubNode.Tests.Support;

namespace Hubs.HubNode.Tests.Practices;

public sealed class PracticeLifecycleTests
{
    [Fact]
    public async Task Publish_revise_withdraw_gives_versions_1_2_3_through_the_outbox_to_the_bus()
    {
        using var db = new TempDatabase();
        await using var factory = new HubNodeFactory(db.Path, "lomazzo");
        var client = factory.CreateClient();

        var created = await client.PostAsJsonAsync("/api/hubs/lomazzo/practices", PracticeBodies.Valid());
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var practice = (await created.Content.ReadFromJsonAsync<PracticeResponse>())!;
        Assert.Equal(7, practice.Id.Version);
        Assert.Equal(1, practice.Version);
        Assert.Equal($"/api/hubs/lomazzo/practices/{practice.Id}", created.Headers.Location?.OriginalString);
        Assert.Equal("\"1\"", created.Headers.ETag?.Tag);
        Assert.Equal(["ecommerce", "digital-marketing"], practice.Topics);
        Assert.Equal("it", practice.Language);
        Assert.StartsWith("## Steps", practice.BodyMarkdown, StringComparison.Ordinal);
        Assert.Contains("\n    indented code stays", practice.BodyMarkdown, StringComparison.Ordinal);
        Assert.Equal(practice.PublishedAt, practice.UpdatedAt);

        var revision = PracticeBodies.Valid("Online orders, revised");
        revision["links"] = Array.Empty<string>();
        revision["grantCallReference"] = null;
        revision["resultsAchieved"] = null;
        var revised = await client.PutAsJsonAsync($"/api/hubs/lomazzo/practices/{practice.Id}", revision);
        Assert.Equal(HttpStatusCode.OK, revised.StatusCode);
        Assert.Equal("\"2\"", revised.Headers.ETag?.Tag);
        var v2 = (await revised.Content.ReadFromJsonAsync<PracticeResponse>())!;
        Assert.Equal(2, v2.Version);
        Assert.Equal(practice.PublishedAt, v2.PublishedAt);
        Assert.Empty(v2.Links);
        Assert.Null(v2.GrantCallReference);
        Assert.Equal("", v2.ResultsAchieved);

        var list = await client.GetFromJsonAsync<PracticeResponse[]>("/api/hubs/lomazzo/practices");
        Assert.Contains(list!, p => p.Id == practice.Id && p.Version == 2 && p.Title == "Online orders, revised");

        var withdrawn = await client.DeleteAsync($"/api/hubs/lomazzo/practices/{practice.Id}");
        Assert.Equal(HttpStatusCode.NoContent, withdrawn.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/hubs/lomazzo/practices/{practice.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.DeleteAsync($"/api/hubs/lomazzo/practices/{practice.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.PutAsJsonAsync($"/api/hubs/lomazzo/practices/{practice.Id}", PracticeBodies.Valid())).StatusCode);
        list = await client.GetFromJsonAsync<PracticeResponse[]>("/api/hubs/lomazzo/practices");
        Assert.DoesNotContain(list!, p => p.Id == practice.Id);

        var published = OutboxMessageTypes.NameOf(typeof(PracticePublished));
        var outbox = await PracticeFile.OutboxForAsync(db.Path, practice.Id);
        Assert.Equal(
            [(published, 1L), (published, 2L), (OutboxMessageTypes.NameOf(typeof(PracticeWithdrawn)), 3L)],
            outbox.Select(r => (r.MessageType, JsonDocument.Parse(r.Payload).RootElement.GetProperty("version").GetInt64())));

        var harness = factory.Harness;
        Assert.True(await harness.WithinAsync<PracticePublished>(m =>
            m.Context.Message.PracticeId == practice.Id && m.Context.Message.Version == 1 && m.Context.Message.HubId == "lomazzo"
            && m.Context.MessageId == m.Context.Message.EventId
            && m.Context.Message.Title == "From the bar counter to online orders"
            && m.Context.Message.Links.Count == 2 && m.Context.Message.Language == "it"
            && m.Context.Message.GrantCallReference == "PR FESR Lombardia 2021-2027, Azione 1.1.4"
            && m.Context.Message.Topics.SequenceEqual(new[] { "ecommerce", "digital-marketing" })),
            "PracticePublished v1 was not published with its content and MessageId = EventId");
        Assert.True(await harness.WithinAsync<PracticePublished>(m =>
            m.Context.Message.PracticeId == practice.Id && m.Context.Message.Version == 2
            && m.Context.Message.Links.Count == 0 && m.Context.Message.GrantCallReference is null && m.Context.Message.ResultsAchieved == ""));
        Assert.True(await harness.WithinAsync<PracticeWithdrawn>(m =>
            m.Context.Message.PracticeId == practice.Id && m.Context.Message.Version == 3 && m.Context.MessageId == m.Context.Message.EventId));

        var sent = await StoreFile.AllSentAsync(db.Path);
        Assert.All(sent, r => Assert.NotNull(r.SentAt));
    }

    [Fact]
    public async Task A_revision_with_the_same_content_changes_nothing_and_writes_no_event()
    {
        using var db = new TempDatabase();
        await using var factory = HubNodeFactory.ForTestHub(db.Path);
        var client = factory.CreateClient();
        var practice = (await (await client.PostAsJsonAsync($"/api/hubs/{TestHub.Id}/practices", PracticeBodies.Valid())).Content.ReadFromJsonAsync<PracticeResponse>())!;
        var before = await StoreFile.OutboxCountAsync(db.Path);

        // Surrounding white space is trimmed, so this is the same content.
        var again = await client.PutAsJsonAsync($"/api/hubs/{TestHub.Id}/practices/{practice.Id}",
            PracticeBodies.With("title", "  From the bar counter to online orders  "));

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(1, (await again.Content.ReadFromJsonAsync<PracticeResponse>())!.Version);
        Assert.Equal(before, await StoreFile.OutboxCountAsync(db.Path));
    }

    [Fact]
    public async Task The_list_is_most_recently_changed_first_and_duplicates_collapse()
    {
        using var db = new TempDatabase();
        await using var factory = HubNodeFactory.ForTestHub(db.Path);
        var client = factory.CreateClient();
        var first = (await (await client.PostAsJsonAsync($"/api/hubs/{TestHub.Id}/practices",
            PracticeBodies.With("topics", new[] { "grants", "grants", "energy" }))).Content.ReadFromJsonAsync<PracticeResponse>())!;
        Assert.Equal(["grants", "energy"], first.Topics);
        var second = (await (await client.PostAsJsonAsync($"/api/hubs/{TestHub.Id}/practices", PracticeBodies.Valid("Second"))).Content.ReadFromJsonAsync<PracticeResponse>())!;

        var list = (await client.GetFromJsonAsync<PracticeResponse[]>($"/api/hubs/{TestHub.Id}/practices"))!;
        Assert.Equal([second.Id, first.Id], list.Select(p => p.Id));

        (await client.PutAsJsonAsync($"/api/hubs/{TestHub.Id}/practices/{first.Id}", PracticeBodies.Valid("First, revised"))).EnsureSuccessStatusCode();
        list = (await client.GetFromJsonAsync<PracticeResponse[]>($"/api/hubs/{TestHub.Id}/practices"))!;
        Assert.Equal([first.Id, second.Id], list.Select(p => p.Id));
    }

    [Fact]
    public async Task Concurrent_revisions_with_the_same_if_match_let_exactly_one_win()
    {
        using var db = new TempDatabase();
        await using var factory = HubNodeFactory.ForTestHub(db.Path);
        var client = factory.CreateClient();
        var practice = (await (await client.PostAsJsonAsync($"/api/hubs/{TestHub.Id}/practices", PracticeBodies.Valid())).Content.ReadFromJsonAsync<PracticeResponse>())!;

        var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(i =>
        {
            var put = new HttpRequestMessage(HttpMethod.Put, $"/api/hubs/{TestHub.Id}/practices/{practice.Id}")
            {
                Content = JsonContent.Create(PracticeBodies.Valid($"Writer {i}")),
            };
            put.Headers.TryAddWithoutValidation("If-Match", "\"1\"");
            return client.SendAsync(put);
        }));

        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.OK);
        Assert.All(responses.Where(r => r.StatusCode != HttpStatusCode.OK), r => Assert.Equal(HttpStatusCode.PreconditionFailed, r.StatusCode));
        var outbox = await PracticeFile.OutboxForAsync(db.Path, practice.Id);
        Assert.Equal([1L, 2L], outbox.Select(r => JsonDocument.Parse(r.Payload).RootElement.GetProperty("version").GetInt64()));
    }

    [Fact]
    public void Practice_events_are_named_in_the_outbox_by_their_message_urn()
    {
        Assert.Equal("urn:message:hubs:practice-published:v1", OutboxMessageTypes.NameOf(typeof(PracticePublished)));
        Assert.Equal("urn:message:hubs:practice-withdrawn:v1", OutboxMessageTypes.NameOf(typeof(PracticeWithdrawn)));
        Assert.Equal(typeof(PracticePublished), OutboxMessageTypes.Find("urn:message:hubs:practice-published:v1"));
        Assert.Equal(typeof(PracticeWithdrawn), OutboxMessageTypes.Find("urn:message:hubs:practice-withdrawn:v1"));
    }
}
