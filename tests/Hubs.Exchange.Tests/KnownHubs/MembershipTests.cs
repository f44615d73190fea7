using System.Net;
using System.Text.Json;
using Hubs.Contracts.Events;
using Hubs.Exchange.Tests.Infrastructure;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;

namespace Hubs.Exchange.Tests.KnownHubs;

/// <summary>The network's membership decisions (HubMembershipChanged from the directory) hide and show a hub's practices.</summary>
public sealed class MembershipTests(ExchangeApp app) : IClassFixture<ExchangeApp>
{
    private readonly string _hub = Make.HubId();
    private readonly Guid _practice = Guid.CreateVersion7();

    [Fact]
    public async Task A_suspended_hubs_practices_are_hidden_its_events_ignored_and_shown_again_once_admitted()
    {
        await app.PublishAndConsumeAsync(Make.Announced(_hub, 1, name: "Ivrea Hub"));
        await app.PublishAndConsumeAsync(PracticeEvents.Published(_hub, _practice, 1, title: "Vetrine online"));
        Assert.Equal(["Vetrine online"], await TitlesAsync());

        await MembershipAsync(suspended: true, version: 1);
        await Eventually.Until(TitlesAsync, titles => titles.Length == 0, "the practice to be hidden");
        Assert.Equal(HttpStatusCode.NotFound, (await app.Client.GetAsync($"/api/practices/{_hub}/{_practice}")).StatusCode);

        // Consumed while suspended, and ignored: the hub's changes of that time come back only through the hub itself.
        await app.PublishAndConsumeAsync(PracticeEvents.Published(_hub, _practice, 2, title: "Vetrine online, seconda edizione"));

        await MembershipAsync(suspended: false, version: 2);
        await Eventually.Until(TitlesAsync, titles => titles.Length == 1, "the practice to be shown again");
        Assert.Equal(["Vetrine online"], await TitlesAsync());

        // A late copy of the suspension changes nothing: the admission is newer.
        await MembershipAsync(suspended: true, version: 1);
        Assert.Equal(["Vetrine online"], await TitlesAsync());
    }

    private async Task MembershipAsync(bool suspended, long version)
    {
        var change = new HubMembershipChanged
        {
            HubId = _hub,
            Suspended = suspended,
            Version = version,
            EventId = Guid.CreateVersion7(),
            OccurredAt = DateTimeOffset.UtcNow,
        };
        await app.Harness.Bus.Publish(change, context => context.MessageId = change.EventId);
        await app.Services.GetRequiredService<ConsumedEvents>().WaitAsync(change.EventId);
    }

    private async Task<string[]> TitlesAsync() =>
        [.. (await Json.ReadAsync(await app.Client.GetAsync($"/api/practices?hub={_hub}"))).GetProperty("items")
            .EnumerateArray().Select(p => p.GetProperty("title").GetString()!)];
}
