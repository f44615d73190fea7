using System.ComponentModel.DataAnnotations;

namespace Hubs.HubNode.Bookings;

/// <summary>Section <c>Bookings</c>.</summary>
public sealed class BookingOptions
{
    public const string Section = "Bookings";

    /// <summary>Upcoming bookings one business (by e-mail) may hold at this hub at once.</summary>
    [Range(1, 100)]
    public int MaxOpenPerBusiness { get; set; } = 2;

    /// <summary>Base of the video-call links; each booking gets its own room under it.</summary>
    [Required]
    [Url]
    public string VideoBaseUrl { get; set; } = "https://meet.jit.si/";

    /// <summary>A business can cancel or move a booking only this long before it starts (hub staff can at any time).</summary>
    [Range(0, 720)]
    public int MinimumNoticeHours { get; set; } = 24;
}
