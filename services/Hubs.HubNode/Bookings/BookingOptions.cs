using System.ComponentModel.DataAnnotations;

namespace Hubs.HubNode.Bookings;

/// <summary>Section <c>Bookings</c>.</summary>
public sealed class BookingOptions
{
    public const string Section = "Bookings";

    /// <summary>
    /// Upcoming bookings one business (by its contact e-mail) may hold at this hub at once, brainstormings and follow-ups
    /// together; one more is a 409 <c>business-limit-reached</c>.
    /// </summary>
    [Range(1, 100)]
    public int MaxOpenPerBusiness { get; set; } = 2;

    /// <summary>Base of the video-call links; each booking gets its own room under it.</summary>
    [Required]
    [Url]
    public string VideoBaseUrl { get; set; } = "https://meet.jit.si/";

    /// <summary>A business can cancel or move a booking only this long before it starts (hub staff can at any time).</summary>
    [Range(0, 720)]
    public int MinimumNoticeHours { get; set; } = 24;

    /// <summary>
    /// The invite's ORGANIZER: an address that reaches the hub's booking desk (replies and declines go there). Unset: the
    /// hub's <c>Hub:ContactEmail</c>; neither set: <c>bookings@</c> the hub's web domain, which may not be deliverable.
    /// </summary>
    [EmailAddress]
    public string? OrganizerEmail { get; set; }
}
