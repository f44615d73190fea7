namespace Hubs.Contracts.Referrals;

/// <summary>
/// Where a warm referral stands at the hub it was sent to: <see cref="Open"/> once stored there, <see cref="Booked"/>
/// once that hub booked the business into a slot, <see cref="Closed"/> once it recorded the meeting's outcome, <see cref="Declined"/> when its staff turned an open referral
/// down (the reason stays at that hub). A cancelled booking puts the referral back to <see cref="Open"/>.
/// </summary>
public static class ReferralStatuses
{
    public const string Open = "open";
    public const string Booked = "booked";
    public const string Closed = "closed";
    public const string Declined = "declined";

    public static IReadOnlyList<string> All { get; } = [Open, Booked, Closed, Declined];

    public static bool IsKnown(string? status) => status is not null && All.Contains(status);
}
