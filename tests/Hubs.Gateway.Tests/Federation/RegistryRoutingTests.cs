using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Hubs.Gateway.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;

namespace Hubs.Gateway.Tests.Federation;

/// <summary>
/// Routes from the directory's registry (decision 0020): a hub no configuration names is routed once the registry lists
/// it, a suspended hub (configured or not) is refused with a 403 problem, and a registry that cannot be read changes
/// nothing. The directory here is a real HTTP server serving the registry the test sets.
/// </summary>
public sealed class RegistryRoutingTests
{
    [Fact]
    public async Task A_hub_listed_by_the_registry_is_routed_and_refused_with_403_while_suspended_without_a_restart()
    {
        await using var gamma = await Upstream.StartAsync("gamma");
        await using var registry = await RegistryServer.StartAsync();
        await using var federation = await TestFederation.StartAsync(["alpha"], settings: new Dictionary<string, string>
        {
            ["Federation:DirectoryUrl"] = registry.Address.ToString(),
            ["Federation:RoutesFromDirectory"] = "true",
            ["Federation:RegistryRefreshInterval"] = "00:00:00.200",
        });
        var client = federation.Client;

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/hubs/gamma/experts")).StatusCode);

        registry.Hubs = [new("gamma", gamma.Address.ToString(), false), new("alpha", null, false)];
        await Eventually.HoldsAsync(async () => (await client.GetAsync("/api/hubs/gamma/experts")).StatusCode == HttpStatusCode.OK, TimeSpan.FromSeconds(10), "the registry's new hub routed");
        Assert.Contains(gamma.Calls, c => c.Path == "/api/hubs/gamma/experts");
        var listed = await client.GetFromJsonAsync<JsonArray>("/api/federation/hubs");
        Assert.Equal(["alpha", "gamma"], listed!.Select(h => h!["id"]!.GetValue<string>()));

        registry.Hubs = [new("gamma", gamma.Address.ToString(), true), new("alpha", null, true)];
        await Eventually.HoldsAsync(async () => (await client.GetAsync("/api/hubs/alpha/experts")).StatusCode == HttpStatusCode.Forbidden, TimeSpan.FromSeconds(10), "the suspended hubs refused");
        foreach (var hub in new[] { "gamma", "alpha", "GAMMA" })
        {
            using var refused = await client.GetAsync($"/api/hubs/{hub}/experts");
            Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
            var problem = await refused.Content.ReadFromJsonAsync<JsonObject>();
            Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
            Assert.Equal("Hub suspended", problem!["title"]!.GetValue<string>());
        }

        var callsBefore = gamma.Calls.Count;
        registry.Failing = true;
        registry.Hubs = [new("gamma", gamma.Address.ToString(), false)];
        await Task.Delay(1000);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/api/hubs/gamma/experts")).StatusCode);
        Assert.Equal(callsBefore, gamma.Calls.Count);

        registry.Failing = false;
        await Eventually.HoldsAsync(async () => (await client.GetAsync("/api/hubs/gamma/experts")).StatusCode == HttpStatusCode.OK, TimeSpan.FromSeconds(10), "the admitted hub routed again");
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/hubs/alpha/experts")).StatusCode);
    }

    [Fact]
    public async Task An_announced_address_that_is_not_absolute_http_is_never_routed()
    {
        await using var registry = await RegistryServer.StartAsync();
        registry.Hubs = [new("evil", "file:///etc/passwd", false), new("relative", "/api/hubs", false), new("Bad_Id", "http://127.0.0.1:9/", false)];
        await using var federation = await TestFederation.StartAsync(["alpha"], settings: new Dictionary<string, string>
        {
            ["Federation:DirectoryUrl"] = registry.Address.ToString(),
            ["Federation:RoutesFromDirectory"] = "true",
            ["Federation:RegistryRefreshInterval"] = "00:00:00.200",
        });

        await Eventually.HoldsAsync(() => Task.FromResult(registry.Served > 1), TimeSpan.FromSeconds(10), "the registry read");
        var listed = await federation.Client.GetFromJsonAsync<JsonArray>("/api/federation/hubs");
        Assert.Equal(["alpha"], listed!.Select(h => h!["id"]!.GetValue<string>()));
        Assert.Equal(HttpStatusCode.NotFound, (await federation.Client.GetAsync("/api/hubs/evil/experts")).StatusCode);
    }

    [Fact]
    public async Task A_registry_that_times_out_leaves_the_gateway_running_and_routing_once_it_answers_again()
    {
        // A directory still starting on a loaded machine accepts the connection and answers late: the client's
        // resilience timeout (shortened here from 30 s) rejects the call. That once stopped the whole gateway.
        await using var gamma = await Upstream.StartAsync("gamma");
        await using var registry = await RegistryServer.StartAsync();
        registry.Slow = true;
        registry.Hubs = [new("gamma", gamma.Address.ToString(), false)];
        await using var federation = await TestFederation.StartAsync(["alpha"], settings: new Dictionary<string, string>
        {
            ["Federation:DirectoryUrl"] = registry.Address.ToString(),
            ["Federation:RoutesFromDirectory"] = "true",
            ["Federation:RegistryRefreshInterval"] = "00:00:00.200",
        }, services: s => s.ConfigureAll<HttpStandardResilienceOptions>(o =>
        {
            o.AttemptTimeout.Timeout = TimeSpan.FromMilliseconds(150);
            o.TotalRequestTimeout.Timeout = TimeSpan.FromMilliseconds(400);
            o.Retry.MaxRetryAttempts = 1;
        }));

        await Eventually.HoldsAsync(() => Task.FromResult(registry.Served > 2), TimeSpan.FromSeconds(10), "several registry reads timed out");
        Assert.Equal(HttpStatusCode.OK, (await federation.Client.GetAsync("/alive")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await federation.Client.GetAsync("/api/hubs/gamma/experts")).StatusCode);

        registry.Slow = false;
        await Eventually.HoldsAsync(async () => (await federation.Client.GetAsync("/api/hubs/gamma/experts")).StatusCode == HttpStatusCode.OK, TimeSpan.FromSeconds(10), "the registry's hub routed once it answered");
    }

    private sealed record RegisteredHub(string HubId, string? NodeUrl, bool Suspended);

    /// <summary>The directory's <c>GET /internal/hub-routes</c>, answering what the test sets (or 500 while failing).</summary>
    private sealed class RegistryServer : IAsyncDisposable
    {
        private readonly WebApplication _app;
        private int _served;

        private RegistryServer(WebApplication app) => _app = app;

        public volatile bool Failing;

        /// <summary>While set, each request is held for 5 s before it is answered.</summary>
        public volatile bool Slow;

        public IReadOnlyList<RegisteredHub> Hubs { get; set; } = [];

        public int Served => Volatile.Read(ref _served);

        public Uri Address { get; private set; } = null!;

        public static async Task<RegistryServer> StartAsync()
        {
            var builder = WebApplication.CreateSlimBuilder();
            builder.WebHost.UseUrls("http://127.0.0.1:0");
            var app = builder.Build();
            var server = new RegistryServer(app);
            app.MapGet("/internal/hub-routes", async (CancellationToken aborted) =>
            {
                Interlocked.Increment(ref server._served);
                if (server.Slow)
                {
                    await Task.Delay(TimeSpan.FromSeconds(5), aborted);
                }

                return server.Failing ? Results.StatusCode(500) : Results.Json(server.Hubs);
            });
            await app.StartAsync();
            server.Address = new Uri(app.Urls.First());
            return server;
        }

        public async ValueTask DisposeAsync()
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
    }
}
