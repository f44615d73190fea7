namespace Hubs.Directory.Referrals;

/// <summary>
/// What the statistics keep of a referral: the day, the province and topics asked for, the hub ranked first and what
/// kind of referrer asked (and which hub, when a hub did). Nothing that could name a business.
/// </summary>
public sealed record ReferralRecord
{
    public required Guid ReferralId { get; init; }

    /// <summary>The day in Italy the referral was asked.</summary>
    public required DateOnly RequestedOn { get; init; }

    public required string ProvinceCode { get; init; }
    public required IReadOnlyList<string> Topics { get; init; }

    /// <summary>Null when no hub could be proposed.</summary>
    public string? TopHubId { get; init; }

    /// <summary>Every hub proposed, best first: the business may accept one of them (a warm referral).</summary>
    public IReadOnlyList<string> RankedHubIds { get; init; } = [];

    /// <summary>One of <see cref="ReferrerKinds"/>; null when the business asked directly.</summary>
    public string? ReferrerKind { get; init; }

    /// <summary>Only when <see cref="ReferrerKind"/> is <c>hub</c>.</summary>
    public string? ReferrerHubId { get; init; }
}
