using Hubs.Exchange.Practices;
using Hubs.ServiceDefaults.Outbox;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace Hubs.Exchange.Adoptions;

/// <summary>What the adoption endpoints need, bound with [AsParameters].</summary>
public sealed record AdoptionServices(
    IAdoptionStore Adoptions, IPracticeStore Practices, OutboxSignal Relay, IOptions<JsonOptions> Json, HttpContext Http);
