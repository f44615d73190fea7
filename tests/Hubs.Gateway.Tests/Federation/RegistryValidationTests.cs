using Hubs.Gateway.Tests.Infrastructure;

namespace Hubs.Gateway.Tests.Federation;

/// <summary>A gateway with a broken registry refuses to start, saying which entry is wrong.</summary>
public sealed class RegistryValidationTests
{
    private static Dictionary<string, string> Valid() => new(StringComparer.Ordinal)
    {
        ["Federation:DirectoryUrl"] = "http://127.0.0.1:1",
        ["Federation:ExchangeUrl"] = "http://127.0.0.1:2",
        ["Federation:Hubs:lomazzo"] = "http://127.0.0.1:3",
    };

    [Theory]
    [InlineData("Federation:Hubs:Not_A_Hub", "http://127.0.0.1:4", "Federation:Hubs:Not_A_Hub")]
    [InlineData("Federation:Hubs:ivrea", "not a url", "Federation:Hubs:ivrea")]
    [InlineData("Federation:Hubs:ivrea", "ftp://127.0.0.1/", "Federation:Hubs:ivrea")]
    [InlineData("Federation:PortalUrl", "/relative", "Federation:PortalUrl")]
    [InlineData("Federation:ConnectTimeout", "00:05:00", "ConnectTimeout")]
    public void A_bad_entry_stops_the_gateway_from_starting(string key, string value, string named)
    {
        var settings = Valid();
        settings[key] = value;

        var failure = TestFederation.StartGatewayExpectingFailure(settings);

        Assert.NotNull(failure);
        Assert.Contains(named, failure.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_registry_without_the_directory_stops_the_gateway_from_starting()
    {
        var settings = Valid();
        settings.Remove("Federation:DirectoryUrl");

        var failure = TestFederation.StartGatewayExpectingFailure(settings);

        Assert.NotNull(failure);
        Assert.Contains("DirectoryUrl", failure.ToString(), StringComparison.Ordinal);
    }
}
