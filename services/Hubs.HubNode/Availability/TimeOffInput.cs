namespace Hubs.HubNode.Availability;

/// <summary><c>{ "from": "2026-12-24", "to": "2027-01-06" }</c> for whole days; add <c>start</c> and <c>end</c> for those hours of each date.</summary>
public sealed class TimeOffInput
{
    public string? From { get; set; }

    /// <summary>Inclusive; <see cref="From"/> when absent.</summary>
    public string? To { get; set; }

    public string? Start { get; set; }
    public string? End { get; set; }
}
