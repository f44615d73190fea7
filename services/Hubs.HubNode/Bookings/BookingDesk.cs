using System.Globalization;
using Hubs.Contracts.Consultations;
using Hubs.HubNode.Availability;
using Hubs.HubNode.Cases;
using Hubs.HubNode.Experts;
using Hubs.HubNode.Hubs;
using Hubs.HubNode.Mail;
using Hubs.HubNode.Outcomes;
using Hubs.HubNode.Slots;
using Hubs.ServiceDefaults.Outbox;
using Microsoft.Extensions.Options;
using NodaTime;

namespace Hubs.HubNode.Bookings;

/// <summary>
/// The booking rules. The desk checks what it can up front to give a precise reason (the slot is offered, the notice
/// is respected); the store then decides what must hold under concurrency (the expert's time is free, the business
/// limit, the follow-up rule) inside the write itself, so a check here is never what prevents a double booking.
/// Every change leaves through the outbox and refreshes the expert's availability summary.
/// </summary>
public sealed class BookingDesk(
    IBookingStore store,
    IExpertStore experts,
    ICaseStore cases,
    IAvailabilityStore availabilities,
    IExpertBusyTimes busyTimes,
    AvailabilitySummaryPublisher summaries,
    OutboxSignal outbox,
    BookingMail mail,
    [FromKeyedServices(MailSender.Signal)] OutboxSignal mailSignal,
    IOptions<HubOptions> hub,
    IOptions<BookingOptions> options,
    IClock clock,
    ILogger<BookingDesk> logger)
{
    // A lost race re-reads and tries again; more than a few losses in a row means a hot loop somewhere, not bad luck.
    private const int Attempts = 3;

    // Busy intervals matter a little around the slot: the buffer reaches at most a few hours.
    private static readonly Duration BusyMargin = Duration.FromDays(1);

    private BookingOptions Options => options.Value;

    public Task<Booking?> GetAsync(Guid id, CancellationToken cancellationToken = default) => store.GetAsync(id, cancellationToken);

    public Task<IReadOnlyList<Booking>> ListAsync(BookingFilter filter, CancellationToken cancellationToken = default) =>
        store.ListAsync(filter, cancellationToken);

    public async Task<BookingResult> BookAsync(BookingRequest request, CancellationToken cancellationToken = default)
    {
        if (await experts.GetAsync(request.ExpertId, cancellationToken) is not { IsRetired: false })
        {
            return BookingResult.Refused(RefusalReason.ExpertNotFound, "Expert not found", $"No active expert {request.ExpertId} at this hub.");
        }

        var intake = request.Intake;
        if (intake is null)
        {
            // A follow-up by caseId alone: the case was opened with the business's intake, consent included.
            if (request.CaseId is not { } caseId || await cases.GetAsync(caseId, cancellationToken) is not { Meetings.Count: > 0 } known)
            {
                return CaseNotFound(request.CaseId);
            }

            intake = known.Meetings[0].Intake;
        }

        var now = clock.GetCurrentInstant();
        var availability = await availabilities.GetAsync(request.ExpertId, cancellationToken);
        if (await CheckSlotAsync(availability?.Rules, request.ExpertId, request.Kind, request.Start, now, except: null, cancellationToken) is { } refused)
        {
            return refused;
        }

        var (token, hash) = ManageToken.New();
        var id = Guid.CreateVersion7(now.ToDateTimeOffset());
        var booking = new Booking
        {
            Id = id,
            HubId = hub.Value.Id,
            CaseId = request.CaseId ?? Guid.CreateVersion7(now.ToDateTimeOffset()),
            ExpertId = request.ExpertId,
            Kind = request.Kind,
            Start = request.Start,
            End = request.Start + request.Kind.Length(),
            TimeZone = hub.Value.TimeZone,
            Status = BookingStatuses.Booked,
            Version = 1,
            Sequence = 0,
            ManageTokenHash = hash,
            VideoLink = VideoRooms.NewLink(Options.VideoBaseUrl, hub.Value.Id),
            InviteUid = $"{id}@{InviteDomain()}",
            Intake = intake,
            ConsentAt = now,
            CreatedAt = now,
            UpdatedAt = now,
        };

        var claim = await store.AddAsync(
            new BookingWrite(booking, [BookingEvents.Booked(booking, now)], await mail.BookedAsync(booking, token, now, cancellationToken)),
            booking.End + availability!.Rules.Buffer,
            new BookingConditions(Options.MaxOpenPerBusiness, now),
            cancellationToken);
        if (claim != BookingClaim.Booked)
        {
            return Refused(claim, request);
        }

        outbox.Notify();
        mailSignal.Notify();
        logger.LogInformation("Booking {BookingId} ({Kind}) with expert {ExpertId} at hub {HubId} for {Start}",
            booking.Id, booking.Kind.Code(), booking.ExpertId, booking.HubId, booking.Start);
        await RefreshSummaryAsync(booking.ExpertId, cancellationToken);
        return BookingResult.Done(booking, token);
    }

    /// <summary>Cancels a booked meeting; cancelling a cancelled one again changes nothing (a retried request succeeds).</summary>
    public async Task<BookingResult> CancelAsync(Guid id, bool byStaff, CancellationToken cancellationToken = default)
    {
        for (var attempt = 0; attempt < Attempts; attempt++)
        {
            var current = await store.GetAsync(id, cancellationToken);
            if (current is null)
            {
                return NotFound(id);
            }

            if (current.Status == BookingStatuses.Cancelled)
            {
                return BookingResult.Done(current);
            }

            var now = clock.GetCurrentInstant();
            if (Unchangeable(current, byStaff, now, "cancelled") is { } refused)
            {
                return refused;
            }

            var next = current with
            {
                Status = BookingStatuses.Cancelled,
                Version = current.Version + 1,
                Sequence = current.Sequence + 1,
                UpdatedAt = now,
                CancelledAt = now,
            };
            var write = new BookingWrite(next, [BookingEvents.Cancelled(next, now)], await mail.CancelledAsync(next, byStaff, now, cancellationToken));
            if (await store.UpdateAsync(write, current.Version, releaseTime: true, cancellationToken))
            {
                outbox.Notify();
                mailSignal.Notify();
                logger.LogInformation("Booking {BookingId} at hub {HubId} cancelled{ByStaff}", id, next.HubId, byStaff ? " by staff" : "");
                await RefreshSummaryAsync(next.ExpertId, cancellationToken);
                return BookingResult.Done(next);
            }
        }

        return Contended();
    }

    /// <summary>
    /// Moves a booked meeting to another free slot of the same expert and kind. The store swaps the claimed time in one
    /// write: if the new slot is taken, the booking keeps its old time. Moving to the current start changes nothing.
    /// </summary>
    public async Task<BookingResult> RescheduleAsync(Guid id, Instant start, bool byStaff, CancellationToken cancellationToken = default)
    {
        for (var attempt = 0; attempt < Attempts; attempt++)
        {
            var current = await store.GetAsync(id, cancellationToken);
            if (current is null)
            {
                return NotFound(id);
            }

            var now = clock.GetCurrentInstant();
            if (Unchangeable(current, byStaff, now, "moved") is { } refused)
            {
                return refused;
            }

            if (start == current.Start)
            {
                return BookingResult.Done(current);
            }

            var availability = await experts.GetAsync(current.ExpertId, cancellationToken) is { IsRetired: false }
                ? await availabilities.GetAsync(current.ExpertId, cancellationToken)
                : null;
            if (await CheckSlotAsync(availability?.Rules, current.ExpertId, current.Kind, start, now, current.Interval, cancellationToken) is { } notFree)
            {
                return notFree;
            }

            var next = current with
            {
                Start = start,
                End = start + current.Kind.Length(),
                Version = current.Version + 1,
                Sequence = current.Sequence + 1,
                UpdatedAt = now,
            };
            var write = new BookingWrite(next, [BookingEvents.Rescheduled(next, current.Start, now)], await mail.RescheduledAsync(next, current.Start, now, cancellationToken));
            switch (await store.MoveAsync(write, current.Version, next.End + availability!.Rules.Buffer, cancellationToken))
            {
                case BookingMove.Moved:
                    outbox.Notify();
                    mailSignal.Notify();
                    logger.LogInformation("Booking {BookingId} at hub {HubId} moved to {Start}", id, next.HubId, next.Start);
                    await RefreshSummaryAsync(next.ExpertId, cancellationToken);
                    return BookingResult.Done(next);
                case BookingMove.SlotTaken:
                    return SlotTaken();
            }
        }

        return Contended();
    }

    /// <summary>Records whether a meeting took place and what came of it: once, and not before it starts.</summary>
    public async Task<BookingResult> RecordOutcomeAsync(Guid id, OutcomeDraft draft, CancellationToken cancellationToken = default)
    {
        for (var attempt = 0; attempt < Attempts; attempt++)
        {
            var current = await store.GetAsync(id, cancellationToken);
            if (current is null)
            {
                return NotFound(id);
            }

            if (current.Outcome is not null)
            {
                return BookingResult.Refused(RefusalReason.OutcomeAlreadyRecorded, "Outcome already recorded",
                    $"The outcome of this meeting was recorded at {current.Outcome.RecordedAt}.");
            }

            if (!current.IsBooked)
            {
                return BookingResult.Refused(RefusalReason.NotBooked, "Booking not open", $"The booking is {current.Status}: there is no meeting to record.");
            }

            var now = clock.GetCurrentInstant();
            if (now < current.Start)
            {
                return BookingResult.Refused(RefusalReason.OutcomeTooEarly, "Meeting not started", $"The meeting starts at {current.Start}; record its outcome after that.");
            }

            // Two events, two versions: consumers keep the newest per booking, so they must not share one.
            var next = current with
            {
                Status = draft.Attendance == Attendances.Held ? BookingStatuses.Held : BookingStatuses.NoShow,
                Version = current.Version + 2,
                UpdatedAt = now,
                Outcome = new MeetingOutcome(draft.Attendance, draft.Category, draft.Notes, draft.GrantCallReference, now),
            };
            var write = new BookingWrite(
                next, [BookingEvents.Held(next, current.Version + 1, now), BookingEvents.OutcomeRecorded(next, now)], await mail.OutcomeRecordedAsync(next, now, cancellationToken));
            if (await store.UpdateAsync(write, current.Version, releaseTime: false, cancellationToken))
            {
                outbox.Notify();
                mailSignal.Notify();
                logger.LogInformation("Outcome of booking {BookingId} at hub {HubId}: {Attendance}, {Category}", id, next.HubId, draft.Attendance, draft.Category);
                return BookingResult.Done(next);
            }
        }

        return Contended();
    }

    private async Task<BookingResult?> CheckSlotAsync(
        AvailabilityRules? rules, Guid expertId, ConsultationKind kind, Instant start, Instant now, Interval? except, CancellationToken cancellationToken)
    {
        if (start <= now)
        {
            return BookingResult.Refused(RefusalReason.SlotInPast, "Slot in the past", $"{start} is not in the future.");
        }

        if (rules is null)
        {
            return BookingResult.Refused(RefusalReason.SlotNotOffered, "Slot not offered", "The expert has no opening hours at this hub.");
        }

        var calendar = new SlotCalendar(rules);
        if (!calendar.Offers(kind, start, now, []))
        {
            return BookingResult.Refused(RefusalReason.SlotNotOffered, "Slot not offered", NotOffered(rules, kind, start, now));
        }

        var busy = await busyTimes.ListAsync([expertId], new Interval(start - BusyMargin, start + BusyMargin), cancellationToken);
        var others = busy.Where(b => b.ExpertId == expertId && b.Interval != except).Select(b => b.Interval);
        return calendar.Offers(kind, start, now, others) ? null : SlotTaken();
    }

    private BookingResult? Unchangeable(Booking current, bool byStaff, Instant now, string verb)
    {
        if (!current.IsBooked)
        {
            return BookingResult.Refused(RefusalReason.NotBooked, "Booking not open", $"The booking is {current.Status}: it can no longer be {verb}.");
        }

        // Staff may act at any time (an expert falls ill); the business keeps to the notice the hub needs to re-plan.
        var notice = Duration.FromHours(Options.MinimumNoticeHours);
        if (!byStaff && now + notice > current.Start)
        {
            return BookingResult.Refused(RefusalReason.TooLate, "Too late to change",
                string.Create(CultureInfo.InvariantCulture, $"A booking can be {verb} only up to {Options.MinimumNoticeHours} hours before it starts; contact the hub."));
        }

        return null;
    }

    private static string NotOffered(AvailabilityRules rules, ConsultationKind kind, Instant start, Instant now)
    {
        if (start < now + rules.MinimumNotice)
        {
            return string.Create(CultureInfo.InvariantCulture, $"The slot starts less than {rules.MinimumNoticeHours} hours from now, the expert's minimum notice.");
        }

        if (start >= now + rules.Horizon)
        {
            return string.Create(CultureInfo.InvariantCulture, $"The slot is beyond the expert's booking horizon of {rules.HorizonDays} days.");
        }

        return string.Create(CultureInfo.InvariantCulture,
            $"The expert offers no {kind.Code()} slot starting at {start}: outside the opening hours or off the {rules.StepMinutes}-minute grid. See GET …/slots.");
    }

    private BookingResult Refused(BookingClaim claim, BookingRequest request) => claim switch
    {
        BookingClaim.SlotTaken => SlotTaken(),
        BookingClaim.BusinessLimitReached => BookingResult.Refused(RefusalReason.BusinessLimitReached, "Too many open bookings",
            string.Create(CultureInfo.InvariantCulture,
                $"This business (by its contact e-mail) already has {Options.MaxOpenPerBusiness} upcoming bookings at this hub, the most allowed (Bookings:MaxOpenPerBusiness); cancel one or wait until one has taken place.")),
        BookingClaim.CaseUnknown => CaseNotFound(request.CaseId),
        BookingClaim.CaseOfAnotherBusiness => FollowupRefused("The case was opened with another e-mail address: book the follow-up with the same one."),
        BookingClaim.FollowupNotRecommended => FollowupRefused("A follow-up can be booked only after the case's meeting was held and its outcome recommended a follow-up."),
        BookingClaim.FollowupAlreadyBooked => FollowupRefused("The case already has a follow-up booked."),
        _ => throw new ArgumentOutOfRangeException(nameof(claim), claim, "Not a refusal."),
    };

    private async Task RefreshSummaryAsync(Guid expertId, CancellationToken cancellationToken)
    {
        try
        {
            await summaries.RefreshAsync(expertId, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The booking is stored; the periodic refresh publishes the summary later.
            logger.LogWarning(ex, "Availability summary of expert {ExpertId} not refreshed after a booking change", expertId);
        }
    }

    private string InviteDomain() =>
        Uri.TryCreate(hub.Value.PublicUrl, UriKind.Absolute, out var url) && !string.IsNullOrEmpty(url.Host) ? url.Host : $"{hub.Value.Id}.hubs.local";

    private static BookingResult NotFound(Guid id) =>
        BookingResult.Refused(RefusalReason.BookingNotFound, "Booking not found", $"No booking {id} at this hub.");

    private static BookingResult CaseNotFound(Guid? caseId) =>
        BookingResult.Refused(RefusalReason.CaseNotFound, "Case not found",
            $"There is no case {caseId} at this hub: a follow-up needs the caseId returned when its brainstorming was booked.");

    private static BookingResult SlotTaken() =>
        BookingResult.Refused(RefusalReason.SlotTaken, "Slot taken", "The expert is already booked at that time (or within the buffer around another meeting).");

    private static BookingResult FollowupRefused(string detail) =>
        BookingResult.Refused(RefusalReason.FollowupNotAllowed, "Follow-up not allowed", detail);

    private static BookingResult Contended() =>
        BookingResult.Refused(RefusalReason.Contended, "Concurrent changes", "The booking kept changing while this request was applied; try again.");
}
