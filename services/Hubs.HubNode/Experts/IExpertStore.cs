namespace Hubs.HubNode.Experts;

/// <summary>
/// Store port for experts. Every write stores the expert and appends its event to the outbox atomically: either both
/// are kept or neither. Conditions are checked by the store itself, so two replicas cannot both win.
/// </summary>
public interface IExpertStore
{
    /// <summary>The expert, retired or not; null if the id was never used.</summary>
    Task<Expert?> GetAsync(Guid id, CancellationToken cancellationToken = default);

    /// <summary>Experts not retired, by name.</summary>
    Task<IReadOnlyList<Expert>> ListActiveAsync(CancellationToken cancellationToken = default);

    /// <summary>Adds a new expert; false if the id is taken.</summary>
    Task<bool> AddAsync(ExpertWrite write, CancellationToken cancellationToken = default);

    /// <summary>Replaces an active expert (retiring them too, when <see cref="Expert.RetiredAt"/> is set) only if its stored version is <paramref name="expectedVersion"/>; false otherwise.</summary>
    Task<bool> UpdateAsync(ExpertWrite write, long expectedVersion, CancellationToken cancellationToken = default);

    /// <summary>Adds all of <paramref name="writes"/> only if the hub has never had an expert; false (and nothing written) otherwise.</summary>
    Task<bool> SeedAsync(IReadOnlyList<ExpertWrite> writes, CancellationToken cancellationToken = default);
}
