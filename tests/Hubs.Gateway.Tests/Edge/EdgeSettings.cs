namespace Hubs.Gateway.Tests.Edge;

/// <summary>Gateway settings for the edge tests: tight buckets so that a handful of requests reach the limit.</summary>
public static class EdgeSettings
{
    public static Dictionary<string, string> Limits(
        int perAddressPerSecond = 1000, int perAddressBurst = 1000, int perTokenPerSecond = 1000, int perTokenBurst = 1000) =>
        new(StringComparer.Ordinal)
        {
            ["Gateway:RateLimits:PerAddress:PermitsPerSecond"] = perAddressPerSecond.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Gateway:RateLimits:PerAddress:Burst"] = perAddressBurst.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Gateway:RateLimits:PerToken:PermitsPerSecond"] = perTokenPerSecond.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Gateway:RateLimits:PerToken:Burst"] = perTokenBurst.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };

    public static Dictionary<string, string> With(this Dictionary<string, string> settings, string key, string value)
    {
        settings[key] = value;
        return settings;
    }

    public static string Marker() => Guid.NewGuid().ToString("N");
}
