using Hubs.Contracts.Events;

namespace Hubs.Exchange.Practices;

/// <summary>
/// Store port for practices, keyed by (hub, practice). Writes are version-gated upserts done atomically by the store,
/// so redelivered and reordered events converge. Reads never show a withdrawn practice.
/// </summary>
public interface IPracticeStore
{
    /// <summary>Keeps the version's content in the history and makes it current if newer; false for a duplicate or an older one.</summary>
    Task<bool> ApplyPublishedAsync(PracticePublished published, PracticeRendering rendering, CancellationToken cancellationToken = default);

    /// <summary>Withdraws the practice if the withdrawal is newer than what is stored, dropping its content and history; false otherwise.</summary>
    Task<bool> ApplyWithdrawnAsync(PracticeWithdrawn withdrawn, CancellationToken cancellationToken = default);

    /// <summary>Practices matching every filter, most recently updated first.</summary>
    Task<PracticeSearchResult> SearchAsync(PracticeSearch search, CancellationToken cancellationToken = default);

    /// <summary>The current version; null if unknown or withdrawn.</summary>
    Task<PracticeRecord?> GetAsync(string hubId, Guid practiceId, CancellationToken cancellationToken = default);

    /// <summary>Every version received, newest first; empty if unknown or withdrawn.</summary>
    Task<IReadOnlyList<PracticeVersionRecord>> ListVersionsAsync(string hubId, Guid practiceId, CancellationToken cancellationToken = default);

    /// <summary>One version; null if never received, or the practice is withdrawn.</summary>
    Task<PracticeVersionRecord?> GetVersionAsync(string hubId, Guid practiceId, long version, CancellationToken cancellationToken = default);
}
