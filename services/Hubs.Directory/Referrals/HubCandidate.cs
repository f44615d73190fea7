using Hubs.Directory.Registry;

namespace Hubs.Directory.Referrals;

/// <summary>
/// What the ranking knows of one hub: its profile and status, what its experts having a requested topic offer (null
/// when none has one), and its recent load.
/// </summary>
public sealed record HubCandidate(
    HubRecord Hub,
    string Status,
    ExpertMatch? Matching,
    int ListedExperts,
    int RecentLoad);
