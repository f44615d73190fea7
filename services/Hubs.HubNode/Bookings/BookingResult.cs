namespace Hubs.HubNode.Bookings;

/// <summary>The booking as stored after the request, or why there is none. <see cref="ManageToken"/> only on creation.</summary>
public sealed record BookingResult(Booking? Booking, Refusal? Refusal, string? ManageToken = null)
{
    public static BookingResult Done(Booking booking, string? manageToken = null) => new(booking, null, manageToken);

    public static BookingResult Refused(RefusalReason reason, string title, string detail) => new(null, new Refusal(reason, title, detail));
}
