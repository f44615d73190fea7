namespace Hubs.Directory.Statistics;

/// <summary>
/// Store port for the anonymous consultation facts, keyed by (hub id, booking id). A write is a version-gated upsert
/// done atomically by the store: true when applied, false for a duplicate or an older version.
/// </summary>
public interface IConsultationFacts
{
    Task<bool> ApplyAsync(ConsultationFact fact, CancellationToken cancellationToken = default);

    /// <summary>The fact for one booking; null when never heard of.</summary>
    Task<ConsultationFact?> GetAsync(string hubId, Guid bookingId, CancellationToken cancellationToken = default);

    /// <summary>Consultations not cancelled whose date in Italy is in <paramref name="period"/>, per hub.</summary>
    Task<IReadOnlyDictionary<string, int>> CountByHubAsync(DatePeriod period, CancellationToken cancellationToken = default);

    /// <summary>The consultation figures of the statistics for the days of <paramref name="period"/>.</summary>
    Task<ConsultationStatistics> SummariseAsync(DatePeriod period, CancellationToken cancellationToken = default);
}
