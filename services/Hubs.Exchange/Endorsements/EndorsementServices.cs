using Hubs.Exchange.Practices;

namespace Hubs.Exchange.Endorsements;

/// <summary>What the endorsement endpoints need, bound with [AsParameters].</summary>
public sealed record EndorsementServices(IEndorsementStore Endorsements, IPracticeStore Practices, HttpContext Http);
