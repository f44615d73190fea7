using Hubs.HubNode.Hubs;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace Hubs.HubNode.Bookings;

/// <summary>What the booking endpoints need, bound with [AsParameters].</summary>
public sealed record BookingServices(
    BookingDesk Desk,
    IAuthorizationService Authorization,
    IOptions<HubOptions> Hub,
    IOptions<JsonOptions> Json,
    HttpContext Http);
