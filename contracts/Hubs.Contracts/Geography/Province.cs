namespace Hubs.Contracts.Geography;

/// <summary>An Italian province (sigla) with its region and centroid (WGS84).</summary>
public sealed record Province(string Code, string Name, string Region, double Latitude, double Longitude);
