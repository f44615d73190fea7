using System.Net;
using System.Text.Json;
using Hubs.Contracts.Events;
using Hubs.Exchange.Tests.Infrastructure;

namespace Hubs.Exchange.Tests.Adoptions;

/// <summary>A stored adoption reaches the network as <see cref="PracticeAdopted"/>: ids and topics, never the note.</summary>
public sealed class AdoptionPublishingTests(ExchangeApp app) : IClassFixture<ExchangeApp>
{
    [Fact]
    public async Task An_adoption_is_published_as_PracticeAdopted_without_its_note()
    {
        var author = Make.HubId();
        var adopter = Make.HubId();
        var practice = Guid.CreateVersion7();
        await app.PublishAndConsumeAsync(Make.Announced(author, 1));
        await app.PublishAndConsumeAsync(Make.Announced(adopter, 1));
        await app.PublishAndConsumeAsync(PracticeEvents.Published(author, practice, 2, topics: ["ecommerce", "export"]));
        const string note = "Adattato ai negozi di Ivrea, nota segreta 7Q.";

        var created = await app.Client.PostAsync($"/api/practices/{author}/{practice}/adoptions", Json.Body(new { adoptingHubId = adopter, note }));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var adoption = await Json.ReadAsync(created);
        var adoptionId = adoption.GetProperty("adoptionId").GetGuid();

        Assert.True(await app.Harness.Published.Any<PracticeAdopted>(p => p.Context.Message.AdoptionId == adoptionId));
        var published = app.Harness.Published.Select<PracticeAdopted>(p => p.Context.Message.AdoptionId == adoptionId).Single().Context;
        var e = published.Message;
        Assert.Equal(e.EventId, published.MessageId);
        Assert.NotEqual(Guid.Empty, e.EventId);
        Assert.Equal(adopter, e.HubId);
        Assert.Equal(author, e.PracticeHubId);
        Assert.Equal(practice, e.PracticeId);
        Assert.Equal(1, e.Version);
        Assert.Equal(adoption.GetProperty("adoptedAt").GetDateTimeOffset(), e.OccurredAt);
        Assert.Equal(["ecommerce", "export"], e.Topics);
        Assert.DoesNotContain("7Q", JsonSerializer.Serialize(e), StringComparison.Ordinal);
    }
}
