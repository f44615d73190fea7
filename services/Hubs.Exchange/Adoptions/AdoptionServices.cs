using Hubs.Exchange.Practices;

namespace Hubs.Exchange.Adoptions;

/// <summary>What the adoption endpoints need, bound with [AsParameters].</summary>
public sealed record AdoptionServices(
    IAdoptionStore Adoptions, IPracticeStore Practices, AdoptionPublisher Publisher, HttpContext Http);
