using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json.Nodes;
using Hubs.Directory.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Hubs.Directory.Tests.HubAccess;

/// <summary>
/// The plain-HTTP path of the live client against real Kestrel hubs on loopback: one answers at once, one is slow, one
/// is dead. A referral keeps to its time budget, uses the fresh slots that arrive, and stops calling the slow hub once
/// its circuit opens.
/// </summary>
public sealed class HubLiveClientTests
{
    // Generous for a loaded 2-core CI machine; the slow hub takes 5 s, far beyond either.
    private static readonly TimeSpan Budget = TimeSpan.FromMilliseconds(1500);

    [Fact]
    public async Task A_referral_uses_fresh_slots_in_time_and_a_slow_or_dead_hub_falls_back_and_is_cut_off()
    {
        var fastExpert = Guid.NewGuid();
        var freshSlot = new DateTimeOffset(DateTimeOffset.UtcNow.AddDays(1).Date.AddHours(9), TimeSpan.Zero);
        var slowCalls = 0;
        await using var fast = await UpstreamAsync(async http => await http.Response.WriteAsJsonAsync(new[]
        {
            new { expertId = fastExpert, expertName = "Anna", kind = "brainstorming", start = freshSlot.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture), end = freshSlot.AddMinutes(45).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture) },
        }));
        await using var slow = await UpstreamAsync(async http =>
        {
            Interlocked.Increment(ref slowCalls);
            await Task.Delay(TimeSpan.FromSeconds(5), http.RequestAborted);
        });
        var deadUrl = $"http://127.0.0.1:{FreePort()}";

        var (fastHub, slowHub, deadHub) = (Make.HubId(), Make.HubId(), Make.HubId());
        using var app = new DirectoryApp();
        app.Settings[$"Directory:Hubs:{fastHub}:Url"] = Address(fast);
        app.Settings[$"Directory:Hubs:{slowHub}:Url"] = Address(slow);
        app.Settings[$"Directory:Hubs:{deadHub}:Url"] = deadUrl;
        app.Settings["HubLive:Budget"] = Budget.ToString();
        app.Settings["HubLive:HubTimeout"] = "00:00:01";
        app.Settings["HubLive:MinimumThroughput"] = "2";
        app.Settings["HubLive:BreakDuration"] = "00:05:00";

        var summarised = DateTimeOffset.UtcNow.AddDays(6);
        foreach (var (hub, expert) in new[] { (fastHub, fastExpert), (slowHub, Guid.NewGuid()), (deadHub, Guid.NewGuid()) })
        {
            await app.PublishAndConsumeAsync(Make.Announced(hub, 1));
            await app.PublishAndConsumeAsync(Make.Heartbeat(hub, 1, DateTimeOffset.UtcNow, TimeSpan.FromMinutes(1)));
            await app.PublishAndConsumeAsync(Make.Published(hub, expert, 1, competencies: ["cybersecurity"]));
            await app.PublishAndConsumeAsync(Make.Availability(hub, expert, 1, summarised));
        }

        // The first referral warms the process up; the second must keep to the budget.
        var (first, _) = await ReferAsync(app);
        var (second, elapsed) = await ReferAsync(app);
        Assert.True(elapsed < Budget + TimeSpan.FromMilliseconds(500), $"took {elapsed}");

        foreach (var result in new[] { first, second })
        {
            var byHub = result["hubs"]!.AsArray().ToDictionary(h => h!["hubId"]!.GetValue<string>(), h => h!.AsObject());
            Assert.Equal("live", byHub[fastHub]["slotSource"]!.GetValue<string>());
            Assert.Equal(freshSlot, byHub[fastHub]["earliestFreeSlot"]!.GetValue<DateTimeOffset>());
            Assert.Equal(fastExpert, Assert.Single(byHub[fastHub]["freeSlots"]!.AsArray())!["expertId"]!.GetValue<Guid>());
            foreach (var fallback in new[] { slowHub, deadHub })
            {
                Assert.Equal("summary", byHub[fallback]["slotSource"]!.GetValue<string>());
                Assert.Equal(summarised, byHub[fallback]["earliestFreeSlot"]!.GetValue<DateTimeOffset>());
            }
        }

        // Two timeouts opened the slow hub's circuit: it is no longer called, and costs the referral nothing.
        Assert.Equal(2, Volatile.Read(ref slowCalls));
        var (third, quick) = await ReferAsync(app);
        Assert.Equal(2, Volatile.Read(ref slowCalls));
        Assert.True(quick < Budget, $"took {quick}");
        Assert.Equal("live", third["hubs"]!.AsArray().Single(h => h!["hubId"]!.GetValue<string>() == fastHub)!["slotSource"]!.GetValue<string>());
    }

    [Fact]
    public async Task Without_an_address_hubs_are_not_asked_and_the_summaries_stand()
    {
        using var app = new DirectoryApp();
        var hub = Make.HubId();
        var expert = Guid.NewGuid();
        await app.PublishAndConsumeAsync(Make.Announced(hub, 1));
        await app.PublishAndConsumeAsync(Make.Heartbeat(hub, 1, DateTimeOffset.UtcNow, TimeSpan.FromMinutes(1)));
        await app.PublishAndConsumeAsync(Make.Published(hub, expert, 1, competencies: ["cybersecurity"]));

        var (result, _) = await ReferAsync(app);

        var ranked = result["hubs"]!.AsArray().Single(h => h!["hubId"]!.GetValue<string>() == hub)!;
        Assert.Equal("summary", ranked["slotSource"]!.GetValue<string>());
        Assert.Empty(ranked["freeSlots"]!.AsArray());
    }

    private static async Task<(JsonObject Result, TimeSpan Elapsed)> ReferAsync(DirectoryApp app)
    {
        var watch = Stopwatch.StartNew();
        using var response = await app.Client.PostAsJsonAsync("/api/directory/referrals", new { provinceCode = "CO", topics = new[] { "cybersecurity" } });
        watch.Stop();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return ((await response.Content.ReadFromJsonAsync<JsonObject>())!, watch.Elapsed);
    }

    /// <summary>A hub stand-in: Kestrel on a loopback port of its own, answering <c>GET /api/hubs/{hubId}/slots</c>.</summary>
    private static async Task<WebApplication> UpstreamAsync(RequestDelegate slots)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var upstream = builder.Build();
        upstream.MapGet("/api/hubs/{hubId}/slots", slots);
        await upstream.StartAsync();
        return upstream;
    }

    private static string Address(WebApplication upstream) =>
        upstream.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();

    /// <summary>A loopback port nothing listens on: connections are refused at once, like a dead hub's.</summary>
    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
