namespace Hubs.Directory.Referrals;

/// <summary>An expert of a proposed hub and how well they match the request.</summary>
public sealed record ReferredExpert
{
    public required Guid ExpertId { get; init; }
    public required string Name { get; init; }
    public required string Title { get; init; }

    /// <summary>The requested topic codes the expert covers, in the request's order.</summary>
    public required IReadOnlyList<string> MatchedTopics { get; init; }

    /// <summary>Share of the requested topics the expert covers (0..1).</summary>
    public required double Match { get; init; }

    /// <summary>Whether the expert speaks the requested language; null when none was requested.</summary>
    public bool? SpeaksLanguage { get; init; }

    public DateTimeOffset? NextFreeBrainstorming { get; init; }
}
