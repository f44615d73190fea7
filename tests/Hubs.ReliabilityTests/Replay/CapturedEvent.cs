using System.Reflection;
using System.Text.Json.Nodes;
using MassTransit;

namespace Hubs.ReliabilityTests.Replay;

/// <summary>
/// One raw MassTransit envelope a hub published, as a witness queue got it, with what it takes to publish it again
/// exactly: the exchange of its message type and the hub whose broker user may publish it.
/// </summary>
internal sealed record CapturedEvent(string Exchange, string HubId, string Body)
{
    // "urn:message:Hubs.Contracts.Events:ExpertPublished" → "hubs.expert-published", from the contracts' own names.
    private static readonly Dictionary<string, string> ExchangeByUrn = typeof(Hubs.Contracts.Events.IHubEvent).Assembly.GetTypes()
        .Select(t => (Type: t, Name: t.GetCustomAttribute<EntityNameAttribute>()?.EntityName))
        .Where(t => t.Name is not null)
        .ToDictionary(t => $"urn:message:{t.Type.Namespace}:{t.Type.Name}", t => t.Name!, StringComparer.Ordinal);

    // Published by the directory or the exchange under their own users, never by a hub.
    private static readonly HashSet<string> NotByHubs = new(StringComparer.Ordinal)
    {
        "network.hub-membership-changed", "hubs.snapshot-requested", "hubs.practice-adopted",
    };

    /// <summary>The envelope as a hub's event, or null for what no hub publishes (the directory's own commands and decisions).</summary>
    public static CapturedEvent? From(string body)
    {
        var envelope = JsonNode.Parse(body)!.AsObject();
        var urn = envelope["messageType"]!.AsArray()[0]!.GetValue<string>();
        var publisher = envelope["message"]?["hubId"];
        if (publisher is null || !ExchangeByUrn.TryGetValue(urn, out var exchange) || NotByHubs.Contains(exchange))
        {
            return null;
        }

        return new CapturedEvent(exchange, publisher.GetValue<string>(), body);
    }
}
