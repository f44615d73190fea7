using System.Diagnostics.CodeAnalysis;
using Hubs.Contracts.Senders;
using MassTransit;

namespace Hubs.Contracts.Events;

/// <summary>
/// A business booked a consultation at a hub (a new booking, version 1).
/// Like every consultation event: see <see cref="ConsultationEvent"/>.
/// </summary>
[PublishedBy(MessageSender.NamedHub)]
[EntityName("hubs.consultation-booked")]
[MessageUrn("hubs:consultation-booked:v1")]
public sealed record ConsultationBooked : ConsultationEvent
{
    public ConsultationBooked()
    {
    }

    /// <summary>An event with the booking facts of <paramref name="facts"/>.</summary>
    [SetsRequiredMembers]
    public ConsultationBooked(ConsultationEvent facts)
        : base(facts)
    {
    }
}
