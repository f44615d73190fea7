namespace Hubs.HubNode.Referrals;

/// <summary>The body of <c>POST …/referrals/{referralId}/decline</c>. Nullable: what is missing is reported by <see cref="ReferralDecline"/>.</summary>
public sealed class ReferralDeclineInput
{
    public string? Reason { get; set; }
}
