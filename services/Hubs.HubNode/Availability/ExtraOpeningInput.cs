namespace Hubs.HubNode.Availability;

/// <summary><c>{ "date": "2026-12-20", "start": "10:00", "end": "12:00" }</c></summary>
public sealed class ExtraOpeningInput
{
    public string? Date { get; set; }
    public string? Start { get; set; }
    public string? End { get; set; }
}
