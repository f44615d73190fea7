namespace Hubs.Directory.Statistics;

/// <summary>Consultations whose outcome is <see cref="Category"/> in one ISO week (e.g. <c>2026-W48</c>).</summary>
public sealed record CategoryWeekCount(string Category, string IsoWeek, long Count);
