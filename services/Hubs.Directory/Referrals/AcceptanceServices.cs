using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace Hubs.Directory.Referrals;

/// <summary>What the acceptance endpoint needs, bound with [AsParameters].</summary>
public sealed record AcceptanceServices(WarmReferralDesk Desk, IOptions<JsonOptions> Json, HttpContext Http, ILogger<AcceptanceServices> Logger);
