using Hubs.HubNode.Profile;
using Microsoft.Extensions.Options;

namespace Hubs.HubNode.Versioning;

/// <summary>What a versioned resource's endpoints need, bound with [AsParameters].</summary>
public sealed record VersionedServices<T>(
    VersionedWriter<T> Writer,
    IVersionedStore<T> Store,
    IOptions<HubOptions> Hub,
    HttpContext Http)
    where T : class, IVersioned<T>;
