using System.Globalization;
using Hubs.Portal.Gateway;

namespace Hubs.Portal.Components.Businesses;

/// <summary>
/// "Add to calendar": the hub's own invite (.ics, which carries the manage link) and Google / Outlook templates. Those
/// two go to another site when the visitor follows them, so they carry the video link only, never the manage token.
/// </summary>
public static class CalendarLinks
{
    public static string Ics(string hubId, Guid bookingId, string token) =>
        $"/api/hubs/{Uri.EscapeDataString(hubId)}/bookings/{bookingId}/invite.ics?token={Uri.EscapeDataString(token)}";

    public static string Google(string subject, BookingView booking, string details) =>
        "https://calendar.google.com/calendar/render?" + GatewayCalls.Query(
            ("action", "TEMPLATE"), ("text", subject), ("dates", $"{Compact(booking.Start)}/{Compact(booking.End)}"), ("details", details), ("location", booking.VideoLink));

    public static string Outlook(string subject, BookingView booking, string details) =>
        "https://outlook.live.com/calendar/0/deeplink/compose?" + GatewayCalls.Query(
            ("path", "/calendar/action/compose"), ("rru", "addevent"), ("subject", subject),
            ("startdt", booking.Start.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)),
            ("enddt", booking.End.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)),
            ("body", details), ("location", booking.VideoLink));

    private static string Compact(DateTimeOffset instant) => instant.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);
}
