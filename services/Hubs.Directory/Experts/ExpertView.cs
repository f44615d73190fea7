using Hubs.Contracts.Taxonomy;

namespace Hubs.Directory.Experts;

/// <summary>An expert as listed by <c>GET /api/directory/experts</c>.</summary>
public sealed record ExpertView
{
    public required string HubId { get; init; }
    public required Guid ExpertId { get; init; }
    public required string Name { get; init; }
    public required string Title { get; init; }
    public required string Bio { get; init; }
    public required IReadOnlyList<CompetencyView> Competencies { get; init; }
    public required IReadOnlyList<string> Languages { get; init; }
    public required long Version { get; init; }

    /// <summary>When the hub made the change this entry shows.</summary>
    public required DateTimeOffset UpdatedAt { get; init; }

    /// <summary>The expert's hub's liveness (<c>online</c> or <c>stale</c>): a stale hub's entries may be out of date.</summary>
    public required string HubStatus { get; init; }

    /// <summary>Start of the earliest free brainstorming per the hub's latest summary; null when none or none known.</summary>
    public DateTimeOffset? NextFreeBrainstorming { get; init; }

    /// <summary>Start of the earliest free follow-up per the hub's latest summary; null when none or none known.</summary>
    public DateTimeOffset? NextFreeFollowup { get; init; }

    public static ExpertView From(ExpertRecord expert, string hubStatus) => new()
    {
        HubId = expert.HubId,
        ExpertId = expert.ExpertId,
        Name = expert.Profile?.Name ?? "",
        Title = expert.Profile?.Title ?? "",
        Bio = expert.Profile?.Bio ?? "",
        Competencies = [.. expert.Competencies.Select(Competency)],
        Languages = expert.Languages,
        Version = expert.Version,
        UpdatedAt = expert.UpdatedAt,
        HubStatus = hubStatus,
        NextFreeBrainstorming = expert.Availability?.NextFreeBrainstorming,
        NextFreeFollowup = expert.Availability?.NextFreeFollowup,
    };

    // A code newer than this service's taxonomy still shows, labelled by its code, until the contracts catch up.
    private static CompetencyView Competency(string code) =>
        Topics.Find(code) is { } topic ? new CompetencyView(topic.Code, topic.LabelIt, topic.LabelEn) : new CompetencyView(code, code, code);
}
