using Hubs.HubNode.Experts;
using Hubs.HubNode.Hubs;

namespace Hubs.HubNode.Snapshots;

/// <summary>Everything the hub tells the network, read in one go: its announced profile and all its experts, retired ones included.</summary>
/// <param name="Profile">Null only before the node's first start finished announcing.</param>
/// <param name="ProfileUpdatedAt">When that profile version was stored.</param>
public sealed record HubState(StoredHubProfile? Profile, DateTimeOffset ProfileUpdatedAt, IReadOnlyList<Expert> Experts);
