using Hubs.Contracts.Events;
using Hubs.ServiceDefaults.Messaging;

namespace Hubs.Exchange.KnownHubs;

/// <summary>Store port for the network's membership decisions about hubs, as the directory published them.</summary>
public interface IHubMemberships : IHubMembership
{
    /// <summary>Applies <paramref name="change"/> if its version is newer than the stored one; false for a duplicate or an older one.</summary>
    Task<bool> ApplyAsync(HubMembershipChanged change, CancellationToken cancellationToken = default);
}
