using System.Diagnostics.Metrics;
using Hubs.ServiceDefaults;
using Hubs.ServiceDefaults.Messaging;

namespace Hubs.Exchange.Messaging;

/// <summary>
/// Counts the events the exchange received by type and outcome, and why one was refused before any consumer saw it
/// (<c>impersonation</c>, <c>unidentified</c>, <c>untrusted-publisher</c>, <c>suspended</c>).
/// </summary>
public sealed class EventMetrics : IRefusedEvents
{
    public const string EventsInstrument = "hubs.exchange.events";

    private readonly Counter<long> _events;

    public EventMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(Telemetry.HubsSource);
        _events = meter.CreateCounter<long>(EventsInstrument, "{event}",
            "Events received by the exchange, by event type and outcome (applied, ignored, rejected) and, when refused, the reason.");
    }

    public void Record(string eventType, string outcome) =>
        _events.Add(1, new KeyValuePair<string, object?>("event.type", eventType), new KeyValuePair<string, object?>("outcome", outcome));

    public void Record(string eventType, EventRefusal refusal) =>
        _events.Add(1,
            new KeyValuePair<string, object?>("event.type", eventType),
            new KeyValuePair<string, object?>("outcome", refusal == EventRefusal.SuspendedHub ? "ignored" : "rejected"),
            new KeyValuePair<string, object?>("reason", refusal.Tag()));
}
