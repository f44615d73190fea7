namespace Hubs.Directory.Statistics;

/// <summary>One adoption as the statistics keep it: ids, topics and the day in Italy; never the adopting hub's note.</summary>
public sealed record PracticeAdoptionFact(
    Guid AdoptionId, string PracticeHubId, Guid PracticeId, string AdoptingHubId, IReadOnlyList<string> Topics, DateOnly AdoptedOn);
