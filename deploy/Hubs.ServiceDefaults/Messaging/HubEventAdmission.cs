using Hubs.Contracts.Commands;
using Hubs.Contracts.Events;
using Hubs.Contracts.Federation;
using MassTransit;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Hubs.ServiceDefaults.Messaging;

/// <summary>
/// Lets a message reach its consumer only if its publisher may say it: a hub event must carry the broker-validated
/// <c>user_id</c> <c>hub-{HubId}</c> (the broker refuses a <c>user_id</c> other than the connection's user, so nobody
/// can forge it), anything else must come from a trusted network user, and a suspended hub's events are ignored.
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
            ?? (ServiceEvents.ContainsKey(typeof(T)) ? null : await MembershipAsync(context.Message, context.CancellationToken));
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

    // Hub events a network service is the authority on, and so publishes under its own broker user: the exchange
    // records adoptions, so PracticeAdopted (HubId = the adopting hub) must come from "exchange", never from a hub.
    // The service already applied its rules (and suspensions) when it recorded the fact, so membership is not rechecked.
    private static readonly Dictionary<Type, string> ServiceEvents = new() { [typeof(PracticeAdopted)] = BrokerUsers.Exchange };

    // Commands that name who sends them: a warm referral comes from the referring hub's user, or from the directory
    // when the business accepted a ranked hub there (FromHubId null). Nobody else may put a business in a hub's queue.
    private static readonly Dictionary<Type, Func<object, string>> NamedSenders = new()
    {
        [typeof(ReferBusiness)] = m => ((ReferBusiness)m).FromHubId is { } from ? BrokerUsers.ForHub(from) : BrokerUsers.Directory,
    };

    private EventRefusal? Identity(T message, string? publisher)
    {
        var settings = options.Value;
        if (!settings.VerifyHubIdentity)
        {
            return null;
        }

        if (ServiceEvents.TryGetValue(typeof(T), out var authority))
        {
            return publisher is null ? EventRefusal.Unidentified
                : string.Equals(publisher, authority, StringComparison.Ordinal) ? null
                : EventRefusal.Impersonation;
        }

        if (NamedSenders.TryGetValue(typeof(T), out var senderOf))
        {
            return publisher is null ? EventRefusal.Unidentified
                : string.Equals(publisher, senderOf(message), StringComparison.Ordinal) ? null
                : EventRefusal.Impersonation;
        }

        if (message is IHubEvent hubEvent)
        {
            return publisher is null ? EventRefusal.Unidentified
                : string.Equals(publisher, BrokerUsers.ForHub(hubEvent.HubId), StringComparison.Ordinal) ? null
                : EventRefusal.Impersonation;
        }

        return publisher is not null && settings.TrustedPublishers.Contains(publisher, StringComparer.Ordinal)
            ? null
            : EventRefusal.UntrustedPublisher;
    }

    private async Task<EventRefusal?> MembershipAsync(T message, CancellationToken cancellationToken) =>
        membership is not null && message is IHubEvent { HubId: { } hubId } && await membership.IsSuspendedAsync(hubId, cancellationToken)
            ? EventRefusal.SuspendedHub
            : null;
}
