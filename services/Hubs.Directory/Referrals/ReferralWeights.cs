namespace Hubs.Directory.Referrals;

/// <summary>
/// How much each part of a hub's score counts, by urgency. Each row sums to 1. Competence leads unless the business
/// is in a hurry, when the earliest free slot takes over part of the weight of competence, distance and language.
/// </summary>
public sealed record ReferralWeights(double Competence, double Distance, double EarliestSlot, double Language, double LoadBalance)
{
    public static readonly ReferralWeights Normal = new(0.40, 0.20, 0.15, 0.15, 0.10);
    public static readonly ReferralWeights Soon = new(0.35, 0.15, 0.25, 0.15, 0.10);
    public static readonly ReferralWeights Urgent = new(0.30, 0.10, 0.40, 0.10, 0.10);

    public static ReferralWeights For(string urgency) => urgency switch
    {
        Urgencies.Urgent => Urgent,
        Urgencies.Soon => Soon,
        _ => Normal,
    };
}
