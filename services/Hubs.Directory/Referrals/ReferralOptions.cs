using System.ComponentModel.DataAnnotations;

namespace Hubs.Directory.Referrals;

/// <summary>The constants of the referral score (section <c>Referral</c>); the weights are in <see cref="ReferralWeights"/>.</summary>
public sealed class ReferralOptions
{
    public const string Section = "Referral";

    /// <summary>
    /// Load balance counts referrals that ranked a hub first and its consultations over this many days before today
    /// (today excluded, so the same request gives the same ranking all day).
    /// </summary>
    [Range(1, 365)]
    public int LoadWindowDays { get; set; } = 28;

    /// <summary>Recent referrals and consultations per listed expert at which the load-balance part falls to 0.5.</summary>
    [Range(0.1, 1000)]
    public double LoadPerExpertAtHalf { get; set; } = 4;

    /// <summary>Distance (km) at which the distance part falls to 0.5.</summary>
    [Range(1, 2000)]
    public double DistanceAtHalfKm { get; set; } = 100;

    /// <summary>Days until the earliest free brainstorming at which the earliest-slot part falls to 0.5.</summary>
    [Range(0.1, 365)]
    public double SlotDaysAtHalf { get; set; } = 7;

    /// <summary>A stale hub's score is multiplied by this, and it is ranked after every online hub.</summary>
    [Range(0.0, 1.0)]
    public double StalePenalty { get; set; } = 0.5;
}
