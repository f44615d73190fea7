using MassTransit;

namespace Hubs.Contracts.Events;

/// <summary>
/// What every consultation event says about the booking, at the booking's <see cref="Version"/>: no personal data (no
/// name, e-mail, VAT number or text the business wrote). The events derive from it and add what is their own.
/// </summary>
/// <remarks>
/// Not a message of its own: no exchange (the broker users' permissions name only the events'); an envelope names it
/// after the event's own URN, as it names <see cref="IVersionedEvent"/>, and nothing binds to it (decision 23).
/// </remarks>
[ExcludeFromTopology]
public abstract record ConsultationEvent : IVersionedEvent
{
    public required string HubId { get; init; }
    public required Guid EventId { get; init; }
    public required DateTimeOffset OccurredAt { get; init; }
    public required long Version { get; init; }
    public required Guid BookingId { get; init; }

    /// <summary>The journey the booking belongs to: a brainstorming opens one, its follow-ups join it.</summary>
    public required Guid CaseId { get; init; }
    public required Guid ExpertId { get; init; }

    /// <summary><c>brainstorming</c> (45 minutes) or <c>followup</c> (60 minutes).</summary>
    public required string Kind { get; init; }
    public required DateTimeOffset Start { get; init; }
    public required DateTimeOffset End { get; init; }

    /// <summary>Topic codes from <see cref="Taxonomy.Topics"/>.</summary>
    public required IReadOnlyList<string> Topics { get; init; }

    /// <summary>ATECO section letter, A–U.</summary>
    public required string AtecoSection { get; init; }

    /// <summary>micro, small, medium or startup.</summary>
    public required string SizeClass { get; init; }
    public required string ProvinceCode { get; init; }
}
