namespace Hubs.Exchange.Adoptions;

/// <summary>
/// Store port for adoptions. The rules (the practice is published, the adopting hub is known and not the author,
/// one adoption per hub and practice) are checked by the store in the write itself, so concurrent requests cannot both win.
/// An adoption is stored with its <c>PracticeAdopted</c> in the outbox, in one transaction.
/// </summary>
public interface IAdoptionStore
{
    Task<AdoptionResult> AdoptAsync(AdoptionRequest request, CancellationToken cancellationToken = default);

    /// <summary>A practice's adoptions, newest first.</summary>
    Task<IReadOnlyList<Adoption>> ListAsync(string hubId, Guid practiceId, CancellationToken cancellationToken = default);

    Task<Adoption?> GetAsync(string hubId, Guid practiceId, Guid adoptionId, CancellationToken cancellationToken = default);

    /// <summary>Adoptions made in <paramref name="period"/>, counted per (author hub, adopting hub), withdrawn practices included.</summary>
    Task<IReadOnlyList<AdoptionCount>> CountAsync(AdoptionPeriod period, CancellationToken cancellationToken = default);
}
