using Hubs.HubNode.Bookings;
using Hubs.HubNode.Profile;
using Microsoft.Extensions.Options;

namespace Hubs.HubNode.Mail;

/// <summary>
/// The portal pages mails point to, under <see cref="MailOptions.PortalUrl"/> (else the hub's public URL): the manage
/// page a business opens with its token (the one <see cref="ManageLinks"/> puts in the invite and the booking's answer),
/// the page to book a follow-up of a case, and the staff pages of a booking and of an incoming referral.
/// </summary>
public sealed class MailLinks(IOptions<MailOptions> options, IOptions<HubOptions> hub)
{
    private string Base => (options.Value.PortalUrl ?? hub.Value.PublicUrl ?? "http://127.0.0.1:8080").TrimEnd('/');

    private string HubId => Uri.EscapeDataString(hub.Value.Id);

    /// <summary>The manage page, with the token when known (only the confirmation knows it: the hub keeps its hash).</summary>
    public string Manage(Booking booking, string? token)
    {
        // A mail has no caller's origin to be relative to: always the portal's address.
        var link = $"{Base}/manage/{Uri.EscapeDataString(booking.HubId)}/{booking.Id}";
        return token is null ? link : $"{link}?{ManageToken.Query}={Uri.EscapeDataString(token)}";
    }

    public string BookFollowup(Guid caseId) => $"{Base}/book/{HubId}?kind=followup&case={caseId}";

    public string StaffBooking(Guid bookingId) => $"{Base}/staff/{HubId}/bookings/{bookingId}";

    public string StaffReferral(Guid referralId) => $"{Base}/staff/{HubId}/referrals/{referralId}";
}
