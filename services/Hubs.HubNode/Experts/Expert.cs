namespace Hubs.HubNode.Experts;

/// <summary>A person who takes consultations at this hub. <see cref="Version"/> grows by one on every change, retirement included.</summary>
public sealed record Expert
{
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

    public bool Has(ExpertDraft draft) =>
        Name == draft.Name && Title == draft.Title && Bio == draft.Bio
        && Competencies.SequenceEqual(draft.Competencies, StringComparer.Ordinal)
        && Languages.SequenceEqual(draft.Languages, StringComparer.Ordinal);
}
