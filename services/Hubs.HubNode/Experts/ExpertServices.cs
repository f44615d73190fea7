using Hubs.HubNode.Hubs;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace Hubs.HubNode.Experts;

/// <summary>What the expert endpoints need, bound with [AsParameters].</summary>
public sealed record ExpertServices(
    ExpertRoster Roster,
    IExpertStore Store,
    IOptions<HubOptions> Hub,
    IOptions<JsonOptions> Json,
    HttpContext Http);
