namespace Hubs.Exchange.Endorsements;

/// <summary>What an endorsement attempt did; <see cref="Endorsement"/> is the new or existing one when there is one.</summary>
public sealed record EndorsementResult(EndorsementOutcome Outcome, Endorsement? Endorsement = null);
