namespace Hubs.Contracts.Referrals;

/// <summary>The bounds of a warm referral that both ends check.</summary>
public static class ReferralLimits
{
    /// <summary>The referring staff's note to the receiving hub.</summary>
    public const int MaxNoteLength = 2000;
}
