using Hubs.Directory.Experts;
using Hubs.Directory.Registry;

namespace Hubs.Directory.Referrals;

/// <summary>What the ranking knows of one hub: its profile and status, its experts matching a topic, and its recent load.</summary>
public sealed record HubCandidate(
    HubRecord Hub,
    string Status,
    IReadOnlyList<ExpertRecord> MatchingExperts,
    int ListedExperts,
    int RecentLoad);
