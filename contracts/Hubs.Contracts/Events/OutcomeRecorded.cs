using Hubs.Contracts.Senders;
using MassTransit;

namespace Hubs.Contracts.Events;

/// <summary>
/// The hub recorded what came out of a consultation. The hub's notes stay at the hub; only the category travels.
/// Like every consultation event: no personal data (no name, e-mail, VAT number or text the business wrote), and
/// <c>Version</c> is the booking's, growing with every change of it.
/// </summary>
[PublishedBy(MessageSender.NamedHub)]
[EntityName("hubs.outcome-recorded")]
[MessageUrn("hubs:outcome-recorded:v1")]
public sealed record OutcomeRecorded : IVersionedEvent
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

    /// <summary>One of <see cref="Consultations.Attendances"/>.</summary>
    public required string Attendance { get; init; }

    /// <summary>One of <see cref="Consultations.OutcomeCategories"/>.</summary>
    public required string OutcomeCategory { get; init; }
}
