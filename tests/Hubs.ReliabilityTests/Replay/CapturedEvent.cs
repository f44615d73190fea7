using System.Text.Json.Nodes;

namespace Hubs.ReliabilityTests.Replay;

/// <summary>
/// One raw MassTransit envelope a hub published, as a witness queue got it, with what it takes to publish it again
/// exactly: the exchange it was published to and the hub whose broker user may publish it.
/// </summary>
internal sealed record CapturedEvent(string Exchange, string HubId, string Body)
{
    // Published by the directory or the exchange under their own users, never by a hub.
    private static readonly HashSet<string> NotByHubs = new(StringComparer.Ordinal)
    {
        "network.hub-membership-changed", "hubs.snapshot-requested", "hubs.practice-adopted",
    };

    /// <summary>The envelope as a hub's event, or null for what no hub publishes (the directory's own commands and decisions).</summary>
    public static CapturedEvent? From(string body)
    {
        var envelope = JsonNode.Parse(body)!.AsObject();
        // rabbitmq://host:port/vhost/hubs.expert-published: the publish's exchange is the destination's last segment.
        var destination = new Uri(envelope["destinationAddress"]!.GetValue<string>());
        var exchange = destination.Segments[^1];
        var hubId = envelope["message"]?["hubId"];
        return hubId is null || NotByHubs.Contains(exchange) ? null : new CapturedEvent(exchange, hubId.GetValue<string>(), body);
    }
}
