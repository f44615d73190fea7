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
    public string? Name { get; init; }
    public string? Title { get; init; }
    public string? Bio { get; init; }
    public IReadOnlyList<string> Competencies { get; init; } = [];
    public IReadOnlyList<string> Languages { get; init; } = [];

    /// <summary>The event last applied and when the hub made that change.</summary>
    public required Guid LastEventId { get; init; }

    public required DateTimeOffset UpdatedAt { get; init; }

    /// <summary>The latest free-time summary; null until the hub has published one for this expert.</summary>
    public AvailabilitySummary? Availability { get; init; }
}
