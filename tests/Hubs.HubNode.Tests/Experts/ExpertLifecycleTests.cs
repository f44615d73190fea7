using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Hubs.Contracts.Events;
using Hubs.HubNode.Experts;
using Hubs.ServiceDefaults.Outbox;
using Hubs.HubNode.Tests.Support;

namespace Hubs.HubNode.Tests.Experts;

public sealed class ExpertLifecycleTests
{
    [Fact]
    public async Task Create_update_retire_gives_versions_1_2_3_through_the_outbox_to_the_bus()
    {
        using var db = new TempDatabase();
        await using var factory = new HubNodeFactory(db.Path, "lomazzo");
        var client = factory.CreateClient();

        var created = await client.PostAsJsonAsync("/api/hubs/lomazzo/experts", ExpertBodies.Valid());
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var expert = (await created.Content.ReadFromJsonAsync<ExpertResponse>())!;
        Assert.Equal(7, expert.Id.Version);
        Assert.Equal(1, expert.Version);
        Assert.Equal($"/api/hubs/lomazzo/experts/{expert.Id}", created.Headers.Location?.OriginalString);
        Assert.Equal("\"1\"", created.Headers.ETag?.Tag);
        Assert.Equal(["ecommerce", "digital-marketing"], expert.Competencies);

        var read = await client.GetFromJsonAsync<ExpertResponse>($"/api/hubs/lomazzo/experts/{expert.Id}");
        Assert.Equal(1, read!.Version);

        var update = ExpertBodies.Valid("Anna Verdi Rossi");
        update["languages"] = new[] { "it", "en", "fr" };
        var updated = await client.PutAsJsonAsync($"/api/hubs/lomazzo/experts/{expert.Id}", update);
        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        Assert.Equal(2, (await updated.Content.ReadFromJsonAsync<ExpertResponse>())!.Version);

        read = await client.GetFromJsonAsync<ExpertResponse>($"/api/hubs/lomazzo/experts/{expert.Id}");
        Assert.Equal(2, read!.Version);
        Assert.Equal("Anna Verdi Rossi", read.Name);
        Assert.Equal(["it", "en", "fr"], read.Languages);

        var list = await client.GetFromJsonAsync<ExpertResponse[]>("/api/hubs/lomazzo/experts");
        Assert.Contains(list!, e => e.Id == expert.Id && e.Version == 2);

        var retired = await client.DeleteAsync($"/api/hubs/lomazzo/experts/{expert.Id}");
        Assert.Equal(HttpStatusCode.NoContent, retired.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/hubs/lomazzo/experts/{expert.Id}")).StatusCode);
        list = await client.GetFromJsonAsync<ExpertResponse[]>("/api/hubs/lomazzo/experts");
        Assert.DoesNotContain(list!, e => e.Id == expert.Id);

        var outbox = await StoreFile.OutboxForExpertAsync(db.Path, expert.Id);
        Assert.Equal(
            [(OutboxMessageTypes.NameOf(typeof(ExpertPublished)), 1L), (OutboxMessageTypes.NameOf(typeof(ExpertPublished)), 2L), (OutboxMessageTypes.NameOf(typeof(ExpertRetired)), 3L)],
            outbox.Select(r => (r.MessageType, JsonDocument.Parse(r.Payload).RootElement.GetProperty("version").GetInt64())));

        var harness = factory.Harness;
        foreach (var version in new long[] { 1, 2 })
        {
            Assert.True(await harness.WithinAsync<ExpertPublished>(m =>
                m.Context.Message.ExpertId == expert.Id && m.Context.Message.Version == version
                && m.Context.Message.HubId == "lomazzo" && m.Context.MessageId == m.Context.Message.EventId),
                $"ExpertPublished v{version} was not published with MessageId = EventId");
        }

        Assert.True(await harness.WithinAsync<ExpertRetired>(m =>
            m.Context.Message.ExpertId == expert.Id && m.Context.Message.Version == 3 && m.Context.MessageId == m.Context.Message.EventId));
        Assert.True(await harness.WithinAsync<ExpertPublished>(m =>
            m.Context.Message.ExpertId == expert.Id && m.Context.Message.Version == 2 && m.Context.Message.Name == "Anna Verdi Rossi"
            && m.Context.Message.Languages.SequenceEqual(new[] { "it", "en", "fr" })));

        var sent = await StoreFile.AllSentAsync(db.Path);
        Assert.All(sent, r => Assert.NotNull(r.SentAt));
    }

    [Fact]
    public async Task A_put_with_the_same_content_changes_nothing_and_writes_no_event()
    {
        using var db = new TempDatabase();
        await using var factory = HubNodeFactory.ForTestHub(db.Path);
        var client = factory.CreateClient();
        var expert = (await (await client.PostAsJsonAsync($"/api/hubs/{TestHub.Id}/experts", ExpertBodies.Valid())).Content.ReadFromJsonAsync<ExpertResponse>())!;
        var before = await StoreFile.OutboxCountAsync(db.Path);

        var again = await client.PutAsJsonAsync($"/api/hubs/{TestHub.Id}/experts/{expert.Id}", ExpertBodies.Valid());

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(1, (await again.Content.ReadFromJsonAsync<ExpertResponse>())!.Version);
        Assert.Equal(before, await StoreFile.OutboxCountAsync(db.Path));
    }

    [Fact]
    public async Task If_match_with_the_current_version_succeeds_and_duplicate_competencies_collapse()
    {
        using var db = new TempDatabase();
        await using var factory = HubNodeFactory.ForTestHub(db.Path);
        var client = factory.CreateClient();
        var expert = (await (await client.PostAsJsonAsync($"/api/hubs/{TestHub.Id}/experts",
            ExpertBodies.With("competencies", new[] { "grants", "grants", "energy" }))).Content.ReadFromJsonAsync<ExpertResponse>())!;
        Assert.Equal(["grants", "energy"], expert.Competencies);

        using var put = new HttpRequestMessage(HttpMethod.Put, $"/api/hubs/{TestHub.Id}/experts/{expert.Id}")
        {
            Content = JsonContent.Create(ExpertBodies.Valid("Anna Bianchi")),
        };
        put.Headers.TryAddWithoutValidation("If-Match", "\"1\"");
        var updated = await client.SendAsync(put);
        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        Assert.Equal("\"2\"", updated.Headers.ETag?.Tag);

        using var delete = new HttpRequestMessage(HttpMethod.Delete, $"/api/hubs/{TestHub.Id}/experts/{expert.Id}");
        delete.Headers.TryAddWithoutValidation("If-Match", "\"2\"");
        Assert.Equal(HttpStatusCode.NoContent, (await client.SendAsync(delete)).StatusCode);
    }

    [Fact]
    public async Task Concurrent_updates_with_the_same_if_match_let_exactly_one_win()
    {
        using var db = new TempDatabase();
        await using var factory = HubNodeFactory.ForTestHub(db.Path);
        var client = factory.CreateClient();
        var expert = (await (await client.PostAsJsonAsync($"/api/hubs/{TestHub.Id}/experts", ExpertBodies.Valid())).Content.ReadFromJsonAsync<ExpertResponse>())!;

        var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(i =>
        {
            var put = new HttpRequestMessage(HttpMethod.Put, $"/api/hubs/{TestHub.Id}/experts/{expert.Id}")
            {
                Content = JsonContent.Create(ExpertBodies.Valid($"Writer {i}")),
            };
            put.Headers.TryAddWithoutValidation("If-Match", "\"1\"");
            return client.SendAsync(put);
        }));

        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.OK);
        Assert.All(responses.Where(r => r.StatusCode != HttpStatusCode.OK), r => Assert.Equal(HttpStatusCode.PreconditionFailed, r.StatusCode));
        var outbox = await StoreFile.OutboxForExpertAsync(db.Path, expert.Id);
        Assert.Equal([1L, 2L], outbox.Select(r => JsonDocument.Parse(r.Payload).RootElement.GetProperty("version").GetInt64()));
    }
}
