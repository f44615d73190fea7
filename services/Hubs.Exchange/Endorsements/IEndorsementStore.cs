namespace Hubs.Exchange.Endorsements;

/// <summary>
/// Store port for endorsements. The rules (the practice is published, the hub is known and not the author, one
/// endorsement per hub and practice) are checked by the store in the write itself.
/// </summary>
public interface IEndorsementStore
{
    Task<EndorsementResult> EndorseAsync(string practiceHubId, Guid practiceId, string endorsingHubId, CancellationToken cancellationToken = default);

    /// <summary>A practice's endorsements, oldest first.</summary>
    Task<IReadOnlyList<Endorsement>> ListAsync(string practiceHubId, Guid practiceId, CancellationToken cancellationToken = default);

    Task<Endorsement?> GetAsync(string practiceHubId, Guid practiceId, string endorsingHubId, CancellationToken cancellationToken = default);
}
