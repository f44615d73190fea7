using System.Collections.Concurrent;
using Hubs.HubNode.Slots;
using NodaTime;

namespace Hubs.HubNode.Tests.Support;

/// <summary>Busy intervals a test sets by hand, standing in for the booking store.</summary>
public sealed class FakeBusyTimes : IExpertBusyTimes
{
    private readonly ConcurrentQueue<BusyTime> _busy = new();

    public void Add(Guid expertId, Instant start, Instant end) => _busy.Enqueue(new BusyTime(expertId, new Interval(start, end)));

    public Task<IReadOnlyList<BusyTime>> ListAsync(IReadOnlyCollection<Guid> expertIds, Interval window, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<BusyTime>>(
            [.. _busy.Where(b => expertIds.Contains(b.ExpertId) && b.Interval.Start < window.End && window.Start < b.Interval.End)]);
}
