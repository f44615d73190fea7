using System.Diagnostics.Metrics;
using Hubs.ServiceDefaults;
using Hubs.ServiceDefaults.Messaging;

namespace Hubs.Directory.Messaging;

/// <summary>
/// Counts events by type and outcome, so a dashboard shows how much of the traffic is redelivery or reordering, and
/// which events were refused before any consumer saw them (outcome <c>rejected</c> or <c>ignored</c> with a reason:
/// <c>impersonation</c>, <c>unidentified</c>, <c>untrusted-publisher</c>, <c>suspended</c>).
/// </summary>
public sealed class ProjectionMetrics : IRefusedEvents
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

    public void Record(string eventType, EventRefusal refusal) =>
        _events.Add(1,
            new KeyValuePair<string, object?>("event.type", eventType),
            new KeyValuePair<string, object?>("outcome", Tag(refusal == EventRefusal.SuspendedHub ? ProjectionOutcome.Ignored : ProjectionOutcome.Rejected)),
            new KeyValuePair<string, object?>("reason", refusal.Tag()));

    /// <summary>
    /// The one way the directory applies an event: a malformed one is rejected (logged and counted, not retried:
    /// retrying cannot make it well-formed), <paramref name="apply"/> stores a newer one, a duplicate or older one is
    /// ignored; each outcome is counted under <paramref name="projected"/>'s type.
    /// </summary>
    public async Task ProjectAsync(ProjectedEvent projected, bool wellFormed, Func<Task<bool>> apply, ILogger logger)
    {
        if (!wellFormed)
        {
            logger.LogWarning("Rejected a malformed {EventType} {EventId} from {HubId} for {Subject} at version {Version}",
                projected.Type, projected.EventId, projected.HubId, projected.Subject, projected.Version);
            Record(projected.Type, ProjectionOutcome.Rejected);
            return;
        }

        if (await apply())
        {
            Record(projected.Type, ProjectionOutcome.Applied);
            return;
        }

        logger.LogDebug("Ignored {EventType} {EventId} for {HubId}/{Subject} at version {Version}: duplicate or stale",
            projected.Type, projected.EventId, projected.HubId, projected.Subject, projected.Version);
        Record(projected.Type, ProjectionOutcome.Ignored);
    }

    private static string Tag(ProjectionOutcome outcome) => outcome switch
    {
        ProjectionOutcome.Applied => "applied",
        ProjectionOutcome.Ignored => "ignored",
        _ => "rejected",
    };
}
