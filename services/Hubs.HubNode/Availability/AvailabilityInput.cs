namespace Hubs.HubNode.Availability;

/// <summary>The body of <c>PUT …/availability</c>. Everything nullable: what is missing or wrong is reported by <see cref="AvailabilityValidation"/>.</summary>
public sealed class AvailabilityInput
{
    /// <summary>A TZDB id; the hub's zone when absent.</summary>
    public string? TimeZone { get; set; }

    public List<WeeklyOpeningInput?>? Weekly { get; set; }

    public List<TimeOffInput?>? Exceptions { get; set; }

    public List<ExtraOpeningInput?>? ExtraOpenings { get; set; }

    public int? BufferMinutes { get; set; }

    public int? MinimumNoticeHours { get; set; }

    public int? HorizonDays { get; set; }

    public int? StepMinutes { get; set; }
}
