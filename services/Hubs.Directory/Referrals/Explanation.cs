namespace Hubs.Directory.Referrals;

/// <summary>The same reasons in plain Italian and English.</summary>
public sealed record Explanation(string It, string En);
