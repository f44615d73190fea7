using Hubs.HubNode.Versioning;

namespace Hubs.HubNode.Experts;

/// <summary>Store port for experts: the versioned writes (active experts listed by name), and what only experts need.</summary>
public interface IExpertStore : IVersionedStore<Expert>
{
    /// <summary>Adds all of <paramref name="writes"/> only if the hub has never had an expert; false (and nothing written) otherwise.</summary>
    Task<bool> SeedAsync(IReadOnlyList<VersionedWrite<Expert>> writes, CancellationToken cancellationToken = default);
}
