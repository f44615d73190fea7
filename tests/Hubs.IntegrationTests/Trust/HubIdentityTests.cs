using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Hubs.IntegrationTests.Infrastructure;
using RabbitMQ.Client.Exceptions;

namespace Hubs.IntegrationTests.Trust;

/// <summary>
/// No hub can speak for another on the broker: each connects as its own user, the broker validates the AMQP
/// <c>user_id</c>, and the directory refuses an event whose hub is not the publisher's. The move of a failed event to
/// <c>directory_error</c> still works although the event carries a hub's <c>user_id</c>.
/// </summary>
public sealed class HubIdentityTests(HubIdentityTests.Hubs hubs) : IClassFixture<HubIdentityTests.Hubs>
{
    private const string Novara = "novara";
    private const string Caserta = "caserta";
    private const string ExpertPublished = "hubs.expert-published";

    private readonly TestFederation _federation = hubs.Federation;

    public sealed class Hubs() : FederationFixture(Novara, Caserta);

    [Fact]
    public async Task An_event_from_one_hubs_user_claiming_another_hub_is_refused_without_touching_the_directory()
    {
        var marker = "Forge" + Guid.NewGuid().ToString("N")[..8];
        var envelope = await RealEnvelopes.ExpertPublishedAsync(_federation, Novara, marker);
        await using var novara = await AmqpPublisher.ConnectAsync(_federation.BrokerUriFor(BrokerUsers.Hub(Novara)));

        // Three forgeries by hub-novara's user: for caserta, for a hub not even running, and for caserta without a user_id.
        var forged = new[]
        {
            (Envelope: Forge(envelope, Caserta, $"Caserta {marker}"), UserId: (string?)BrokerUsers.Hub(Novara)),
            (Envelope: Forge(envelope, "bari", $"Bari {marker}"), UserId: (string?)BrokerUsers.Hub(Novara)),
            (Envelope: Forge(envelope, Caserta, $"Anonymous {marker}"), UserId: (string?)null),
        };
        foreach (var (message, userId) in forged)
        {
            await novara.PublishAsync(ExpertPublished, Body(message), userId);
        }

        // The same body for novara itself goes through: the forgeries were refused for who sent them, nothing else.
        await novara.PublishAsync(ExpertPublished, Body(Forge(envelope, Novara, $"Novara {marker}")), BrokerUsers.Hub(Novara));

        var eventIds = forged.Select(f => f.Envelope["message"]!["eventId"]!.GetValue<string>()).ToList();
        var refusals = await Eventually.Until(
            () => Task.FromResult(RefusalLines(eventIds)),
            lines => lines.Count == forged.Length,
            TimeSpan.FromSeconds(30),
            "the directory to log a refusal of each forged event");
        Assert.Equal(2, refusals.Count(l => l.EndsWith(": Impersonation", StringComparison.Ordinal)));
        Assert.Single(refusals, l => l.EndsWith(": Unidentified", StringComparison.Ordinal));

        var names = await Eventually.Until(() => NamesAsync(marker), found => found.Contains($"Novara {marker}"), what: "the genuine event");
        Assert.Equal([$"Novara {marker}", $"Real {marker}"], names.Order(StringComparer.Ordinal));
        Assert.Equal(0, await ExpertCountAsync(Caserta, marker));
    }

