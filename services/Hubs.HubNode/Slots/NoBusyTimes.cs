using NodaTime;

namespace Hubs.HubNode.Slots;

/// <summary>Nothing is taken: the stand-in until the booking store provides <see cref="IExpertBusyTimes"/>.</summary>
public sealed class NoBusyTimes : IExpertBusyTimes
{
    public Task<IReadOnlyList<BusyTime>> ListAsync(IReadOnlyCollection<Guid> expertIds, Interval window, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<BusyTime>>([]);
}
