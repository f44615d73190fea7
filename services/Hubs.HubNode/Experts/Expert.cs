using Hubs.HubNode.Versioning;
using Hubs.ServiceDefaults.Outbox;

namespace Hubs.HubNode.Experts;

/// <summary>A person who takes consultations at this hub. <see cref="Version"/> grows by one on every change, retirement included.</summary>
public sealed record Expert : IVersioned<Expert>
{
    public static string Noun => "expert";
    public static string Shown => "active";

    public required Guid Id { get; init; }
    public required string Name { get; init; }
    public required string Title { get; init; }
    public required string Bio { get; init; }

    /// <summary>Topic codes.</summary>
    public required IReadOnlyList<string> Competencies { get; init; }

    /// <summary>ISO 639-1 codes.</summary>
    public required IReadOnlyList<string> Languages { get; init; }

    public required long Version { get; init; }
    public required DateTimeOffset UpdatedAt { get; init; }
    public DateTimeOffset? RetiredAt { get; init; }

    public bool IsRetired => RetiredAt is not null;

    bool IVersioned<Expert>.IsEnded => IsRetired;

    /// <summary>Version 1 of a new expert.</summary>
    public static Expert New(ExpertDraft draft, Guid id, DateTimeOffset at) => new()
    {
        Id = id,
        Name = draft.Name,
        Title = draft.Title,
        Bio = draft.Bio,
        Competencies = draft.Competencies,
        Languages = draft.Languages,
        Version = 1,
        UpdatedAt = at,
    };

    /// <summary>This expert with the content of <paramref name="draft"/>.</summary>
    public Expert With(ExpertDraft draft) => this with
    {
        Name = draft.Name,
        Title = draft.Title,
        Bio = draft.Bio,
        Competencies = draft.Competencies,
        Languages = draft.Languages,
    };

    public bool Has(ExpertDraft draft) =>
        Name == draft.Name && Title == draft.Title && Bio == draft.Bio
        && Competencies.SequenceEqual(draft.Competencies, StringComparer.Ordinal)
        && Languages.SequenceEqual(draft.Languages, StringComparer.Ordinal);

    public Expert Stamped(long version, DateTimeOffset at) => this with { Version = version, UpdatedAt = at };

    public static OutboxMessage CurrentEvent(string hubId, Expert entity, Guid eventId) => ExpertEvents.Current(hubId, entity, eventId);
}