    [Fact]
    public async Task A_publish_whose_user_id_is_not_the_connections_user_is_refused_by_the_broker_with_406()
    {
        await using var novara = await AmqpPublisher.ConnectAsync(_federation.BrokerUriFor(BrokerUsers.Hub(Novara)));

        await using var channel = await PublishRefusedAsync(novara, ExpertPublished, BrokerUsers.Hub(Caserta));

        Assert.Equal((ushort)406, channel.CloseReason?.ReplyCode);
        Assert.Contains("user_id", channel.CloseReason?.ReplyText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_hubs_user_may_neither_ask_for_snapshots_nor_read_the_directorys_queue()
    {
        await using var novara = await AmqpPublisher.ConnectAsync(_federation.BrokerUriFor(BrokerUsers.Hub(Novara)));

        await using var snapshot = await PublishRefusedAsync(novara, "hubs.snapshot-requested", BrokerUsers.Hub(Novara));
        Assert.Equal((ushort)403, snapshot.CloseReason?.ReplyCode);

        await using var connection = await new RabbitMQ.Client.ConnectionFactory { Uri = new Uri(_federation.BrokerUriFor(BrokerUsers.Hub(Novara))) }
            .CreateConnectionAsync();
        await using var reader = await connection.CreateChannelAsync();
        var refused = await Assert.ThrowsAnyAsync<OperationInterruptedException>(() =>
            reader.BasicGetAsync("directory", autoAck: false));
        Assert.Equal((ushort)403, refused.ShutdownReason?.ReplyCode);
    }

    [Fact]
    public async Task An_event_the_directory_cannot_process_lands_in_directory_error_once_and_the_next_ones_are_consumed()
    {
        var marker = "Poison" + Guid.NewGuid().ToString("N")[..8];
        var envelope = await RealEnvelopes.ExpertPublishedAsync(_federation, Novara, marker);
        await using var novara = await AmqpPublisher.ConnectAsync(_federation.BrokerUriFor(BrokerUsers.Hub(Novara)));

        // Accepted by the broker and by the identity check (novara's own user, novara's event), but its version is no
        // number: every delivery fails, so after the retries MassTransit moves it, as the directory's user, to _error.
        var poison = Forge(envelope, Novara, $"Poison {marker}");
        poison["message"]!["version"] = "not-a-number";
        var poisonId = poison["message"]!["eventId"]!.GetValue<string>();
        await novara.PublishAsync(ExpertPublished, Body(poison), BrokerUsers.Hub(Novara));

        var errors = await Eventually.Until(
            () => ErrorMessagesAsync(poisonId),
            found => found.Count >= 1,
            TimeSpan.FromSeconds(30),
            "the poison event in directory_error");

        await novara.PublishAsync(ExpertPublished, Body(Forge(envelope, Novara, $"Next {marker}")), BrokerUsers.Hub(Novara));

        await Eventually.Until(() => NamesAsync(marker), found => found.Contains($"Next {marker}"), what: "the next event consumed");

        // Once, not again and again: a refused move (406) would leave it in the directory's queue to fail for ever.
        await Task.Delay(TimeSpan.FromSeconds(3));
        errors = await ErrorMessagesAsync(poisonId);
        Assert.Single(errors);
        Assert.Null(errors[0]["properties"]!["user_id"]);
        Assert.DoesNotContain($"Poison {marker}", await NamesAsync(marker));
    }

    [Fact]
    public async Task A_referral_or_a_referral_status_from_a_hub_that_may_not_send_it_is_refused_by_the_receiving_hub()
    {
        var marker = "Referral" + Guid.NewGuid().ToString("N")[..8];
        var envelope = await RealEnvelopes.ExpertPublishedAsync(_federation, Novara, marker);
        await using var caserta = await AmqpPublisher.ConnectAsync(_federation.BrokerUriFor(BrokerUsers.Hub(Caserta)));

        // hub-caserta's user puts businesses in novara's queue in lomazzo's name and in the directory's name, and
        // claims a status of a referral held by novara: all refused. Its referral in its own name goes through.
        var forgedForHub = Referral(envelope, fromHubId: "lomazzo", $"Forged {marker}");
        var forgedForDirectory = Referral(envelope, fromHubId: null, $"Undirected {marker}");
        var genuine = Referral(envelope, fromHubId: Caserta, $"Genuine {marker}");
        var forgedStatus = Status(envelope, holderHubId: Novara, fromHubId: Caserta);
        await caserta.PublishAsync(BrokerUsers.Hub(Novara), Body(forgedForHub), BrokerUsers.Hub(Caserta));
        await caserta.PublishAsync(BrokerUsers.Hub(Novara), Body(forgedForDirectory), BrokerUsers.Hub(Caserta));
        await caserta.PublishAsync("hubs.referral-status-changed", Body(forgedStatus), BrokerUsers.Hub(Caserta));
        await caserta.PublishAsync(BrokerUsers.Hub(Novara), Body(genuine), BrokerUsers.Hub(Caserta));

        await Eventually.Until(
            () => _federation.GatewayClient.GetStringAsync($"/api/hubs/{Novara}/referrals/incoming"),
            body => body.Contains($"Genuine {marker}", StringComparison.Ordinal),
            TimeSpan.FromSeconds(30),
            "the genuine referral at novara");
        var referralRefusals = await Eventually.Until(
            () => Task.FromResult(Refusals(_federation.Hubs[Novara], "ReferBusiness", [Id(forgedForHub), Id(forgedForDirectory)])),
            lines => lines.Count == 2,
            TimeSpan.FromSeconds(30),
            "novara to refuse both forged referrals");
        Assert.All(referralRefusals, l => Assert.EndsWith(": Impersonation", l, StringComparison.Ordinal));

        // The status reaches every hub's queue; caserta, named as the referrer, is the one it was meant to mislead.
        var statusRefusal = await Eventually.Until(
            () => Task.FromResult(Refusals(_federation.Hubs[Caserta], "ReferralStatusChanged", [Id(forgedStatus)])),
            lines => lines.Count == 1,
            TimeSpan.FromSeconds(30),
            "caserta to refuse the forged status");
        Assert.EndsWith(": Impersonation", statusRefusal[0], StringComparison.Ordinal);

        var incoming = await _federation.GatewayClient.GetStringAsync($"/api/hubs/{Novara}/referrals/incoming");
        Assert.DoesNotContain($"Forged {marker}", incoming, StringComparison.Ordinal);
        Assert.DoesNotContain($"Undirected {marker}", incoming, StringComparison.Ordinal);
    }

    /// <summary>A warm referral to novara in MassTransit's envelope, as a hub (or the directory, when null) would send it.</summary>
    private static JsonObject Referral(JsonObject envelope, string? fromHubId, string companyName) => Envelope(envelope, "hubs:refer-business:v1", new JsonObject
    {
        ["referralId"] = Guid.NewGuid().ToString(),
        ["occurredAt"] = DateTimeOffset.UtcNow.ToString("O"),
        ["fromHubId"] = fromHubId,
        ["toHubId"] = Novara,
        ["intake"] = new JsonObject
        {
            ["companyName"] = companyName,
            ["atecoSection"] = "C",
            ["sizeClass"] = "micro",
            ["provinceCode"] = "NO",
            ["topics"] = new JsonArray("grants"),
            ["need"] = "Un bando per la fabbrica.",
            ["email"] = $"referral-{Guid.NewGuid():N}@example.it",
            ["consentVersion"] = "privacy-2026-01",
            ["consentAt"] = DateTimeOffset.UtcNow.ToString("O"),
        },
    });

    private static JsonObject Status(JsonObject envelope, string holderHubId, string fromHubId) => Envelope(envelope, "hubs:referral-status-changed:v1", new JsonObject
    {
        ["hubId"] = holderHubId,
        ["occurredAt"] = DateTimeOffset.UtcNow.ToString("O"),
        ["version"] = 2,
        ["referralId"] = Guid.NewGuid().ToString(),
        ["fromHubId"] = fromHubId,
        ["toHubId"] = holderHubId,
        ["status"] = "closed",
    });

    /// <summary>A real envelope carrying another message: its type, a new id (also the message's eventId) and the body.</summary>
    private static JsonObject Envelope(JsonObject envelope, string urn, JsonObject message)
    {
        var forged = envelope.DeepClone().AsObject();
        var eventId = Guid.CreateVersion7().ToString();
        message["eventId"] = eventId;
        forged["messageId"] = eventId;
        forged["messageType"] = new JsonArray($"urn:message:{urn}");
        forged["message"] = message;
        return forged;
    }

    private static string Id(JsonObject envelope) => envelope["messageId"]!.GetValue<string>();

    private static List<string> Refusals(ServiceProcess process, string messageType, IReadOnlyList<string> ids) =>
        [.. process.Output.Where(l => l.Contains($"Refused {messageType}", StringComparison.Ordinal)
            && ids.Any(id => l.Contains(id, StringComparison.Ordinal))).Select(l => l.Trim())];

    /// <summary>The envelope as another event: new ids, the hub and the name given.</summary>
    private static JsonObject Forge(JsonObject envelope, string hubId, string name)
    {
        var forged = envelope.DeepClone().AsObject();
        var eventId = Guid.CreateVersion7().ToString();
        forged["messageId"] = eventId;
        forged["message"]!["eventId"] = eventId;
        forged["message"]!["expertId"] = Guid.NewGuid().ToString();
        forged["message"]!["hubId"] = hubId;
        forged["message"]!["name"] = name;
        return forged;
    }

    private static byte[] Body(JsonObject envelope) => Encoding.UTF8.GetBytes(envelope.ToJsonString());

    /// <summary>Publishes what the broker must refuse; returns the channel, which the broker closed with the refusal as its reason.</summary>
    private static async Task<RabbitMQ.Client.IChannel> PublishRefusedAsync(AmqpPublisher publisher, string exchange, string userId)
    {
        var channel = await publisher.OpenChannelAsync();
        await Assert.ThrowsAnyAsync<Exception>(() => AmqpPublisher.PublishAsync(channel, exchange, Encoding.UTF8.GetBytes("{}"), userId));
        await Eventually.Until(() => Task.FromResult(channel.IsClosed), closed => closed, TimeSpan.FromSeconds(10), "the broker to close the channel");
        return channel;
    }

    private List<string> RefusalLines(IReadOnlyList<string> eventIds) =>
        [.. _federation.Directory.Output.Where(l => l.Contains("Refused ExpertPublished", StringComparison.Ordinal)
            && eventIds.Any(id => l.Contains(id, StringComparison.Ordinal))).Select(l => l.Trim())];

    private async Task<IReadOnlyList<JsonObject>> ErrorMessagesAsync(string eventId) =>
        [.. (await _federation.Broker.PeekMessagesAsync(_federation.VirtualHost, "directory_error"))
            .Where(m => m["payload"]!.GetValue<string>().Contains(eventId, StringComparison.Ordinal))];

    private async Task<HashSet<string>> NamesAsync(string marker)
    {
        var page = await _federation.GatewayClient.GetFromJsonAsync<JsonObject>($"/api/directory/experts?q={marker}&pageSize=100");
        return page!["items"]!.AsArray().Select(e => e!["name"]!.GetValue<string>()).ToHashSet(StringComparer.Ordinal);
    }

    private async Task<int> ExpertCountAsync(string hubId, string marker)
    {
        var page = await _federation.GatewayClient.GetFromJsonAsync<JsonObject>($"/api/directory/experts?q={marker}&hub={hubId}&pageSize=100");
        return page!["items"]!.AsArray().Count;
    }
}
