namespace Hubs.HubNode.Practices;

/// <summary>
/// Store port for the hub's practices. Every write stores the practice and appends its event to the outbox
/// atomically: either both are kept or neither. Conditions are checked by the store itself, so two replicas cannot both win.
/// </summary>
public interface IPracticeStore
{
    /// <summary>The practice, withdrawn or not; null if the id was never used.</summary>
    Task<Practice?> GetAsync(Guid id, CancellationToken cancellationToken = default);

    /// <summary>Practices not withdrawn, most recently changed first.</summary>
    Task<IReadOnlyList<Practice>> ListActiveAsync(CancellationToken cancellationToken = default);

    /// <summary>Adds a new practice; false if the id is taken.</summary>
    Task<bool> AddAsync(PracticeWrite write, CancellationToken cancellationToken = default);

    /// <summary>Replaces an active practice (withdrawing it too, when <see cref="Practice.WithdrawnAt"/> is set) only if its stored version is <paramref name="expectedVersion"/>; false otherwise.</summary>
    Task<bool> UpdateAsync(PracticeWrite write, long expectedVersion, CancellationToken cancellationToken = default);
}
