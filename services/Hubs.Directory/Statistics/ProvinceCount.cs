namespace Hubs.Directory.Statistics;

public sealed record ProvinceCount(string ProvinceCode, long Count);
