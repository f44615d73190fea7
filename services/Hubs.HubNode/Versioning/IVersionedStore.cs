namespace Hubs.HubNode.Versioning;

/// <summary>
/// Store port for a versioned resource. Every write stores the resource and appends its event to the outbox atomically:
/// either both are kept or neither. Conditions are checked by the store itself, so two replicas cannot both win.
/// </summary>
public interface IVersionedStore<T> where T : class, IVersioned<T>
{
    /// <summary>The resource, ended or not; null if the id was never used.</summary>
    Task<T?> GetAsync(Guid id, CancellationToken cancellationToken = default);

    /// <summary>The resources not ended, in the resource's listing order.</summary>
    Task<IReadOnlyList<T>> ListActiveAsync(CancellationToken cancellationToken = default);

    /// <summary>Adds a new resource; false if the id is taken.</summary>
    Task<bool> AddAsync(VersionedWrite<T> write, CancellationToken cancellationToken = default);

    /// <summary>
    /// Replaces a resource that has not ended (ending it too, when the write's state has) only if its stored version is
    /// <paramref name="expectedVersion"/> and the write's is the next one; false otherwise.
    /// </summary>
    Task<bool> UpdateAsync(VersionedWrite<T> write, long expectedVersion, CancellationToken cancellationToken = default);
}
