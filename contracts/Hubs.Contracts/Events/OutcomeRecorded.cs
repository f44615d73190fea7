using System.Diagnostics.CodeAnalysis;
using Hubs.Contracts.Senders;
using MassTransit;

namespace Hubs.Contracts.Events;

/// <summary>
/// The hub recorded what came out of a consultation. The hub's notes stay at the hub; only the category travels.
/// Like every consultation event: see <see cref="ConsultationEvent"/>.
/// </summary>
[PublishedBy(MessageSender.NamedHub)]
[EntityName("hubs.outcome-recorded")]
[MessageUrn("hubs:outcome-recorded:v1")]
public sealed record OutcomeRecorded : ConsultationEvent
{
    public OutcomeRecorded()
    {
    }

    /// <summary>An event with the booking facts of <paramref name="facts"/> and its own fields.</summary>
    [SetsRequiredMembers]
    public OutcomeRecorded(ConsultationEvent facts, string attendance, string outcomeCategory)
        : base(facts)
    {
        Attendance = attendance;
        OutcomeCategory = outcomeCategory;
    }

    /// <summary>One of <see cref="Consultations.Attendances"/>.</summary>
    public required string Attendance { get; init; }

    /// <summary>One of <see cref="Consultations.OutcomeCategories"/>.</summary>
    public required string OutcomeCategory { get; init; }
}
