namespace Hubs.Directory.Statistics;

/// <summary>Where a consultation stands, as the directory's statistics see it.</summary>
public static class ConsultationStatuses
{
    public const string Booked = "booked";
    public const string Cancelled = "cancelled";
    public const string Held = "held";
    public const string NoShow = "no-show";
}
