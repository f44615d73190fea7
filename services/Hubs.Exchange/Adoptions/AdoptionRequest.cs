namespace Hubs.Exchange.Adoptions;

/// <summary>A validated adoption, ready for the store.</summary>
public sealed record AdoptionRequest(string PracticeHubId, Guid PracticeId, string AdoptingHubId, string Note);
