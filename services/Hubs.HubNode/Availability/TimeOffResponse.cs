namespace Hubs.HubNode.Availability;

/// <summary><see cref="Start"/> and <see cref="End"/> are null for whole days off.</summary>
public sealed record TimeOffResponse(string From, string To, string? Start, string? End)
{
    public static TimeOffResponse Of(TimeOff exception) => new(
        AvailabilityText.Date(exception.From),
        AvailabilityText.Date(exception.To),
        exception.Hours is { } h ? AvailabilityText.Time(h.StartMinute) : null,
        exception.Hours is { } e ? AvailabilityText.Time(e.EndMinute) : null);
}
