using Hubs.ServiceDefaults;
using Microsoft.Extensions.Options;

namespace Hubs.HubNode.Referrals;

/// <summary>
/// Every <see cref="ReferralOptions.SettleInterval"/>, brings booked referrals in line with their bookings. Outcomes
/// settle their referral at once (<see cref="ReferralDesk.SettleSoonAsync"/>); this pass catches what that missed (a
/// crash in between) and cancelled bookings, whose referral reopens.
/// </summary>
public sealed class ReferralSettlement(
    ReferralDesk desk, IOptions<ReferralOptions> options, IHostApplicationLifetime lifetime, TimeProvider time, ILogger<ReferralSettlement> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!await lifetime.WaitForStartAsync(stoppingToken))
        {
            return;
        }

        using var timer = new PeriodicTimer(options.Value.SettleInterval, time);
        try
        {
            do
            {
                try
                {
                    await desk.SettleAsync(stoppingToken);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    logger.LogWarning(ex, "Settling referrals failed; next pass in {Interval}", options.Value.SettleInterval);
                }
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException)
        {
            // Stopping.
        }
    }
}
