using Hubs.Contracts.Events;
using MassTransit;

namespace Hubs.HubNode.Referrals;

/// <summary>
/// Follows the status of the referrals this hub sent. Every hub's queue is bound to the event; a hub keeps only the
/// statuses of its own referrals (<see cref="ReferralStatusChanged.FromHubId"/>), newer versions only.
/// </summary>
public sealed class ReferralStatusChangedConsumer(ReferralDesk desk) : IConsumer<ReferralStatusChanged>
{
    public Task Consume(ConsumeContext<ReferralStatusChanged> context) => desk.ApplyStatusAsync(context.Message, context.CancellationToken);
}
