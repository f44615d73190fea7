namespace Hubs.Portal.Gateway;

// An expert's availability as the hub node shows and takes it (the same shape both ways); see services/Hubs.HubNode/Availability.

public sealed record AvailabilityRulesBody(
    string TimeZone, IReadOnlyList<WeeklyHours> Weekly, IReadOnlyList<TimeOffDates> Exceptions, IReadOnlyList<ExtraHours> ExtraOpenings,
    int BufferMinutes, int MinimumNoticeHours, int HorizonDays, int StepMinutes);

public sealed record AvailabilityView(
    Guid ExpertId, string TimeZone, IReadOnlyList<WeeklyHours> Weekly, IReadOnlyList<TimeOffDates> Exceptions, IReadOnlyList<ExtraHours> ExtraOpenings,
    int BufferMinutes, int MinimumNoticeHours, int HorizonDays, int StepMinutes, long Version);

public sealed record WeeklyHours(string Day, string Start, string End);

public sealed record TimeOffDates(string From, string? To, string? Start, string? End);

public sealed record ExtraHours(string Date, string Start, string End);

/// <summary>A slot the rules would offer (the preview): instants as UTC strings, as the slot listing writes them.</summary>
public sealed record PreviewSlot(Guid ExpertId, string ExpertName, string Start, string End);
