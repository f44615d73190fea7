using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace Hubs.Directory.Referrals;

/// <summary>What the referral endpoint needs, bound with [AsParameters].</summary>
public sealed record ReferralServices(ReferralDesk Desk, IOptions<JsonOptions> Json, HttpContext Http);
