namespace Hubs.HubNode.Snapshots;

/// <summary>Store port for snapshots.</summary>
public interface ISnapshotStore
{
    /// <summary>
    /// Reads the hub's state and appends the messages <paramref name="take"/> makes of it to the outbox, in one write
    /// transaction: no change can commit between the read and the append, so the snapshot is one consistent moment.
    /// </summary>
    Task<Snapshot> AppendAsync(string hubId, Func<HubState, Snapshot> take, CancellationToken cancellationToken = default);
}
