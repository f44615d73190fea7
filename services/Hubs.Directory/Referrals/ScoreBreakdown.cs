namespace Hubs.Directory.Referrals;

/// <summary>
/// Why a hub scored what it did: score = (sum of the parts' points) × <see cref="StatusFactor"/> (1 for an online hub,
/// the stale penalty for a stale one).
/// </summary>
public sealed record ScoreBreakdown(
    ScorePart Competence,
    ScorePart Distance,
    ScorePart EarliestSlot,
    ScorePart Language,
    ScorePart LoadBalance,
    double StatusFactor);
