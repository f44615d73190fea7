namespace Hubs.Contracts.Referrals;

/// <summary>
/// Where a warm referral stands at the hub it was sent to: <see cref="Open"/> once stored there, <see cref="Booked"/>
/// once that hub booked the business into a slot, <see cref="Closed"/> once it recorded the meeting's outcome. A
/// cancelled booking puts the referral back to <see cref="Open"/>.
/// </summary>
public static class ReferralStatuses
{
    public const string Open = "open";
    public const string Booked = "booked";
    public const string Closed = "closed";

    public static IReadOnlyList<string> All { get; } = [Open, Booked, Closed];

    public static bool IsKnown(string? status) => status is not null && All.Contains(status);
}
