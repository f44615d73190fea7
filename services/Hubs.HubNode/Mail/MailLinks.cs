using Hubs.HubNode.Hubs;
using Microsoft.Extensions.Options;

namespace Hubs.HubNode.Mail;

/// <summary>
/// The portal pages mails point to, under <see cref="MailOptions.PortalUrl"/> (else the hub's public URL): the manage
/// page a business opens with its token, the page to book a follow-up of a case, and the staff pages of a booking and
/// of an incoming referral.
/// </summary>
public sealed class MailLinks(IOptions<MailOptions> options, IOptions<HubOptions> hub)
{
    private string Base => (options.Value.PortalUrl ?? hub.Value.PublicUrl ?? "http://127.0.0.1:8080").TrimEnd('/');

    private string HubId => Uri.EscapeDataString(hub.Value.Id);

    public string Manage(Guid bookingId, string token) => $"{Base}/manage/{HubId}/{bookingId}?token={Uri.EscapeDataString(token)}";

    public string ManageWithoutToken(Guid bookingId) => $"{Base}/manage/{HubId}/{bookingId}";

    public string BookFollowup(Guid caseId) => $"{Base}/book/{HubId}?kind=followup&case={caseId}";

    public string StaffBooking(Guid bookingId) => $"{Base}/staff/{HubId}/bookings/{bookingId}";

    public string StaffReferral(Guid referralId) => $"{Base}/staff/{HubId}/referrals/{referralId}";
}
