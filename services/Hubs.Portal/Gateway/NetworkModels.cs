namespace Hubs.Portal.Gateway;

// The directory's answers the coordinators' pages read (issue 14), as the gateway returns them.

public sealed record NetworkHub(
    string Id, string Name, string City, string ProvinceCode, string? Region, double Latitude, double Longitude,
    IReadOnlyList<string> Specialties, IReadOnlyList<string> Languages, string? PublicUrl, long Version,
    DateTimeOffset? LastHeartbeatAt, string Status, DateTimeOffset? StaleSince, int ExpertCount)
{
    public HubSummary ToSummary() => new(Id, Name, City, ProvinceCode, Region, Latitude, Longitude, Specialties, Languages, Status, ExpertCount, PublicUrl);
}

public sealed record MembershipEntry(long Sequence, string HubId, string Action, bool Changed, long MembershipVersion, string Reason, string Actor, DateTimeOffset At);

public sealed record MembershipDecision(string HubId, bool Suspended, long Version, Guid? ResyncRequestId);

public sealed record ResyncReceipt(Guid RequestId, string? HubId);

public sealed record NetworkStats(
    DateOnly From, DateOnly To, NetworkPeriod Period,
    IReadOnlyList<HubWeek> ConsultationsPerHubPerWeek,
    IReadOnlyList<TopicTally> DemandByTopic,
    IReadOnlyList<ProvinceTally> DemandByProvince,
    IReadOnlyList<RegionTally> DemandByRegion,
    IReadOnlyList<CategoryTally> OutcomesByCategory,
    IReadOnlyList<CategoryWeek> OutcomesByCategoryPerWeek,
    NetworkReferrals Referrals,
    IReadOnlyList<AdoptionTally> PracticeAdoptions);

public sealed record NetworkPeriod(DateOnly From, DateOnly To, int Days, DateOnly Today, bool IncludesUpcoming, string CountedBy);

public sealed record HubWeek(string HubId, string IsoWeek, long Count);

public sealed record TopicTally(string Topic, long Count);

public sealed record ProvinceTally(string ProvinceCode, long Count);

public sealed record RegionTally(string Region, long Count);

public sealed record CategoryTally(string Category, long Count);

public sealed record CategoryWeek(string Category, string IsoWeek, long Count);

public sealed record HubFlow(string From, string To, long Count);

public sealed record NetworkReferrals(long Total, IReadOnlyList<HubFlow> Matrix, WarmReferralTally? Warm);

public sealed record WarmReferralTally(long Total, long Sent, long Open, long Booked, long Closed, IReadOnlyList<HubFlow> Matrix);

public sealed record AdoptionTally(string PracticeHubId, string AdoptingHubId, long Count);

/// <summary>The exchange's practices per hub over a period (<c>GET /api/practices/stats/activity</c>).</summary>
public sealed record PracticeActivity(IReadOnlyList<HubPracticeActivity> Hubs);

public sealed record HubPracticeActivity(
    string HubId, long Published, long AdoptionsReceived, long EndorsementsReceived, long AdoptionsMade, long EndorsementsGiven);
