using System.ComponentModel.DataAnnotations;

namespace Hubs.HubNode.Availability;

/// <summary>Section <c>Availability</c>.</summary>
public sealed class AvailabilityOptions
{
    public const string Section = "Availability";

    /// <summary>
    /// How often every expert's summary is recomputed, because time passing changes it (the next free slot moves on).
    /// Only a summary that differs from the last one published is written.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan SummaryRefreshInterval { get; set; } = TimeSpan.FromMinutes(15);
}
