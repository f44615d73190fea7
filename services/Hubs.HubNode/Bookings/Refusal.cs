namespace Hubs.HubNode.Bookings;

/// <summary>A request the booking rules turned down, with a reason a business can act on.</summary>
public sealed record Refusal(RefusalReason Reason, string Title, string Detail);
