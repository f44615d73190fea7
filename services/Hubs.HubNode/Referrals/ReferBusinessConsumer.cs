using Hubs.Contracts.Commands;
using MassTransit;

namespace Hubs.HubNode.Referrals;

/// <summary>Receives a warm referral on the hub's own queue and stores it once (by referral id).</summary>
public sealed class ReferBusinessConsumer(ReferralDesk desk) : IConsumer<ReferBusiness>
{
    // A referral this hub cannot accept is logged and acknowledged by the desk: redelivering cannot make it acceptable.
    public Task Consume(ConsumeContext<ReferBusiness> context) => desk.ReceiveAsync(context.Message, context.CancellationToken);
}
