using Hubs.HubNode.Profile;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace Hubs.HubNode.Referrals;

/// <summary>What the referral endpoints need, bound with [AsParameters].</summary>
public sealed record ReferralServices(ReferralDesk Desk, IOptions<HubOptions> Hub, IOptions<JsonOptions> Json, HttpContext Http);
