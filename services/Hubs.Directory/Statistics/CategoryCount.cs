namespace Hubs.Directory.Statistics;

public sealed record CategoryCount(string Category, long Count);
