using Hubs.HubNode.Hubs;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace Hubs.HubNode.Practices;

/// <summary>What the practice endpoints need, bound with [AsParameters].</summary>
public sealed record PracticeServices(
    PracticeLibrary Library,
    IPracticeStore Store,
    IOptions<HubOptions> Hub,
    IOptions<JsonOptions> Json,
    HttpContext Http);
