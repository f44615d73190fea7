namespace Hubs.Directory.Statistics;

/// <summary>Demand from the provinces of one region (ISTAT name, e.g. <c>Lombardia</c>).</summary>
public sealed record RegionCount(string Region, long Count);
