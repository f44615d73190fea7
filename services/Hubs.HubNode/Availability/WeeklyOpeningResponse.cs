namespace Hubs.HubNode.Availability;

public sealed record WeeklyOpeningResponse(string Day, string Start, string End)
{
    public static WeeklyOpeningResponse From(WeeklyOpening opening) => new(
        AvailabilityText.Day(opening.Day),
        AvailabilityText.Time(opening.Hours.StartMinute),
        AvailabilityText.Time(opening.Hours.EndMinute));
}
