namespace Hubs.Exchange.Adoptions;

/// <summary>How many practices of one hub another hub adopted in a period: a cell of the network's adoption matrix.</summary>
public sealed record AdoptionCount(string PracticeHubId, string AdoptingHubId, long Count);
