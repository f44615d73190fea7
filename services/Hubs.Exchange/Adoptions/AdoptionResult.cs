namespace Hubs.Exchange.Adoptions;

/// <summary>What an adoption attempt did; <see cref="Adoption"/> is the new or the existing adoption when there is one.</summary>
public sealed record AdoptionResult(AdoptionOutcome Outcome, Adoption? Adoption = null);
