using Hubs.Contracts.Events;

namespace Hubs.Exchange.KnownHubs;

/// <summary>Store port for the hubs the exchange knows. The write is a version-gated upsert done atomically by the store.</summary>
public interface IHubCatalog
{
    /// <summary>Applies <paramref name="announcement"/> if newer than what is stored; false for a duplicate or an older one.</summary>
    Task<bool> ApplyAnnouncementAsync(HubAnnounced announcement, CancellationToken cancellationToken = default);

    /// <summary>One hub; null when never announced.</summary>
    Task<KnownHub?> GetAsync(string hubId, CancellationToken cancellationToken = default);

    /// <summary>Every known hub, by id.</summary>
    Task<IReadOnlyList<KnownHub>> ListAsync(CancellationToken cancellationToken = default);
}
