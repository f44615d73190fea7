using Hubs.HubNode.Profile;
using Hubs.HubNode.Versioning;
using Microsoft.Extensions.Options;

namespace Hubs.HubNode.Practices;

/// <summary>What the practice endpoints need, bound with [AsParameters].</summary>
public sealed record PracticeServices(
    VersionedWriter<Practice> Writer,
    IPracticeStore Store,
    IOptions<HubOptions> Hub,
    HttpContext Http);
