using Hubs.HubNode.Referrals;
using Microsoft.Extensions.Options;
using NodaTime;

namespace Hubs.HubNode.Mail;

/// <summary>The notice to the hub's staff that a business was referred here: where from and the link, none of its intake.</summary>
public sealed class ReferralMail(MailComposer composer, MailLinks links, IOptions<MailOptions> options)
{
    public MailPlan? Received(IncomingReferral referral, Instant now)
    {
        var o = options.Value;
        if (!o.Enabled || string.IsNullOrWhiteSpace(o.StaffAddress))
        {
            return null;
        }

        var values = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["referral_id"] = referral.ReferralId.ToString(),
            ["from_hub"] = referral.FromHubId ?? "",
            ["topics"] = string.Join(", ", referral.Intake.Topics),
            ["staff_link"] = links.StaffReferral(referral.ReferralId),
        };
        return new MailPlan([composer.Compose(new MailDraft(MailKinds.StaffReferral, o.StaffLanguage, o.StaffAddress, values, now))]);
    }
}
