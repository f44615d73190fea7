using Hubs.HubNode.Profile;
using Hubs.HubNode.Slots;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using NodaTime;

namespace Hubs.HubNode.Bookings;

/// <summary>
/// The booking as an RFC 5545 invite. The UID never changes and SEQUENCE grows with every change of the meeting, so a
/// calendar that imports a newer copy replaces the older one; a cancelled booking is sent as METHOD:CANCEL with
/// STATUS:CANCELLED, which removes it. Times are written in a zone (TZID plus its VTIMEZONE) or in UTC.
/// </summary>
public static class BookingInvite
{
    public const string MediaType = "text/calendar";

    /// <param name="zoneId">A TZDB zone id to write local times with, or null for UTC.</param>
    /// <param name="manageLink">The booking's manage page, with its token when the caller holds it.</param>
    /// <param name="organizerEmail"><c>Bookings:OrganizerEmail</c>, when configured.</param>
    public static string Write(Booking booking, HubOptions hub, string? zoneId, string manageLink, string? organizerEmail)
    {
        var cancelled = booking.Status == BookingStatuses.Cancelled;
        var hubName = string.IsNullOrWhiteSpace(hub.Name) ? hub.Id : hub.Name;
        var calendar = new Calendar
        {
            ProductId = $"-//Hubs//Hub node {hub.Id}//EN",
            Method = cancelled ? "CANCEL" : "REQUEST",
        };

        if (zoneId is not null)
        {
            // Rules from a year before the meeting: enough for any calendar to place it, without decades of history.
            calendar.AddTimeZone(VTimeZone.FromDateTimeZone(zoneId, booking.Start.ToDateTimeUtc().AddYears(-1), includeHistoricalData: false));
        }

        var meeting = new CalendarEvent
        {
            Uid = booking.InviteUid,
            Sequence = booking.Sequence,
            DtStamp = Utc(booking.UpdatedAt),
            DtStart = At(booking.Start, zoneId),
            DtEnd = At(booking.End, zoneId),
            Summary = $"{Title(booking.Kind)} — {hubName}",
            Description = $"Video call: {booking.VideoLink}\nTo cancel or move this meeting: {manageLink}",
            Location = booking.VideoLink,
            Url = new Uri(booking.VideoLink),
            Status = cancelled ? "CANCELLED" : "CONFIRMED",
            Organizer = new Organizer($"mailto:{OrganizerAddress(booking, hub, organizerEmail)}") { CommonName = hubName },
        };
        meeting.Attendees.Add(new Attendee($"mailto:{booking.Intake.Email}")
        {
            CommonName = booking.Intake.CompanyName,
            Role = "REQ-PARTICIPANT",
            ParticipationStatus = cancelled ? "DECLINED" : "ACCEPTED",
            Rsvp = false,
        });
        calendar.Events.Add(meeting);
        return new CalendarSerializer().SerializeToString(calendar) ?? "";
    }

    private static string Title(ConsultationKind kind) => kind switch
    {
        ConsultationKind.Followup => "Follow-up (60')",
        _ => "Brainstorming (45')",
    };

    private static CalDateTime Utc(Instant instant) => new(instant.ToDateTimeUtc(), "UTC", hasTime: true);

    private static CalDateTime At(Instant instant, string? zoneId) => zoneId is null ? Utc(instant) : Utc(instant).ToTimeZone(zoneId);

    // Configured first; hubs without any address still need an ORGANIZER: iTIP requires one on a REQUEST.
    private static string OrganizerAddress(Booking booking, HubOptions hub, string? organizerEmail) =>
        !string.IsNullOrWhiteSpace(organizerEmail) ? organizerEmail
        : !string.IsNullOrWhiteSpace(hub.ContactEmail) ? hub.ContactEmail
        : $"bookings@{booking.InviteUid[(booking.InviteUid.IndexOf('@', StringComparison.Ordinal) + 1)..].Replace("www.", "", StringComparison.Ordinal)}";
}
