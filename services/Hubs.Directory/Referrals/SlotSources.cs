namespace Hubs.Directory.Referrals;

/// <summary>Where a ranked hub's earliest free slot comes from.</summary>
public static class SlotSources
{
    /// <summary>The hub answered within the referral's time budget.</summary>
    public const string Live = "live";

    /// <summary>The last availability summaries the hub published (it was not asked, failed, was too slow, or its circuit is open).</summary>
    public const string Summary = "summary";
}
