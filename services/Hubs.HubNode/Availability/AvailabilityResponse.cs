namespace Hubs.HubNode.Availability;

/// <summary>An expert's availability as the API shows it: the same shape as the <c>PUT</c> body, normalised, plus its version.</summary>
public sealed record AvailabilityResponse(
    Guid ExpertId,
    string TimeZone,
    IReadOnlyList<WeeklyOpeningResponse> Weekly,
    IReadOnlyList<TimeOffResponse> Exceptions,
    IReadOnlyList<ExtraOpeningResponse> ExtraOpenings,
    int BufferMinutes,
    int MinimumNoticeHours,
    int HorizonDays,
    int StepMinutes,
    long Version,
    DateTimeOffset UpdatedAt)
{
    public static AvailabilityResponse From(ExpertAvailability availability)
    {
        var rules = availability.Rules;
        return new(
            availability.ExpertId,
            rules.TimeZone,
            [.. rules.Weekly.Select(WeeklyOpeningResponse.From)],
            [.. rules.Exceptions.Select(TimeOffResponse.Of)],
            [.. rules.ExtraOpenings.Select(ExtraOpeningResponse.From)],
            rules.BufferMinutes,
            rules.MinimumNoticeHours,
            rules.HorizonDays,
            rules.StepMinutes,
            availability.Version,
            availability.UpdatedAt.ToDateTimeOffset());
    }
}
