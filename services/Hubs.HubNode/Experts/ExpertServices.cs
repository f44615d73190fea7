using Hubs.HubNode.Profile;
using Hubs.HubNode.Versioning;
using Microsoft.Extensions.Options;

namespace Hubs.HubNode.Experts;

/// <summary>What the expert endpoints need, bound with [AsParameters].</summary>
public sealed record ExpertServices(
    VersionedWriter<Expert> Writer,
    IExpertStore Store,
    IOptions<HubOptions> Hub,
    HttpContext Http);
