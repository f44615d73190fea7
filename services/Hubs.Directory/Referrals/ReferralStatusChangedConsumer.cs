using Hubs.Contracts.Events;
using MassTransit;

namespace Hubs.Directory.Referrals;

/// <summary>Keeps the status hubs report for warm referrals (for the business's status page and the statistics).</summary>
public sealed class ReferralStatusChangedConsumer(WarmReferralDesk desk) : IConsumer<ReferralStatusChanged>
{
    public Task Consume(ConsumeContext<ReferralStatusChanged> context) => desk.ApplyAsync(context.Message, context.CancellationToken);
}
