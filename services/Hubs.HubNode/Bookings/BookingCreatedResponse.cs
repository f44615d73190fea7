using Hubs.HubNode.Slots;

namespace Hubs.HubNode.Bookings;

/// <summary>
/// What the business gets back once, when it books. <see cref="ManageToken"/> is shown only here (the hub keeps its
/// hash); <see cref="InviteUrl"/> and <see cref="ManageUrl"/> carry it so they work from an e-mail, and are paths on
/// the gateway's origin.
/// </summary>
public sealed record BookingCreatedResponse(
    Guid Id,
    string ManageToken,
    string VideoLink,
    string InviteUrl,
    string ManageUrl,
    DateTimeOffset Start,
    DateTimeOffset End,
    string Kind,
    Guid ExpertId,
    string Status,
    Guid CaseId,
    long Version)
{
    /// <summary>The page where the business manages the booking (the portal's), with the token: see <see cref="ManageLinks"/>.</summary>
    public string? ManagePage { get; init; }

    /// <summary>The booking's path on the gateway, where <see cref="InviteUrl"/> and <see cref="ManageUrl"/> point.</summary>
    public static string PathOf(Booking booking) => $"/api/hubs/{booking.HubId}/bookings/{booking.Id}";

    public static BookingCreatedResponse From(Booking booking, string manageToken)
    {
        var path = PathOf(booking);
        var token = Uri.EscapeDataString(manageToken);
        return new(
            booking.Id,
            manageToken,
            booking.VideoLink,
            $"{path}/invite.ics?{Bookings.ManageToken.Query}={token}",
            $"{path}?{Bookings.ManageToken.Query}={token}",
            booking.Start.ToDateTimeOffset(),
            booking.End.ToDateTimeOffset(),
            booking.Kind.Code(),
            booking.ExpertId,
            booking.Status,
            booking.CaseId,
            booking.Version);
    }
}
