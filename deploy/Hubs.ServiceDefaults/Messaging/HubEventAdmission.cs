using Hubs.Contracts.Events;
using Hubs.Contracts.Federation;
using Hubs.Contracts.Senders;
using MassTransit;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Hubs.ServiceDefaults.Messaging;

/// <summary>
/// Lets a message reach its consumer only if its publisher may say it, as the contracts declare
/// (<see cref="PublishedByAttribute"/>): a hub's message must carry the broker-validated <c>user_id</c> of the hub it
/// names (the broker refuses a <c>user_id</c> other than the connection's user, so nobody can forge it), a service's
/// message that service's user; a message the contracts do not declare is refused, and a suspended hub's events are ignored.
/// A refused message is logged, counted through <see cref="IRefusedEvents"/> and acknowledged: retrying cannot change
/// who sent it, and marking it consumed keeps it out of the <c>_skipped</c> queue.
/// </summary>
public sealed class HubEventAdmission<T>(
    IOptions<MessagingOptions> options,
    IRefusedEvents refused,
    ILogger<HubEventAdmission<T>> logger,
    IHubMembership? membership = null) : IFilter<ConsumeContext<T>>
    where T : class
{
    public async Task Send(ConsumeContext<T> context, IPipe<ConsumeContext<T>> next)
    {
        var publisher = BrokerUsers.PublisherOf(context);
        var refusal = Identity(context.Message, publisher)
            ?? (MessageSenders<T>.ByHub ? await MembershipAsync(context.Message, context.CancellationToken) : null);
        if (refusal is not { } why)
        {
            await next.Send(context);
            return;
        }

        // The claimed hub id is the publisher's text: logged only when it is a well-formed id.
        var claimed = (context.Message as IHubEvent)?.HubId;
        var hubId = claimed is null ? "(none)" : HubIds.IsWellFormed(claimed) ? claimed : "(malformed)";
        var eventId = (context.Message as IHubEvent)?.EventId ?? context.MessageId;
        if (why == EventRefusal.SuspendedHub)
        {
            logger.LogDebug("Ignored {EventType} {EventId} of suspended hub {HubId}", typeof(T).Name, eventId, hubId);
        }
        else
        {
            logger.LogWarning("Refused {EventType} {EventId} claiming hub {HubId} from broker user {BrokerUser}: {Refusal}",
                typeof(T).Name, eventId, hubId, publisher ?? "(none)", why);
        }

        refused.Record(typeof(T).Name, why);
        await context.NotifyConsumed(context, TimeSpan.Zero, nameof(HubEventAdmission<T>));
    }

    public void Probe(ProbeContext context) => context.CreateFilterScope("hubEventAdmission");

    private EventRefusal? Identity(T message, string? publisher)
    {
        if (!options.Value.VerifyHubIdentity)
        {
            return null;
        }

        var allowed = MessageSenders<T>.AllowedUser(message);
        var mine = publisher is not null && string.Equals(publisher, allowed, StringComparison.Ordinal);

        // What names a hub (a hub event, a hub's referral) is an impersonation when another user sent it; a service's own
        // message from anyone else is merely untrusted.
        return message is not IHubEvent && !MessageSenders<T>.ByHub ? (mine ? null : EventRefusal.UntrustedPublisher)
            : publisher is null ? EventRefusal.Unidentified
            : mine ? null
            : EventRefusal.Impersonation;
    }

    private async Task<EventRefusal?> MembershipAsync(T message, CancellationToken cancellationToken) =>
        membership is not null && message is IHubEvent { HubId: { } hubId } && await membership.IsSuspendedAsync(hubId, cancellationToken)
            ? EventRefusal.SuspendedHub
            : null;
}
