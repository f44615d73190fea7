namespace Hubs.Directory.Statistics;

/// <summary>Calendar days in Italy from <see cref="First"/> to <see cref="Last"/>, both included.</summary>
public sealed record DatePeriod(DateOnly First, DateOnly Last);
