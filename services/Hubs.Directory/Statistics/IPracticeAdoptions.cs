namespace Hubs.Directory.Statistics;

/// <summary>Store port for the adoption facts, keyed by adoption id (an adoption never changes).</summary>
public interface IPracticeAdoptions
{
    /// <summary>True when recorded, false when this adoption was already known (a redelivery).</summary>
    Task<bool> RecordAsync(PracticeAdoptionFact fact, CancellationToken cancellationToken = default);

    /// <summary>Adoptions whose date in Italy is in <paramref name="period"/>, per (author hub, adopting hub).</summary>
    Task<IReadOnlyList<PracticeAdoptionCount>> CountAsync(DatePeriod period, CancellationToken cancellationToken = default);
}
