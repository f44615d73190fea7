namespace Hubs.Directory.Referrals;

/// <summary>What an explanation is built from: the facts behind a hub's score breakdown.</summary>
public sealed record ExplanationFacts(
    string HubName,
    double DistanceKm,
    int MatchingExperts,
    IReadOnlyList<string> CoveredTopics,
    IReadOnlyList<string> MissingTopics,
    DateTimeOffset? EarliestFreeSlot,
    string? Language,
    double LanguageValue,
    double LoadBalanceValue,
    bool Stale);
