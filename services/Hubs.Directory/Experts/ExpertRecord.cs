using Hubs.Contracts.Events;

namespace Hubs.Directory.Experts;

/// <summary>
/// One expert of one hub as the directory holds it. A retired expert is a tombstone: the version that retired them
/// and no profile, so an older publish arriving late cannot bring them back.
/// </summary>
public sealed record ExpertRecord
{
    public required string HubId { get; init; }
    public required Guid ExpertId { get; init; }
    public required long Version { get; init; }
    public required bool Retired { get; init; }

    /// <summary>What the hub last published about the expert; null on a tombstone.</summary>
    public ExpertProfile? Profile { get; init; }

    // What searches, facets and the referral ranking read (empty on a tombstone).
    public string? Name => Profile?.Name;

    public string? Title => Profile?.Title;

    public IReadOnlyList<string> Competencies => Profile?.Competencies ?? [];

    public IReadOnlyList<string> Languages => Profile?.Languages ?? [];

    /// <summary>The event last applied and when the hub made that change.</summary>
    public required Guid LastEventId { get; init; }

    public required DateTimeOffset UpdatedAt { get; init; }

    /// <summary>The latest free-time summary; null until the hub has published one for this expert.</summary>
    public AvailabilitySummary? Availability { get; init; }
}
