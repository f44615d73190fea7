using System.Globalization;
using Hubs.Contracts.Consultations;
using Hubs.HubNode.Bookings;
using Hubs.HubNode.Experts;
using Hubs.HubNode.Intake;
using Hubs.HubNode.Profile;
using Hubs.HubNode.Slots;
using Microsoft.Extensions.Options;
using NodaTime;
using NodaTime.Text;

namespace Hubs.HubNode.Mail;

/// <summary>
/// Decides the mail each booking change causes, to be stored in the change's own write: the business gets the
/// confirmation (with the invite), the update, the cancellation, its reminders and the invitation to a follow-up; the
/// hub's staff a notice of each new booking and cancellation. Nothing when the hub sends no mail.
/// </summary>
public sealed class BookingMail(
    MailComposer composer,
    MailLinks links,
    IExpertStore experts,
    IOptions<MailOptions> options,
    IOptions<HubOptions> hub,
    IOptions<BookingOptions> bookingOptions)
{
    private MailOptions Options => options.Value;

    public async Task<MailPlan?> BookedAsync(Booking booking, string manageToken, Instant now, CancellationToken cancellationToken)
    {
        if (!Options.Enabled)
        {
            return null;
        }

        var language = booking.Intake.Language;
        var values = await ValuesAsync(booking, language, cancellationToken);
        values["manage_link"] = links.Manage(booking, manageToken);
        var mails = new List<QueuedMail>
        {
            composer.Compose(ToBusiness(MailKinds.Confirmation, booking, values, now, Invite(booking, values["manage_link"]))),
        };
        mails.AddRange(Reminders(booking, values, now));
        if (await StaffNoticeAsync(MailKinds.StaffNewBooking, booking, now, cancellationToken) is { } notice)
        {
            mails.Add(notice);
        }

        return new MailPlan(mails);
    }

    public async Task<MailPlan?> RescheduledAsync(Booking booking, Instant previousStart, Instant now, CancellationToken cancellationToken)
    {
        if (!Options.Enabled)
        {
            return null;
        }

        var language = booking.Intake.Language;
        var values = await ValuesAsync(booking, language, cancellationToken);
        values["previous_when"] = When(previousStart, booking.TimeZone, language);
        List<QueuedMail> mails = [composer.Compose(ToBusiness(MailKinds.Update, booking, values, now, Invite(booking))), .. Reminders(booking, values, now)];
        return new MailPlan(mails, WithdrawRemindersOf: booking.Id);
    }

    public async Task<MailPlan?> CancelledAsync(Booking booking, bool byStaff, Instant now, CancellationToken cancellationToken)
    {
        if (!Options.Enabled)
        {
            return null;
        }

        var values = await ValuesAsync(booking, booking.Intake.Language, cancellationToken);
        values["by_staff"] = byStaff ? "true" : "";
        var mails = new List<QueuedMail> { composer.Compose(ToBusiness(MailKinds.Cancellation, booking, values, now, Invite(booking))) };
        if (await StaffNoticeAsync(MailKinds.StaffCancellation, booking, now, cancellationToken, byStaff) is { } notice)
        {
            mails.Add(notice);
        }

        return new MailPlan(mails, WithdrawRemindersOf: booking.Id);
    }

    /// <summary>The invitation to book the follow-up a held brainstorming recommended.</summary>
    public async Task<MailPlan?> OutcomeRecordedAsync(Booking booking, Instant now, CancellationToken cancellationToken)
    {
        if (!Options.Enabled
            || booking.Kind != ConsultationKind.Brainstorming
            || booking.Outcome is not { Attendance: Attendances.Held, Category: OutcomeCategories.FollowUpRecommended })
        {
            return null;
        }

        var values = await ValuesAsync(booking, booking.Intake.Language, cancellationToken);
        values["followup_link"] = links.BookFollowup(booking.CaseId);
        return new MailPlan([composer.Compose(ToBusiness(MailKinds.FollowupInvitation, booking, values, now, invite: null))]);
    }

    private IEnumerable<QueuedMail> Reminders(Booking booking, Dictionary<string, string> values, Instant now)
    {
        foreach (var before in Options.Reminders.Distinct().OrderByDescending(r => r))
        {
            // A reminder whose time has passed when the meeting is booked or moved would arrive late and say nothing new.
            var due = booking.Start - Duration.FromTimeSpan(before);
            if (due <= now)
            {
                continue;
            }

            var reminder = new Dictionary<string, string>(values, StringComparer.Ordinal) { ["reminder_before"] = Before(before, booking.Intake.Language) };
            yield return composer.Compose(ToBusiness(MailKinds.Reminder, booking, reminder, now, invite: null) with { DueAt = due, ExpiresAt = booking.Start });
        }
    }

    private async Task<QueuedMail?> StaffNoticeAsync(string kind, Booking booking, Instant now, CancellationToken cancellationToken, bool byStaff = false)
    {
        if (string.IsNullOrWhiteSpace(Options.StaffAddress))
        {
            return null;
        }

        // What staff need to open the booking in the portal, nothing of the intake.
        var values = await ValuesAsync(booking, Options.StaffLanguage, cancellationToken);
        values["staff_link"] = links.StaffBooking(booking.Id);
        values["by_staff"] = byStaff ? "true" : "";
        return composer.Compose(new MailDraft(kind, Options.StaffLanguage, Options.StaffAddress, values, now, booking.Id));
    }

    private static MailDraft ToBusiness(string kind, Booking booking, Dictionary<string, string> values, Instant now, MailInvite? invite) =>
        new(kind, booking.Intake.Language, booking.Intake.Email, values, now, booking.Id, invite);

    // Mails after the first carry the manage page without its token (only its hash is stored); the confirmation has it.
    private MailInvite Invite(Booking booking, string? manageLink = null) =>
        new(booking.Status == BookingStatuses.Cancelled ? "CANCEL" : "REQUEST",
            BookingInvite.Write(booking, hub.Value, booking.TimeZone, manageLink ?? links.Manage(booking, token: null), bookingOptions.Value.OrganizerEmail));

    private async Task<Dictionary<string, string>> ValuesAsync(Booking booking, string language, CancellationToken cancellationToken)
    {
        var expert = await experts.GetAsync(booking.ExpertId, cancellationToken);
        return new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["booking_id"] = booking.Id.ToString(),
            ["kind"] = booking.Kind.Code(),
            ["kind_title"] = KindTitle(booking.Kind, language),
            ["when"] = When(booking.Start, booking.TimeZone, language),
            ["time_zone"] = booking.TimeZone,
            ["minutes"] = ((int)(booking.End - booking.Start).TotalMinutes).ToString(CultureInfo.InvariantCulture),
            ["video_link"] = booking.VideoLink,
            ["expert_name"] = expert?.Profile.Name ?? "",
        };
    }

    private static string KindTitle(ConsultationKind kind, string language) => (kind, language) switch
    {
        (ConsultationKind.Followup, MailLanguages.English) => "technical follow-up (60 minutes)",
        (ConsultationKind.Followup, _) => "approfondimento tecnico (60 minuti)",
        (_, MailLanguages.English) => "brainstorming (45 minutes)",
        _ => "brainstorming (45 minuti)",
    };

    private static string When(Instant instant, string zoneId, string language)
    {
        var zone = DateTimeZoneProviders.Tzdb.GetZoneOrNull(zoneId) ?? DateTimeZone.Utc;
        var culture = CultureInfo.GetCultureInfo(language == MailLanguages.English ? "en-GB" : "it-IT");
        var pattern = language == MailLanguages.English ? "dddd d MMMM yyyy', 'HH:mm" : "dddd d MMMM yyyy', ore 'HH:mm";
        return LocalDateTimePattern.Create(pattern, culture).Format(instant.InZone(zone).LocalDateTime);
    }

    private static string Before(TimeSpan before, string language)
    {
        var english = language == MailLanguages.English;
        if (before.TotalHours >= 1 && before.Minutes == 0 && before.Seconds == 0)
        {
            var hours = (int)before.TotalHours;
            return english ? $"{hours} hour{(hours == 1 ? "" : "s")}" : $"{hours} {(hours == 1 ? "ora" : "ore")}";
        }

        var minutes = (int)Math.Ceiling(before.TotalMinutes);
        return english ? $"{minutes} minutes" : $"{minutes} minuti";
    }
}
