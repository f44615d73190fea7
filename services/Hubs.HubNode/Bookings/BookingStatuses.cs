namespace Hubs.HubNode.Bookings;

/// <summary>Where a booking stands. Only a <see cref="Booked"/> booking can be cancelled, moved or given an outcome.</summary>
public static class BookingStatuses
{
    public const string Booked = "booked";
    public const string Cancelled = "cancelled";
    public const string Held = "held";
    public const string NoShow = "no-show";

    public static IReadOnlyList<string> All { get; } = [Booked, Cancelled, Held, NoShow];

    public static bool IsKnown(string? status) => status is not null && All.Contains(status);
}
