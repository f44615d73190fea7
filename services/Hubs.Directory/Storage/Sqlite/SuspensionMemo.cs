using System.Collections.Concurrent;

namespace Hubs.Directory.Storage.Sqlite;

/// <summary>
/// Hubs' suspension as last read from the store, so the check the directory makes on every event does not open a
/// connection each time. A read is remembered only if no suspension change started or ended while it ran, and a
/// change forgets the hub when it ends, so the call after a change always reads the store again.
/// </summary>
public sealed class SuspensionMemo
{
    private readonly ConcurrentDictionary<string, bool> _known = new(StringComparer.Ordinal);
    private long _changesEnded;
    private int _changesRunning;

    public bool TryGet(string hubId, out bool suspended) => _known.TryGetValue(hubId, out suspended);

    /// <summary>Taken before reading the store; <see cref="Remember"/> keeps the value only if it is still current.</summary>
    public long StartReading() => Volatile.Read(ref _changesRunning) > 0 ? -1 : Interlocked.Read(ref _changesEnded);

    public void Remember(string hubId, bool suspended, long reading)
    {
        if (reading < 0 || Volatile.Read(ref _changesRunning) > 0 || Interlocked.Read(ref _changesEnded) != reading)
        {
            return;
        }

        _known[hubId] = suspended;
        // A change that ended between the check above and the store of the value: forget what may be stale.
        if (Volatile.Read(ref _changesRunning) > 0 || Interlocked.Read(ref _changesEnded) != reading)
        {
            _known.TryRemove(hubId, out _);
        }
    }

    /// <summary>Marks a change of <paramref name="hubId"/>'s suspension as running until disposed.</summary>
    public SuspensionChange Change(string hubId)
    {
        Interlocked.Increment(ref _changesRunning);
        return new SuspensionChange(this, hubId);
    }

    internal void Ended(string hubId)
    {
        Interlocked.Increment(ref _changesEnded);
        _known.TryRemove(hubId, out _);
        Interlocked.Decrement(ref _changesRunning);
    }
}
