using Hubs.HubNode.Versioning;

namespace Hubs.HubNode.Practices;

/// <summary>Store port for the hub's practices: the versioned writes, and the list.</summary>
public interface IPracticeStore : IVersionedStore<Practice>
{
    /// <summary>Practices not withdrawn, most recently changed first.</summary>
    Task<IReadOnlyList<Practice>> ListActiveAsync(CancellationToken cancellationToken = default);
}
