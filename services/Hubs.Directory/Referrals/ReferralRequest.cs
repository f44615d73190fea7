namespace Hubs.Directory.Referrals;

/// <summary>A validated referral request: codes normalised, topics distinct in the order given.</summary>
public sealed record ReferralRequest
{
    public required string ProvinceCode { get; init; }
    public required IReadOnlyList<string> Topics { get; init; }
    public string? AtecoSection { get; init; }
    public string? SizeClass { get; init; }
    public string? Language { get; init; }

    /// <summary>One of <see cref="Urgencies"/>.</summary>
    public required string Urgency { get; init; }

    public Referrer? Referrer { get; init; }
}
