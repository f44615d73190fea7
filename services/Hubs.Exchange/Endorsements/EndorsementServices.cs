using Hubs.Exchange.Practices;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace Hubs.Exchange.Endorsements;

/// <summary>What the endorsement endpoints need, bound with [AsParameters].</summary>
public sealed record EndorsementServices(IEndorsementStore Endorsements, IPracticeStore Practices, IOptions<JsonOptions> Json, HttpContext Http);
