using Hubs.Contracts.Commands;
using Hubs.Contracts.Events;
using Hubs.Contracts.Federation;
using Hubs.Contracts.Referrals;
using Hubs.Directory.Registry;
using Hubs.Directory.Messaging;
using Hubs.ServiceDefaults.Consent;
using MassTransit;

namespace Hubs.Directory.Referrals;

/// <summary>
/// The directory's part in warm referrals. A business that asked for a referral accepts one ranked hub: the directory
/// sends its intake straight to that hub's own queue (through <c>exchange:hub-{hubId}</c>, bound only to that queue; never published) and stores only the
/// referral id, the hub, the status and times. Hubs report each referral's status (<see cref="ReferralStatusChanged"/>,
/// anonymous), which the directory keeps for the business's status page and the statistics.
/// </summary>
public sealed class WarmReferralDesk(
    IReferralLog log,
    IWarmReferrals store,
    IHubRegistry registry,
    HubLiveness liveness,
    IBus bus,
    TimeProvider clock,
    ProjectionMetrics metrics,
    ConsentCheck consent,
    ILogger<WarmReferralDesk> logger)
{
    // A broker that is down must not hold the business for long: the send waits for the broker's confirm.
    private static readonly TimeSpan SendTimeout = TimeSpan.FromSeconds(10);

    public async Task<(WarmReferral? Referral, Dictionary<string, string[]> Errors, ReferralProblem? Problem)> AcceptAsync(
        Guid referralId, AcceptanceInput input, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var errors = AcceptanceValidation.Validate(input, now, out var acceptance);
        if (acceptance is not { } accepted)
        {
            return (null, errors, null);
        }

        if (consent.Refusal(accepted.Intake.ConsentVersion, "consentVersion", HandOverConsent.Path) is { } outdated)
        {
            return (null, errors, new ReferralProblem(outdated));
        }

        if (await log.GetRankedHubsAsync(referralId, cancellationToken) is not { } ranked)
        {
            return (null, errors, new ReferralProblem(StatusCodes.Status404NotFound, "referral-not-found", "Referral not found",
                $"No referral {referralId}: ask for one with POST /api/directory/referrals first."));
        }

        if (!ranked.Contains(accepted.HubId, StringComparer.Ordinal)
            || liveness.Assess(await registry.GetAsync(accepted.HubId, cancellationToken)).Status == HubStatus.Suspended)
        {
            return (null, errors, new ReferralProblem(StatusCodes.Status422UnprocessableEntity, "hub-not-ranked", "Hub not proposed",
                "Accept one of the hubs this referral proposed."));
        }

        var stored = await store.AcceptAsync(referralId, accepted.HubId, now, cancellationToken);
        if (stored.ToHubId != accepted.HubId)
        {
            return (null, errors, new ReferralProblem(StatusCodes.Status409Conflict, "already-accepted", "Referral already accepted",
                $"This referral was accepted for hub {stored.ToHubId}; ask for a new referral to go elsewhere."));
        }

        // Once the hub has reported the referral stored, sending again would change nothing there.
        if (stored.Status == WarmReferralOrigins.Sent)
        {
            await SendAsync(referralId, accepted.HubId, accepted.Intake, now, cancellationToken);
        }

        return (stored, errors, null);
    }

    public Task<WarmReferral?> GetAsync(Guid referralId, CancellationToken cancellationToken) => store.GetAsync(referralId, cancellationToken);

    /// <summary>Keeps the status a hub reports, if it may speak for the referral (it is the hub holding it) and it is newer.</summary>
    public async Task ApplyAsync(ReferralStatusChanged e, CancellationToken cancellationToken)
    {
        if (!EventChecks.IsWellFormed(e) || e.ReferralId == Guid.Empty || e.HubId != e.ToHubId || !ReferralStatuses.IsKnown(e.Status)
            || (e.FromHubId is not null && (!HubIds.IsWellFormed(e.FromHubId) || e.FromHubId == e.ToHubId)))
        {
            logger.LogWarning("Rejected a malformed ReferralStatusChanged {EventId} from {HubId} for referral {ReferralId}", e.EventId, e.HubId, e.ReferralId);
            metrics.Record(nameof(ReferralStatusChanged), ProjectionOutcome.Rejected);
            return;
        }

        var applied = await store.ApplyAsync(e, cancellationToken);
        metrics.Record(nameof(ReferralStatusChanged), applied ? ProjectionOutcome.Applied : ProjectionOutcome.Ignored);
    }

    private async Task SendAsync(Guid referralId, string hubId, ReferralIntake intake, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var message = new ReferBusiness
        {
            ReferralId = referralId,
            EventId = Guid.CreateVersion7(now),
            OccurredAt = now,
            FromHubId = null,
            ToHubId = hubId,
            Intake = intake,
        };
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(SendTimeout);
        try
        {
            // The exchange bound to the hub's quorum queue; "queue:" would redeclare it as classic (406).
            var endpoint = await bus.GetSendEndpoint(new Uri($"exchange:hub-{hubId}"));
            await endpoint.Send(message, context => context.MessageId = message.EventId, timeout.Token);
        }
        catch (OperationCanceledException ex) when (!cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException($"The broker did not confirm referral {referralId} for hub {hubId} within {SendTimeout}.", ex);
        }

        logger.LogInformation("Referral {ReferralId} accepted for hub {HubId}: intake forwarded to its queue", referralId, hubId);
    }
}
