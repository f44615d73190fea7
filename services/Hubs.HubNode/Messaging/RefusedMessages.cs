using System.Diagnostics.Metrics;
using Hubs.ServiceDefaults;
using Hubs.ServiceDefaults.Messaging;

namespace Hubs.HubNode.Messaging;

/// <summary>
/// Counts the messages the hub's queue refused before any consumer saw them: a referral or a referral status from a
/// broker user that may not send it (<c>impersonation</c>, <c>unidentified</c>, <c>untrusted-publisher</c>).
/// </summary>
public sealed class RefusedMessages : IRefusedEvents
{
    public const string Instrument = "hubs.hub_node.messages_refused";

    private readonly Counter<long> _refused;

    public RefusedMessages(IMeterFactory meters) =>
        _refused = meters.Create(Telemetry.HubsSource).CreateCounter<long>(Instrument, "{message}",
            "Messages for this hub refused for who published them, by message type and reason.");

    public void Record(string eventType, EventRefusal refusal) =>
        _refused.Add(1,
            new KeyValuePair<string, object?>("message.type", eventType),
            new KeyValuePair<string, object?>("reason", refusal.Tag()));
}
