namespace Hubs.Directory.Experts;

/// <summary>
/// The latest summary of an expert's free time that the hub published (<c>ExpertAvailabilityChanged</c>), with its own
/// version sequence. Instants are UTC; the counts cover the 14 days from <see cref="SummarisedAt"/>.
/// </summary>
public sealed record AvailabilitySummary
{
    public required long Version { get; init; }
    public DateTimeOffset? NextFreeBrainstorming { get; init; }
    public DateTimeOffset? NextFreeFollowup { get; init; }
    public required int FreeBrainstormingSlotsNext14Days { get; init; }
    public required int FreeFollowupSlotsNext14Days { get; init; }

    /// <summary>When the hub made the summary.</summary>
    public required DateTimeOffset SummarisedAt { get; init; }
}
