namespace Hubs.Directory.Statistics;

/// <summary>Referrals asked by hub <see cref="From"/> whose first-ranked hub was <see cref="To"/>.</summary>
public sealed record ReferralFlow(string From, string To, long Count);
