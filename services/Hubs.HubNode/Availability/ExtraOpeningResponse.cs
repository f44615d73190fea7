namespace Hubs.HubNode.Availability;

public sealed record ExtraOpeningResponse(string Date, string Start, string End)
{
    public static ExtraOpeningResponse From(ExtraOpening opening) => new(
        AvailabilityText.Date(opening.Date),
        AvailabilityText.Time(opening.Hours.StartMinute),
        AvailabilityText.Time(opening.Hours.EndMinute));
}
