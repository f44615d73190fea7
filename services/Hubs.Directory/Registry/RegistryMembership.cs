using Hubs.ServiceDefaults.Messaging;

namespace Hubs.Directory.Registry;

/// <summary>Whether a hub is suspended, from the hub registry (where the coordinators' decision is kept).</summary>
public sealed class RegistryMembership(IHubRegistry registry) : IHubMembership
{
    public Task<bool> IsSuspendedAsync(string hubId, CancellationToken cancellationToken = default) =>
        registry.IsSuspendedAsync(hubId, cancellationToken);
}
