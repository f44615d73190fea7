using Hubs.Contracts.Events;
using Hubs.Directory.Referrals;

namespace Hubs.Directory.Experts;

/// <summary>
/// Store port for the cross-hub expert directory, keyed by (hub id, expert id) so one hub can never touch another
/// hub's expert. Writes are version-gated upserts done atomically by the store: each returns true when the event was
/// applied and false when it was a duplicate or older than what is stored.
/// </summary>
public interface IExpertDirectory
{
    /// <summary>Stores the profile if newer; a newer publish after a retirement brings the expert back.</summary>
    Task<bool> ApplyPublishedAsync(ExpertPublished published, CancellationToken cancellationToken = default);

    /// <summary>Leaves a tombstone at the event's version if newer.</summary>
    Task<bool> ApplyRetiredAsync(ExpertRetired retired, CancellationToken cancellationToken = default);

    /// <summary>
    /// Stores the expert's free-time summary if its version (the summaries' own sequence, not the profile's) is newer.
    /// A summary may arrive before the profile; it is kept and shows once the expert is published.
    /// </summary>
    Task<bool> ApplyAvailabilityAsync(ExpertAvailabilityChanged availability, CancellationToken cancellationToken = default);

    /// <summary>One expert, tombstones included; null when never heard of.</summary>
    Task<ExpertRecord?> GetAsync(string hubId, Guid expertId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Listed (not retired) experts of hubs not suspended matching <paramref name="search"/>, by name, then hub id, then
    /// expert id, with the facet counts of the search (see <see cref="ExpertFacets"/>).
    /// </summary>
    Task<ExpertSearchResult> SearchAsync(ExpertSearch search, CancellationToken cancellationToken = default);

    /// <summary>Listed experts (of any hub, suspended or not) having at least one of <paramref name="topics"/>, by hub id then expert id.</summary>
    Task<IReadOnlyList<ExpertRecord>> ListByTopicsAsync(IReadOnlyCollection<string> topics, CancellationToken cancellationToken = default);

    /// <summary>Listed experts of <paramref name="hubId"/> having at least one of <paramref name="topics"/>, by expert id.</summary>
    Task<IReadOnlyList<ExpertRecord>> ListByTopicsAsync(string hubId, IReadOnlyCollection<string> topics, CancellationToken cancellationToken = default);

    /// <summary>
    /// Per hub id (suspended or not), what its listed experts having at least one of <paramref name="topics"/> offer a
    /// referral asking for them in <paramref name="language"/> (<see cref="ExpertMatch"/>); hubs without one are absent.
    /// </summary>
    Task<IReadOnlyDictionary<string, ExpertMatch>> MatchByHubAsync(
        IReadOnlyList<string> topics, string? language, CancellationToken cancellationToken = default);

    /// <summary>Listed experts per hub id.</summary>
    Task<IReadOnlyDictionary<string, int>> CountByHubAsync(CancellationToken cancellationToken = default);
}
