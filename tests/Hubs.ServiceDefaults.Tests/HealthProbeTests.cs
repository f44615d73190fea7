using System.Net;
using System.Net.Sockets;
using Hubs.ServiceDefaults;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Hubs.ServiceDefaults.Tests;

/// <summary>The container health check: the service binary asking its own running process, over a real socket.</summary>
public sealed class HealthProbeTests
{
    [Fact]
    public async Task The_probe_passes_on_alive_and_fails_on_an_unhealthy_health_and_on_a_closed_port()
    {
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Configuration["Auth:SigningKey"] = Hubs.ServiceDefaults.Security.TokenIssuer.NewSigningKey();
        builder.AddServiceDefaults();
        builder.Services.AddHealthChecks().AddCheck("store", () => HealthCheckResult.Unhealthy("down"), ["ready"]);
        await using var app = builder.Build();
        app.MapDefaultEndpoints();
        await app.StartAsync();
        var port = new Uri(app.Urls.First()).Port;
        var address = HealthProbe.LocalAddress(Configuration(("urls", $"http://+:{port}")));

        Assert.Equal(0, await HealthProbe.RunAsync(address, "/alive"));
        Assert.Equal(1, await HealthProbe.RunAsync(address, "/health"));
        Assert.Equal(1, await HealthProbe.RunAsync(new Uri($"http://127.0.0.1:{FreePort()}/"), "/alive"));
    }

    [Theory]
    [InlineData("http://+:8080", null, "http://127.0.0.1:8080/")]
    [InlineData("http://*:5101;https://*:5443", null, "http://127.0.0.1:5101/")]
    [InlineData("http://0.0.0.0:9000", null, "http://127.0.0.1:9000/")]
    [InlineData(null, "8081", "http://127.0.0.1:8081/")]
    [InlineData(null, null, "http://127.0.0.1:8080/")]
    public void The_probe_asks_the_port_the_service_listens_on(string? urls, string? httpPorts, string expected) =>
        Assert.Equal(new Uri(expected), HealthProbe.LocalAddress(Configuration(("urls", urls), ("http_ports", httpPorts))));

    [Fact]
    public void The_switch_is_read_from_the_command_line()
    {
        var configuration = new ConfigurationBuilder().AddCommandLine(["--health-probe=alive"]).Build();

        Assert.Equal("/alive", HealthProbe.RequestedPath(configuration));
        Assert.Null(HealthProbe.RequestedPath(new ConfigurationBuilder().AddCommandLine([]).Build()));
    }

    private static IConfiguration Configuration(params (string Key, string? Value)[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => KeyValuePair.Create(v.Key, v.Value))).Build();

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
