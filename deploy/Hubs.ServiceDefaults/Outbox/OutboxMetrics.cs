using System.Diagnostics.Metrics;
using Hubs.ServiceDefaults;

namespace Hubs.ServiceDefaults.Outbox;

/// <summary>The relay's health in numbers: a growing backlog means the broker has been unreachable.</summary>
public sealed class OutboxMetrics
{
    private readonly Counter<long> _published;
    private readonly Counter<long> _failures;
    private long _pending;

    public OutboxMetrics(IMeterFactory meterFactory)
    {
        var meter = meterFactory.Create(Telemetry.HubsSource);
        _published = meter.CreateCounter<long>("hubs.outbox.published", "{event}", "Outbox entries the broker confirmed.");
        _failures = meter.CreateCounter<long>("hubs.outbox.publish_failures", "{attempt}", "Outbox publishes that failed or timed out.");
        meter.CreateObservableGauge("hubs.outbox.pending", () => Interlocked.Read(ref _pending), "{event}", "Outbox entries waiting for the broker.");
    }

    public void Published(int count) => _published.Add(count);

    public void PublishFailed() => _failures.Add(1);

    public void Pending(long count) => Interlocked.Exchange(ref _pending, count);
}
