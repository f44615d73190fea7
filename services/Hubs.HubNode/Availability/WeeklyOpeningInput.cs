namespace Hubs.HubNode.Availability;

/// <summary><c>{ "day": "monday", "start": "09:00", "end": "12:30" }</c></summary>
public sealed class WeeklyOpeningInput
{
    public string? Day { get; set; }
    public string? Start { get; set; }
    public string? End { get; set; }
}
