using System.Net;
using Hubs.Portal.Gateway;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Caching.Memory;

namespace Hubs.Portal.Tests.Gateway;

/// <summary>
/// The booking page asks for a hub's profile, experts and consent text on every render: the portal asks the gateway
/// once per <see cref="HubClient.FactsLifetime"/>, never keeps a refusal, and asks for the consent afresh once a booking
/// was refused for an outdated version. The gateway here is a real HTTP server on loopback counting what it is asked.
/// </summary>
public sealed class HubFactsCacheTests : IAsyncLifetime
{
    private readonly Dictionary<string, int> _asked = new(StringComparer.Ordinal);
    private WebApplication _gateway = null!;
    private string _consentVersion = "2026-01";

    [Fact]
    public async Task A_hubs_profile_experts_and_consent_are_asked_once_for_many_renders()
    {
        var hub = Client();
        for (var render = 0; render < 5; render++)
        {
            Assert.Equal("ComoNext", (await hub.ProfileAsync("lomazzo", default)).Value!.Name);
            Assert.Single(await hub.ExpertsAsync("lomazzo", default));
            Assert.Equal("2026-01", (await hub.ConsentAsync("LOMAZZO", default)).Version);
        }

        Assert.Equal(1, Asked("/api/hubs/lomazzo/profile"));
        Assert.Equal(1, Asked("/api/hubs/lomazzo/experts"));
        Assert.Equal(1, Asked("/api/hubs/LOMAZZO/consent"));
    }

    [Fact]
    public async Task A_refusal_is_never_kept_and_an_outdated_consent_is_asked_again()
    {
        var hub = Client();
        Assert.NotNull((await hub.ProfileAsync("nowhere", default)).Problem);
        Assert.NotNull((await hub.ProfileAsync("nowhere", default)).Problem);
        Assert.Equal(2, Asked("/api/hubs/nowhere/profile"));

        Assert.Equal("2026-01", (await hub.ConsentAsync("lomazzo", default)).Version);
        _consentVersion = "2026-02";
        hub.ForgetConsent("lomazzo");
        Assert.Equal("2026-02", (await hub.ConsentAsync("lomazzo", default)).Version);
    }

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        _gateway = builder.Build();
        _gateway.Use(async (context, next) =>
        {
            lock (_asked)
            {
                _asked[context.Request.Path] = _asked.GetValueOrDefault(context.Request.Path) + 1;
            }

            await next(context);
        });
        _gateway.MapGet("/api/hubs/{hubId}/profile", (string hubId) => hubId == "lomazzo"
            ? Results.Json(new { id = hubId, name = "ComoNext", city = "Lomazzo", province = "CO", specialties = new[] { "ecommerce" }, languages = new[] { "it" } })
            : Results.Problem(statusCode: 404, title: "Unknown hub"));
        _gateway.MapGet("/api/hubs/{hubId}/experts", () => Results.Json(new[]
        {
            new { id = Guid.NewGuid(), name = "Giulia Bianchi", title = "E-commerce", bio = "", competencies = new[] { "ecommerce" }, languages = new[] { "it" } },
        }));
        _gateway.MapGet("/api/hubs/{hubId}/consent", () => Results.Json(new { version = _consentVersion, texts = new Dictionary<string, string> { ["it"] = "Acconsento", ["en"] = "I agree" } }));
        await _gateway.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await _gateway.StopAsync();
        await _gateway.DisposeAsync();
    }

    private HubClient Client() =>
        new(new HttpClient { BaseAddress = new Uri(_gateway.Urls.First() + "/") }, new MemoryCache(new MemoryCacheOptions()));

    private int Asked(string path)
    {
        lock (_asked)
        {
            return _asked.GetValueOrDefault(path);
        }
    }
}
