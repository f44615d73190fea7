using Hubs.Exchange.Adoptions;

namespace Hubs.Exchange.Statistics;

/// <summary>
/// Store port for the network statistics of the exchange. A practice counts as published in the period of its first
/// version (its first publication the exchange saw); adoptions and endorsements by the day they were made. Withdrawn
/// practices and suspended hubs are counted: the figures are history, not what the public sees today.
/// </summary>
public interface IPracticeActivityCounts
{
    /// <summary>Every hub with a non-zero count in <paramref name="period"/>, ordered by hub id.</summary>
    Task<IReadOnlyList<HubPracticeActivity>> CountAsync(AdoptionPeriod period, CancellationToken cancellationToken = default);
}
