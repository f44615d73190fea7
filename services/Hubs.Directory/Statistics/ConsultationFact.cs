namespace Hubs.Directory.Statistics;

/// <summary>
/// One consultation as the statistics keep it: only what the network events carry (hub, kind, time, topics, sector,
/// size class, province, status, outcome category), never who the business is. Each consultation event carries the
/// whole of it at the booking's version, so the newest event alone is the truth.
/// </summary>
public sealed record ConsultationFact
{
    public required string HubId { get; init; }
    public required Guid BookingId { get; init; }
    public required long Version { get; init; }
    public required Guid EventId { get; init; }

    /// <summary>One of <see cref="ConsultationStatuses"/>.</summary>
    public required string Status { get; init; }

    public required string Kind { get; init; }
    public required DateTimeOffset Start { get; init; }
    public required IReadOnlyList<string> Topics { get; init; }
    public required string AtecoSection { get; init; }
    public required string SizeClass { get; init; }
    public required string ProvinceCode { get; init; }

    /// <summary>Set once the hub has recorded an outcome.</summary>
    public string? OutcomeCategory { get; init; }
}
