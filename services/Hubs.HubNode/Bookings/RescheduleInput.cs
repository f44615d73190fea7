namespace Hubs.HubNode.Bookings;

/// <summary>The body of <c>POST …/bookings/{id}/reschedule</c>: the new start, an ISO 8601 instant with its offset.</summary>
public sealed class RescheduleInput
{
    public string? Start { get; set; }
}
