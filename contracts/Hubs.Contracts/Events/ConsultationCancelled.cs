using System.Diagnostics.CodeAnalysis;
using Hubs.Contracts.Senders;
using MassTransit;

namespace Hubs.Contracts.Events;

/// <summary>
/// A booked consultation was cancelled (by the business with its manage link, or by the hub); its time is free again.
/// Like every consultation event: see <see cref="ConsultationEvent"/>.
/// </summary>
[PublishedBy(MessageSender.NamedHub)]
[EntityName("hubs.consultation-cancelled")]
[MessageUrn("hubs:consultation-cancelled:v1")]
public sealed record ConsultationCancelled : ConsultationEvent
{
    public ConsultationCancelled()
    {
    }

    /// <summary>An event with the booking facts of <paramref name="facts"/>.</summary>
    [SetsRequiredMembers]
    public ConsultationCancelled(ConsultationEvent facts)
        : base(facts)
    {
    }
}
