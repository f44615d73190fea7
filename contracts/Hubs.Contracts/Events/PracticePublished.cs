using Hubs.Contracts.Senders;
using MassTransit;

namespace Hubs.Contracts.Events;

/// <summary>
/// A best practice was published or revised at a hub: the full content of this version, never a diff.
/// Practices are public content written by the hub's staff about the hub's own work. They carry no personal data:
/// no business's name, e-mail address, phone number, VAT number or text a business wrote; a success story names
/// the sector and the size class, not the firm. Staff are told so where they write, and the hub node rejects
/// e-mail addresses and phone numbers in every text field (see <see cref="Practices.ContactDetails"/>); the
/// exchange drops an event that carries them. Bounds: <see cref="Practices.PracticeLimits"/>.
/// </summary>
[PublishedBy(MessageSender.NamedHub)]
[EntityName("hubs.practice-published")]
[MessageUrn("hubs:practice-published:v1")]
public sealed record PracticePublished : IVersionedEvent
{
    public required string HubId { get; init; }
    public required Guid EventId { get; init; }
    public required DateTimeOffset OccurredAt { get; init; }
    public required long Version { get; init; }

    /// <summary>Unique within the authoring hub; the network keys a practice by (<see cref="HubId"/>, <see cref="PracticeId"/>).</summary>
    public required Guid PracticeId { get; init; }
    public required string Title { get; init; }
    public required string Summary { get; init; }

    /// <summary>CommonMark (with the usual extensions). Readers render it with raw HTML disabled and unsafe links removed.</summary>
    public required string BodyMarkdown { get; init; }

    /// <summary>Topic codes from <see cref="Taxonomy.Topics"/>.</summary>
    public required IReadOnlyList<string> Topics { get; init; }

    /// <summary>What the practice achieved, in plain text; empty when not stated.</summary>
    public required string ResultsAchieved { get; init; }

    /// <summary>Absolute http or https URLs (see <see cref="Practices.PracticeLinks"/>).</summary>
    public required IReadOnlyList<string> Links { get; init; }

    /// <summary>The language the practice is written in, ISO 639-1.</summary>
    public required string Language { get; init; }

    /// <summary>The grant call (<i>bando</i>) the practice relates to, e.g. "PR FESR Lombardia 2021-2027, Azione 1.1.4".</summary>
    public string? GrantCallReference { get; init; }
}
