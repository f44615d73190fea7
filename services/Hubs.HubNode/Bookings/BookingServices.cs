using Hubs.HubNode.Profile;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using Hubs.ServiceDefaults.Consent;

namespace Hubs.HubNode.Bookings;

/// <summary>What the booking endpoints need, bound with [AsParameters].</summary>
public sealed record BookingServices(
    BookingDesk Desk,
    ManageLinks ManageLinks,
    ConsentCheck Consent,
    IOptions<BookingOptions> Options,
    IAuthorizationService Authorization,
    IOptions<HubOptions> Hub,
    IOptions<JsonOptions> Json,
    HttpContext Http);
