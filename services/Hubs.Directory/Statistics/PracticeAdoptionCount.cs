namespace Hubs.Directory.Statistics;

/// <summary>Practices of hub <see cref="PracticeHubId"/> adopted by hub <see cref="AdoptingHubId"/> in the period.</summary>
public sealed record PracticeAdoptionCount(string PracticeHubId, string AdoptingHubId, long Count);
