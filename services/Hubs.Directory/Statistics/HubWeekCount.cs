namespace Hubs.Directory.Statistics;

/// <summary>Consultations of one hub in one ISO week (e.g. <c>2026-W48</c>).</summary>
public sealed record HubWeekCount(string HubId, string IsoWeek, long Count);
