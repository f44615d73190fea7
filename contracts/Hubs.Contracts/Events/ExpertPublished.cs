using Hubs.Contracts.Senders;
using MassTransit;

namespace Hubs.Contracts.Events;

/// <summary>An expert was created or changed at a hub: the full public profile, never a diff.</summary>
[PublishedBy(MessageSender.NamedHub)]
[EntityName("hubs.expert-published")]
[MessageUrn("hubs:expert-published:v1")]
public sealed record ExpertPublished : IVersionedEvent
{
    public required string HubId { get; init; }
    public required Guid EventId { get; init; }
    public required DateTimeOffset OccurredAt { get; init; }
    public required long Version { get; init; }
    public required Guid ExpertId { get; init; }
    public required string Name { get; init; }
    public required string Title { get; init; }
    public required string Bio { get; init; }

    /// <summary>Topic codes from <see cref="Taxonomy.Topics"/>.</summary>
    public required IReadOnlyList<string> Competencies { get; init; }

    /// <summary>ISO 639-1 codes.</summary>
    public required IReadOnlyList<string> Languages { get; init; }
}
