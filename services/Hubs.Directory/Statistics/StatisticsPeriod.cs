namespace Hubs.Directory.Statistics;

/// <summary>
/// The period a statistics answer covers: <see cref="From"/> to <see cref="To"/> (days in Italy, both included), how
/// many days, today, whether upcoming meetings are inside it, and what dates the figures are counted by.
/// </summary>
public sealed record StatisticsPeriod(DateOnly From, DateOnly To, int Days, DateOnly Today, bool IncludesUpcoming, string CountedBy)
{
    public const string Basis =
        "Consultations and outcomes by the day the meeting takes place (Europe/Rome), upcoming ones included; referrals by the day they were asked or opened; adoptions by the day of the adoption.";

    public static StatisticsPeriod Of(DatePeriod period, DateOnly today) =>
        new(period.First, period.Last, period.Last.DayNumber - period.First.DayNumber + 1, today, period.Last > today, Basis);
}
