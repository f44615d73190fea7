namespace Hubs.Directory.Referrals;

/// <summary>A hub proposed for a referral, with its score, why, and its best-matching experts.</summary>
public sealed record RankedHub
{
    public required string HubId { get; init; }
    public required string Name { get; init; }
    public required string City { get; init; }
    public required string ProvinceCode { get; init; }

    /// <summary><c>online</c> or <c>stale</c>.</summary>
    public required string HubStatus { get; init; }

    public required double Score { get; init; }
    public required ScoreBreakdown Breakdown { get; init; }

    /// <summary>From the centroid of the business's province to the hub.</summary>
    public required double DistanceKm { get; init; }

    /// <summary>The earliest free brainstorming among the hub's matching experts; null when none is known.</summary>
    public DateTimeOffset? EarliestFreeSlot { get; init; }

    /// <summary>Up to three, best match first.</summary>
    public required IReadOnlyList<ReferredExpert> Experts { get; init; }

    /// <summary>One of <see cref="SlotSources"/>: whether the slots above are the hub's live answer or its last summaries.</summary>
    public string SlotSource { get; init; } = SlotSources.Summary;

    /// <summary>The earliest free brainstormings the hub offered just now (up to three); empty unless <see cref="SlotSource"/> is live.</summary>
    public IReadOnlyList<OfferedSlot> FreeSlots { get; init; } = [];

    public required Explanation Explanation { get; init; }
}
