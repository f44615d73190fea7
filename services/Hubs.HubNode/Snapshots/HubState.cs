using Hubs.HubNode.Experts;
using Hubs.HubNode.Profile;
using Hubs.HubNode.Practices;

namespace Hubs.HubNode.Snapshots;

/// <summary>
/// Everything the hub tells the network, read in one go: its announced profile, all its experts (retired ones included)
/// and all its practices (withdrawn ones included).
/// </summary>
/// <param name="Profile">Null only before the node's first start finished announcing.</param>
/// <param name="ProfileUpdatedAt">When that profile version was stored.</param>
public sealed record HubState(StoredHubProfile? Profile, DateTimeOffset ProfileUpdatedAt, IReadOnlyList<Expert> Experts, IReadOnlyList<Practice> Practices);
