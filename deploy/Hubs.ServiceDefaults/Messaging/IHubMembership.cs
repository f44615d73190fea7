namespace Hubs.ServiceDefaults.Messaging;

/// <summary>Store port: whether the network has suspended a hub, as this service last heard.</summary>
public interface IHubMembership
{
    Task<bool> IsSuspendedAsync(string hubId, CancellationToken cancellationToken = default);
}
