using Hubs.HubNode.Bookings;
using Hubs.HubNode.Hubs;
using Microsoft.Extensions.Options;

namespace Hubs.HubNode.Mail;

/// <summary>
/// The portal pages mails point to, under <see cref="MailOptions.PortalUrl"/> (else the hub's public URL): the manage
/// page a business opens with its token (the one <see cref="ManageLinks"/> puts in the invite and the booking's answer),
/// the page to book a follow-up of a case, and the staff pages of a booking and of an incoming referral.
/// </summary>
public sealed class MailLinks(ManageLinks manageLinks, IOptions<MailOptions> options, IOptions<HubOptions> hub)
{
    private string Base => (options.Value.PortalUrl ?? hub.Value.PublicUrl ?? "http://127.0.0.1:8080").TrimEnd('/');

    private string HubId => Uri.EscapeDataString(hub.Value.Id);

    /// <summary>The manage page, with the token when known (only the confirmation knows it: the hub keeps its hash).</summary>
    public string Manage(Booking booking, string? token)
    {
        // Without Bookings:ManageLinkBase the link is relative to the caller's origin; a mail has none, so the portal's.
        var link = manageLinks.For(booking, token, request: null);
        return link.StartsWith('/') ? Base + link : link;
    }

    public string BookFollowup(Guid caseId) => $"{Base}/book/{HubId}?kind=followup&case={caseId}";

    public string StaffBooking(Guid bookingId) => $"{Base}/staff/{HubId}/bookings/{bookingId}";

    public string StaffReferral(Guid referralId) => $"{Base}/staff/{HubId}/referrals/{referralId}";
}
