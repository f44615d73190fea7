using System.Diagnostics.CodeAnalysis;
using Hubs.Contracts.Senders;
using MassTransit;

namespace Hubs.Contracts.Events;

/// <summary>
/// The hub recorded whether a consultation took place: <see cref="Attendance"/> is held or no-show.
/// Like every consultation event: see <see cref="ConsultationEvent"/>.
/// </summary>
[PublishedBy(MessageSender.NamedHub)]
[EntityName("hubs.consultation-held")]
[MessageUrn("hubs:consultation-held:v1")]
public sealed record ConsultationHeld : ConsultationEvent
{
    public ConsultationHeld()
    {
    }

    /// <summary>An event with the booking facts of <paramref name="facts"/> and its own fields.</summary>
    [SetsRequiredMembers]
    public ConsultationHeld(ConsultationEvent facts, string attendance)
        : base(facts)
    {
        Attendance = attendance;
    }

    /// <summary>One of <see cref="Consultations.Attendances"/>.</summary>
    public required string Attendance { get; init; }
}
