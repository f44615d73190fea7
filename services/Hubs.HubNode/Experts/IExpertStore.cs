using Hubs.HubNode.Versioning;

namespace Hubs.HubNode.Experts;

/// <summary>Store port for experts: the versioned writes, and what only experts need.</summary>
public interface IExpertStore : IVersionedStore<Expert>
{
    /// <summary>Experts not retired, by name.</summary>
    Task<IReadOnlyList<Expert>> ListActiveAsync(CancellationToken cancellationToken = default);

    /// <summary>Adds all of <paramref name="writes"/> only if the hub has never had an expert; false (and nothing written) otherwise.</summary>
    Task<bool> SeedAsync(IReadOnlyList<VersionedWrite<Expert>> writes, CancellationToken cancellationToken = default);
}
