namespace Hubs.Exchange.Statistics;

/// <summary>
/// One hub's part in the exchange over a period: the practices it published, the adoptions and endorsements its practices
/// received from other hubs, and those it made of other hubs' practices.
/// </summary>
public sealed record HubPracticeActivity(
    string HubId, long Published, long AdoptionsReceived, long EndorsementsReceived, long AdoptionsMade, long EndorsementsGiven);
