namespace Hubs.Directory.Referrals;

/// <summary>Who may ask for a referral on a business's behalf.</summary>
public static class ReferrerKinds
{
    public const string ChamberOfCommerce = "chamber-of-commerce";
    public const string Association = "association";
    public const string Bank = "bank";
    public const string Hub = "hub";
    public const string Other = "other";

    public static IReadOnlyList<string> All { get; } = [ChamberOfCommerce, Association, Bank, Hub, Other];
}
