namespace Hubs.Contracts.Referrals;

/// <summary>The bounds of a warm referral that both ends check.</summary>
public static class ReferralLimits
{
    /// <summary>The referring staff's note to the receiving hub.</summary>
    public const int MaxNoteLength = 2000;

    /// <summary>The receiving hub's reason for declining a referral (kept at that hub only).</summary>
    public const int MaxDeclineReasonLength = 1000;
}
