using Hubs.Contracts.Commands;
using Hubs.Contracts.Consultations;
using Hubs.Contracts.Events;
using Hubs.Contracts.Federation;
using Hubs.Contracts.Referrals;
using Hubs.HubNode.Bookings;
using Hubs.HubNode.Extensions;
using Hubs.HubNode.Intake;
using Hubs.HubNode.Mail;
using Hubs.HubNode.Profile;
using Hubs.HubNode.Slots;
using Hubs.ServiceDefaults.Http;
using Hubs.ServiceDefaults.Outbox;
using Microsoft.Extensions.Options;
using NodaTime;

namespace Hubs.HubNode.Referrals;

/// <summary>
/// Warm referrals at this hub, both ways. Out: the business of a meeting here, with its consent, is sent to another
/// hub's own queue through the outbox, and its status there is followed. In: a referral received is stored once, booked
/// through the ordinary booking rules with the intake it carries, and closed when the meeting's outcome is recorded;
/// each of those steps is published as an anonymous <see cref="ReferralStatusChanged"/>.
/// </summary>
public sealed class ReferralDesk(
    IReferralStore store,
    BookingDesk bookings,
    OutboxSignal outbox,
    ReferralMail mail,
    [FromKeyedServices(MailSender.Signal)] OutboxSignal mailSignal,
    IOptions<HubOptions> hub,
    IOptions<ReferralOptions> options,
    TimeProvider clock,
    ILogger<ReferralDesk> logger)
{
    /// <summary>The status of a referral made here until the other hub reports it stored.</summary>
    public const string Sent = "sent";

    public const int MaxListed = 1000;

    private string HubId => hub.Value.Id;

    /// <summary>Whether this hub may refer to <paramref name="hubId"/>: a founding hub or a configured peer.</summary>
    public bool IsReferable(string hubId) =>
        HubIds.Founding.Contains(hubId, StringComparer.Ordinal) || options.Value.PeerHubs.Contains(hubId, StringComparer.Ordinal);

    /// <returns>The referral stored, and whether this call created it (false: the same meeting was referred there before).</returns>
    public async Task<(OutgoingReferral? Referral, bool Created, ReferralProblem? Problem)> ReferAsync(ReferralRequest request, CancellationToken cancellationToken = default)
    {
        if (await bookings.GetAsync(request.BookingId, cancellationToken) is not { } booking)
        {
            return (null, false, ReferralProblem.NotFound("booking", request.BookingId));
        }

        if (booking.Outcome?.Category != OutcomeCategories.ReferredToAnotherHub)
        {
            return (null, false, new ReferralProblem(StatusCodes.Status409Conflict, "outcome-not-referral", "Meeting not concluded with a referral",
                $"Record the meeting's outcome as {OutcomeCategories.ReferredToAnotherHub} before referring the business."));
        }

        var now = clock.GetCurrentInstant();
        var referral = new OutgoingReferral
        {
            ReferralId = Guid.CreateVersion7(now.ToDateTimeOffset()),
            ToHubId = request.ToHubId,
            BookingId = booking.Id,
            Status = Sent,
            StatusVersion = 0,
            ConsentVersion = request.ConsentVersion,
            CreatedAt = now,
            UpdatedAt = now,
        };
        var send = ReferralEvents.Refer(referral.ReferralId, HubId, request.ToHubId, booking.Intake, request.ConsentVersion, request.Note, now);
        var stored = await store.AddOutgoingAsync(referral, send, cancellationToken);
        var created = stored.ReferralId == referral.ReferralId;
        if (created)
        {
            outbox.Notify();
            logger.LogInformation("Hub {HubId} referred the business of booking {BookingId} to hub {ToHubId} as referral {ReferralId}",
                HubId, booking.Id, request.ToHubId, referral.ReferralId);
        }

        return (stored, created, null);
    }

    public Task<IReadOnlyList<OutgoingReferral>> ListOutgoingAsync(CancellationToken cancellationToken = default) =>
        store.ListOutgoingAsync(MaxListed, cancellationToken);

    public Task<IReadOnlyList<IncomingReferral>> ListIncomingAsync(string? status, CancellationToken cancellationToken = default) =>
        store.ListIncomingAsync(status, MaxListed, cancellationToken);

    /// <summary>Stores a referral sent to this hub, once: a redelivery changes nothing and announces nothing.</summary>
    /// <returns>False when the message is not acceptable here (wrong hub, no consent, a malformed intake): retrying cannot fix it.</returns>
    public async Task<bool> ReceiveAsync(ReferBusiness message, CancellationToken cancellationToken = default)
    {
        if (message.ToHubId != HubId || message.ReferralId == Guid.Empty || message.FromHubId == HubId
            || (message.FromHubId is not null && !HubIds.IsWellFormed(message.FromHubId)))
        {
            logger.LogWarning("Hub {HubId} dropped referral {ReferralId} from {FromHubId} addressed to {ToHubId}",
                HubId, message.ReferralId, message.FromHubId, message.ToHubId);
            return false;
        }

        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var intake = message.Intake is { } i
            ? IntakeValidation.Validate(new IntakeInput
            {
                CompanyName = i.CompanyName,
                VatNumber = i.VatNumber,
                AtecoSection = i.AtecoSection,
                SizeClass = i.SizeClass,
                ProvinceCode = i.ProvinceCode,
                Topics = i.Topics?.ToList<string?>(),
                Need = i.Need,
                Email = i.Email,
                Consent = true,
                ConsentVersion = i.ConsentVersion,
            }, "intake", errors)
            : null;
        var note = TextRules.Text(message.Note, "note", ReferralLimits.MaxNoteLength, multiline: true, errors, required: false);
        if (intake is null || errors.Count > 0)
        {
            // The field names only: the values are the business's data.
            logger.LogWarning("Hub {HubId} dropped referral {ReferralId} from {FromHubId}: invalid {Fields}",
                HubId, message.ReferralId, message.FromHubId, string.Join(", ", errors.Keys));
            return false;
        }

        var now = clock.GetCurrentInstant();
        var referral = new IncomingReferral
        {
            ReferralId = message.ReferralId,
            FromHubId = message.FromHubId,
            Status = ReferralStatuses.Open,
            Version = 1,
            Intake = intake,
            ConsentAt = Instant.FromDateTimeOffset(message.Intake!.ConsentAt),
            Note = note,
            ReceivedAt = now,
            UpdatedAt = now,
        };
        if (await store.AddIncomingAsync(referral, ReferralEvents.StatusChanged(HubId, referral, now), mail.Received(referral, now), cancellationToken))
        {
            outbox.Notify();
            mailSignal.Notify();
            logger.LogInformation("Hub {HubId} received referral {ReferralId} from {FromHubId}", HubId, referral.ReferralId, referral.FromHubId ?? "the directory");
        }
        else
        {
            logger.LogDebug("Hub {HubId} already had referral {ReferralId}", HubId, referral.ReferralId);
        }

        return true;
    }

    /// <summary>
    /// Books a received referral into a slot with the ordinary booking rules and the referral's intake. The referral is
    /// claimed first (a conditional write), so two staff booking it at once cannot both succeed.
    /// </summary>
    public async Task<(BookingResult? Booking, ReferralProblem? Problem)> BookAsync(
        Guid referralId, Guid expertId, Instant start, CancellationToken cancellationToken = default)
    {
        if (await store.GetIncomingAsync(referralId, cancellationToken) is not { } referral)
        {
            return (null, ReferralProblem.NotFound("referral", referralId));
        }

        if (referral.Status != ReferralStatuses.Open)
        {
            return (null, NotOpen(referral));
        }

        var now = clock.GetCurrentInstant();
        var token = Guid.NewGuid();
        if (!await store.ClaimAsync(referralId, token, now, now - Duration.FromTimeSpan(options.Value.ClaimTimeout), cancellationToken))
        {
            return (null, await store.GetIncomingAsync(referralId, cancellationToken) is { Status: not ReferralStatuses.Open } changed
                ? NotOpen(changed)
                : new ReferralProblem(StatusCodes.Status409Conflict, "referral-being-booked", "Referral being booked",
                    "Someone is booking this referral right now; reload the list in a moment."));
        }

        BookingResult result;
        try
        {
            result = await bookings.BookAsync(new BookingRequest(expertId, start, ConsultationKind.Brainstorming, null, referral.Intake), cancellationToken);
        }
        catch
        {
            await store.ReleaseAsync(referralId, token, CancellationToken.None);
            throw;
        }

        if (result.Booking is not { } booking)
        {
            await store.ReleaseAsync(referralId, token, cancellationToken);
            return (result, null);
        }

        var at = clock.GetCurrentInstant();
        if (await store.MarkBookedAsync(referralId, token, booking.Id, at, r => ReferralEvents.StatusChanged(HubId, r, at), cancellationToken) is null)
        {
            // Only if this request outlived the claim timeout and someone else claimed it: the booking stands, staff see both.
            logger.LogError("Referral {ReferralId} at hub {HubId} lost its claim while booking {BookingId}", referralId, HubId, booking.Id);
        }
        else
        {
            outbox.Notify();
            logger.LogInformation("Referral {ReferralId} at hub {HubId} booked as {BookingId}", referralId, HubId, booking.Id);
        }

        return (result, null);
    }

    /// <summary>
    /// Declines an open referral with the staff's reason. The reason stays in this hub's store; the network hears only
    /// that the referral is <see cref="ReferralStatuses.Declined"/>, so the referring hub can look elsewhere.
    /// </summary>
    public async Task<(IncomingReferral? Referral, ReferralProblem? Problem)> DeclineAsync(Guid referralId, string reason, CancellationToken cancellationToken = default)
    {
        if (await store.GetIncomingAsync(referralId, cancellationToken) is not { } referral)
        {
            return (null, ReferralProblem.NotFound("referral", referralId));
        }

        if (referral.Status != ReferralStatuses.Open)
        {
            return (null, NotOpen(referral));
        }

        var now = clock.GetCurrentInstant();
        var declined = await store.DeclineAsync(
            referralId, reason, now, now - Duration.FromTimeSpan(options.Value.ClaimTimeout), r => ReferralEvents.StatusChanged(HubId, r, now), cancellationToken);
        if (declined is null)
        {
            return (null, await store.GetIncomingAsync(referralId, cancellationToken) is { Status: not ReferralStatuses.Open } changed
                ? NotOpen(changed)
                : new ReferralProblem(StatusCodes.Status409Conflict, "referral-being-booked", "Referral being booked",
                    "Someone is booking this referral right now; reload the list in a moment."));
        }

        outbox.Notify();
        // The reason may name the business: it is not logged.
        logger.LogInformation("Referral {ReferralId} at hub {HubId} declined", referralId, HubId);
        return (declined, null);
    }

    /// <summary>Closes the referrals whose meeting has an outcome and reopens those whose booking was cancelled.</summary>
    public async Task<int> SettleAsync(CancellationToken cancellationToken = default)
    {
        var at = clock.GetCurrentInstant();
        var changed = await store.SettleAsync(at, r => ReferralEvents.StatusChanged(HubId, r, at), cancellationToken);
        if (changed.Count > 0)
        {
            outbox.Notify();
            foreach (var referral in changed)
            {
                logger.LogInformation("Referral {ReferralId} at hub {HubId} is now {Status}", referral.ReferralId, HubId, referral.Status);
            }
        }

        return changed.Count;
    }

    /// <summary><see cref="SettleAsync"/> right after an outcome; a failure only delays it to the next periodic pass.</summary>
    public async Task SettleSoonAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            await SettleAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogWarning(ex, "Referrals of hub {HubId} not settled after an outcome; the periodic pass will", HubId);
        }
    }

    /// <summary>Follows the status another hub reports for a referral made here; statuses of other hubs' referrals are ignored.</summary>
    public async Task<bool> ApplyStatusAsync(ReferralStatusChanged e, CancellationToken cancellationToken = default)
    {
        if (e.FromHubId != HubId)
        {
            return false;
        }

        if (e.HubId != e.ToHubId || !ReferralStatuses.IsKnown(e.Status) || e.Version < 1)
        {
            logger.LogWarning("Hub {HubId} rejected status {Status} of referral {ReferralId} published by {PublisherHubId} for {ToHubId}",
                HubId, e.Status, e.ReferralId, e.HubId, e.ToHubId);
            return false;
        }

        return await store.ApplyStatusAsync(e.ReferralId, e.HubId, e.Status, e.Version, Instant.FromDateTimeOffset(e.OccurredAt), cancellationToken);
    }

    private static ReferralProblem NotOpen(IncomingReferral referral) =>
        new(StatusCodes.Status409Conflict, "referral-not-open", "Referral not open",
            $"The referral is {referral.Status}{(referral.BookingId is { } b ? $" (booking {b})" : "")}: only an open referral can be booked or declined.");
}
