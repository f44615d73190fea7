using Hubs.Exchange.Practices;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace Hubs.Exchange.Adoptions;

/// <summary>What the adoption endpoints need, bound with [AsParameters].</summary>
public sealed record AdoptionServices(
    IAdoptionStore Adoptions, IPracticeStore Practices, AdoptionPublisher Publisher, IOptions<JsonOptions> Json, HttpContext Http);
