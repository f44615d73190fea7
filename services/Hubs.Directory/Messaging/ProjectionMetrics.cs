using System.Diagnostics.Metrics;
using Hubs.ServiceDefaults;

namespace Hubs.Directory.Messaging;

/// <summary>Counts events by type and outcome, so a dashboard shows how much of the traffic is redelivery or reordering.</summary>
public sealed class ProjectionMetrics
{
    public const string EventsInstrument = "hubs.directory.events";

    private readonly Counter<long> _events;

    public ProjectionMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(Telemetry.HubsSource);
        _events = meter.CreateCounter<long>(EventsInstrument, "{event}",
            "Events received by the directory, by event type and outcome (applied, ignored as stale or duplicate, rejected).");
    }

    public void Record(string eventType, ProjectionOutcome outcome) =>
        _events.Add(1, new KeyValuePair<string, object?>("event.type", eventType), new KeyValuePair<string, object?>("outcome", Tag(outcome)));

    private static string Tag(ProjectionOutcome outcome) => outcome switch
    {
        ProjectionOutcome.Applied => "applied",
        ProjectionOutcome.Ignored => "ignored",
        _ => "rejected",
    };
}
