using Hubs.HubNode.Versioning;

namespace Hubs.HubNode.Practices;

/// <summary>Store port for the hub's practices: the versioned writes (published practices listed most recently changed first).</summary>
public interface IPracticeStore : IVersionedStore<Practice>;
