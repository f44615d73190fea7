namespace Hubs.Directory.Resync;

/// <summary>Store port for what a hub's snapshot changes beyond the events it republishes.</summary>
public interface IResyncStore
{
    /// <summary>
    /// Removes the listed (not retired) experts of <paramref name="hubId"/> that are not in <paramref name="present"/>
    /// and were last changed, by the hub's clock, before <paramref name="changedBefore"/>; one statement, so an event
    /// applied meanwhile is either seen or not touched. Records the removal time per hub when anything was removed.
    /// </summary>
    /// <returns>How many experts were removed.</returns>
    Task<int> RemoveAbsentExpertsAsync(
        string hubId, IReadOnlyCollection<Guid> present, DateTimeOffset changedBefore, CancellationToken cancellationToken = default);
}
