using System.Diagnostics.CodeAnalysis;
using Hubs.Contracts.Senders;
using MassTransit;

namespace Hubs.Contracts.Events;

/// <summary>
/// A booked consultation moved to another time; <see cref="PreviousStart"/> is where it was.
/// Like every consultation event: see <see cref="ConsultationEvent"/>.
/// </summary>
[PublishedBy(MessageSender.NamedHub)]
[EntityName("hubs.consultation-rescheduled")]
[MessageUrn("hubs:consultation-rescheduled:v1")]
public sealed record ConsultationRescheduled : ConsultationEvent
{
    public ConsultationRescheduled()
    {
    }

    /// <summary>An event with the booking facts of <paramref name="facts"/> and its own fields.</summary>
    [SetsRequiredMembers]
    public ConsultationRescheduled(ConsultationEvent facts, DateTimeOffset previousStart)
        : base(facts)
    {
        PreviousStart = previousStart;
    }

    /// <summary>Where the consultation was before this move.</summary>
    public required DateTimeOffset PreviousStart { get; init; }
}
