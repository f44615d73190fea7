namespace Hubs.HubNode.Referrals;

/// <summary>The body of <c>POST …/referrals/{referralId}/book</c>: the slot, as for a booking; the intake comes with the referral.</summary>
public sealed class ReferralBookingInput
{
    public string? ExpertId { get; set; }

    /// <summary>An ISO 8601 instant with its offset.</summary>
    public string? Start { get; set; }

    /// <summary>brainstorming (the default): a referred business starts a new case here.</summary>
    public string? Kind { get; set; }
}
