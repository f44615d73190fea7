namespace Hubs.Directory.Referrals;

/// <summary>Where a warm referral started, and the status it has before the receiving hub reports.</summary>
public static class WarmReferralOrigins
{
    /// <summary>The business accepted one of the hubs a directory referral ranked.</summary>
    public const string Directory = "directory";

    /// <summary>Another hub's staff referred the business after a meeting.</summary>
    public const string Hub = "hub";

    /// <summary>Forwarded by the directory, not yet reported stored by the hub.</summary>
    public const string Sent = "sent";
}
