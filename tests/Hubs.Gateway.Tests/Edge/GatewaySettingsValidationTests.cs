using Hubs.Gateway.Tests.Infrastructure;

namespace Hubs.Gateway.Tests.Edge;

/// <summary>A gateway with broken edge settings refuses to start, naming the setting.</summary>
public sealed class GatewaySettingsValidationTests
{
    [Theory]
    [InlineData("Gateway:RateLimits:PerAddress:PermitsPerSecond", "0", "PerAddress")]
    [InlineData("Gateway:RateLimits:PerToken:Burst", "0", "PerToken")]
    [InlineData("Gateway:MaxRequestBodyBytes", "10", "MaxRequestBodyBytes")]
    [InlineData("Gateway:Cors:AllowedOrigins:0", "*", "AllowedOrigins")]
    [InlineData("Gateway:Cors:AllowedOrigins:0", "https://portal.example/pages", "AllowedOrigins")]
    [InlineData("Gateway:Cors:AllowedOrigins:0", "portal.example", "AllowedOrigins")]
    [InlineData("Gateway:KnownProxies:0", "the-load-balancer", "KnownProxies")]
    public void A_bad_setting_stops_the_gateway_from_starting(string key, string value, string named)
    {
        var settings = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["Federation:DirectoryUrl"] = "http://127.0.0.1:1",
            ["Federation:ExchangeUrl"] = "http://127.0.0.1:2",
            ["Federation:Hubs:lomazzo"] = "http://127.0.0.1:3",
            [key] = value,
        };

        var failure = TestFederation.StartGatewayExpectingFailure(settings);

        Assert.NotNull(failure);
        Assert.Contains(named, failure.ToString(), StringComparison.Ordinal);
    }
}
