using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Hubs.IntegrationTests.Infrastructure;
using Hubs.ReliabilityTests.Support;
using Xunit.Abstractions;

namespace Hubs.ReliabilityTests.PoisonMessages;

/// <summary>
/// Scenario 4: poison on the directory's exchange, published by a genuine hub user (so the broker and the identity check
/// let it through): a body that is no JSON at all and an envelope whose event cannot be read (an expert id that is no
/// GUID). Each lands in <c>directory_error</c> once, and the directory goes on with the valid events after them.
/// </summary>
public sealed class PoisonMessageTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const string HubId = "lomazzo";
    private const string ExpertPublished = "hubs.expert-published";
    private const int ValidAfter = 5;

    private TestFederation _federation = null!;

    public async Task InitializeAsync() => _federation = await TestFederation.StartAsync(HubId);

    // Also when InitializeAsync failed: nothing started, nothing to stop (not a NullReferenceException hiding the cause).
    public async Task DisposeAsync()
    {
        if (_federation is not null)
        {
            await _federation.DisposeAsync();
        }
    }

    [Fact]
    public async Task Undeserialisable_and_invalid_events_land_in_directory_error_once_and_the_valid_ones_after_them_are_consumed()
    {
        var marker = "Poison" + Guid.NewGuid().ToString("N")[..8];
        var envelope = await RealEnvelopes.ExpertPublishedAsync(_federation, HubId, marker);
        await using var hub = await AmqpPublisher.ConnectAsync(_federation.BrokerUriFor(BrokerUsers.Hub(HubId)));
        var user = BrokerUsers.Hub(HubId);

        var garbage = Encoding.UTF8.GetBytes($"{{ this is not JSON {marker}-garbage ]");
        var unreadable = Forge(envelope, $"Unreadable {marker}");
        unreadable["message"]!["expertId"] = $"not-a-guid-{marker}";
        var unreadableId = unreadable["message"]!["eventId"]!.GetValue<string>();
        await hub.PublishAsync(ExpertPublished, garbage, user);
        await hub.PublishAsync(ExpertPublished, Body(unreadable), user);

        var valid = Enumerable.Range(0, ValidAfter).Select(i => Forge(envelope, $"Valid{i} {marker}")).ToList();
        foreach (var message in valid)
        {
            await hub.PublishAsync(ExpertPublished, Body(message), user);
        }

        var expected = valid.Select(v => v["message"]!["name"]!.GetValue<string>()).Append($"Real {marker}").ToHashSet();
        var names = await Eventually.Until(
            () => NamesAsync(marker),
            found => found.IsSupersetOf(expected),
            TimeSpan.FromSeconds(30),
            "the valid events after the poison to be consumed");
        await Eventually.Until(
            () => ErrorCountAsync(marker),
            count => count >= 2,
            TimeSpan.FromSeconds(30),
            "both poison messages in directory_error");

        // Once each, not again and again: a failed move would leave them in the directory's queue to fail for ever.
        await Task.Delay(TimeSpan.FromSeconds(3));
        var errors = await ErrorMessagesAsync(marker);
        var garbageInError = errors.Count(p => p.Contains($"{marker}-garbage", StringComparison.Ordinal));
        var unreadableInError = errors.Count(p => p.Contains(unreadableId, StringComparison.Ordinal));

        ReliabilityReport.Print(output, "poison-message",
            ("sent", 2 + ValidAfter),
            ("poison", 2),
            ("in-error", errors.Count),
            ("valid", ValidAfter),
            ("received", names.Count(n => n.StartsWith("Valid", StringComparison.Ordinal))),
            ("lost", expected.Count(e => !names.Contains(e))),
            ("duplicated", errors.Count - 2));

        Assert.Equal(1, garbageInError);
        Assert.Equal(1, unreadableInError);
        Assert.Equal(2, errors.Count);
        Assert.Equal(expected.Order(StringComparer.Ordinal), names.Order(StringComparer.Ordinal));
    }

    /// <summary>The envelope as a new event of the same hub: new ids, the name given.</summary>
    private static JsonObject Forge(JsonObject envelope, string name)
    {
        var forged = envelope.DeepClone().AsObject();
        var eventId = Guid.CreateVersion7().ToString();
        forged["messageId"] = eventId;
        forged["message"]!["eventId"] = eventId;
        forged["message"]!["expertId"] = Guid.NewGuid().ToString();
        forged["message"]!["name"] = name;
        return forged;
    }

    private static byte[] Body(JsonObject envelope) => Encoding.UTF8.GetBytes(envelope.ToJsonString());

    private async Task<List<string>> ErrorMessagesAsync(string marker) =>
        [.. (await _federation.Broker.PeekMessagesAsync(_federation.VirtualHost, "directory_error"))
            .Select(m => m["payload"]!.GetValue<string>())
            .Where(p => p.Contains(marker, StringComparison.Ordinal))];

    private async Task<int> ErrorCountAsync(string marker) => (await ErrorMessagesAsync(marker)).Count;

    private async Task<HashSet<string>> NamesAsync(string marker)
    {
        var page = await _federation.GatewayClient.GetFromJsonAsync<JsonObject>($"/api/directory/experts?q={marker}&pageSize=100");
        return page!["items"]!.AsArray().Select(e => e!["name"]!.GetValue<string>()).ToHashSet(StringComparer.Ordinal);
    }
}
