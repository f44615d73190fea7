using Hubs.HubNode.Profile;
using Microsoft.Extensions.Options;

namespace Hubs.HubNode.Availability;

/// <summary>What the availability endpoints need, bound with [AsParameters].</summary>
public sealed record AvailabilityServices(
    AvailabilitySchedule Schedule,
    IOptions<HubOptions> Hub,
    HttpContext Http);
