using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Hubs.IntegrationTests.Infrastructure;
using Microsoft.Playwright;

namespace Hubs.EndToEnd.Tests.Browser;

/// <summary>
/// One federation with the portal (two hubs with their demo experts, directory, exchange, gateway, real RabbitMQ) and
/// one headless Chromium from the OS packages, shared by the portal's browser tests.
/// </summary>
public sealed class PortalFixture : IAsyncLifetime
{
    public static readonly string[] HubIds = ["lomazzo", "ivrea"];

    internal TestFederation Federation { get; private set; } = null!;

    public IBrowser Browser { get; private set; } = null!;

    private IPlaywright? _playwright;

    public Uri Gateway => Federation.Gateway.BaseAddress;

    public HttpClient Api => Federation.GatewayClient;

    /// <summary>A brainstorming held and closed with "follow-up recommended" by staff (ready a few minutes after the start).</summary>
    public Task<(Guid BookingId, string Token)> HeldBrainstorming { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Federation = await TestFederation.StartWithPortalAsync(HubIds);
        // The meeting must have started before staff may close it: its wait overlaps everything below and the tests.
        HeldBrainstorming = HeldMeeting.PrepareAsync(Api);
        // The referral ranks hubs from the directory's read model: wait until both hubs and their experts are in it.
        await Eventually.Until(
            async () =>
            {
                var hubs = await Api.GetFromJsonAsync<JsonArray>("api/directory/hubs");
                var experts = await Api.GetFromJsonAsync<JsonObject>("api/directory/experts?hub=lomazzo");
                return hubs!.Count(h => (string?)h!["status"] == "online") == HubIds.Length && (long)experts!["total"]! > 0;
            },
            ready => ready,
            TimeSpan.FromSeconds(60),
            "both hubs online with their experts in the directory");

        // A cold portal renders its first pages slowly (JIT, first calls): warm it up through the gateway before a browser
        // test meets the gateway's upstream timeout.
        foreach (var path in new[] { "", "need?topic=ecommerce&province=CO", "hubs/lomazzo/book" })
        {
            await Eventually.Until(
                async () =>
                {
                    try
                    {
                        using var response = await Api.GetAsync(path);
                        return response.StatusCode;
                    }
                    catch (HttpRequestException)
                    {
                        return System.Net.HttpStatusCode.ServiceUnavailable;
                    }
                },
                status => status == System.Net.HttpStatusCode.OK,
                TimeSpan.FromSeconds(120),
                $"the portal's /{path} through the gateway");
        }

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                // No host name resolves but the loopback's: a page that asks another host for anything gets nothing.
                "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost",
            ],
        });
    }

    /// <summary>A fresh visitor: no cookies, no cache, the given viewport, JavaScript on or off.</summary>
    /// <param name="timeZone">The browser's own zone, which the booking page detects when JavaScript runs.</param>
    public async Task<Visitor> VisitAsync(string test, bool javaScript, Viewport viewport, string timeZone = "Europe/Rome")
    {
        var context = await Browser.NewContextAsync(Options(javaScript, viewport, timeZone));
        // axe is a script: with JavaScript off it scans the served HTML in a script-enabled context of the same size
        // (in Rome's zone, the pages' default, so the zone detection does not navigate away from the HTML under scan).
        var scanner = javaScript ? null : await Browser.NewContextAsync(Options(javaScript: true, viewport, "Europe/Rome"));
        return await Visitor.OpenAsync(context, Gateway, test, scanner);
    }

    private BrowserNewContextOptions Options(bool javaScript, Viewport viewport, string timeZone) => new()
    {
        JavaScriptEnabled = javaScript,
        TimezoneId = timeZone,
        ViewportSize = new ViewportSize { Width = viewport.Width, Height = viewport.Height },
        BaseURL = Gateway.ToString(),
        Locale = "it-IT",
    };

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
        if (Federation is not null)
        {
            // Every process's output beside the screenshots, for whoever reads a failed run.
            var logs = Path.Combine(Repository.Root, "TestResults", "portal", "logs");
            Directory.CreateDirectory(logs);
            foreach (var (name, content) in Federation.ProcessLogs())
            {
                await File.WriteAllTextAsync(Path.Combine(logs, name + ".log"), content);
            }

            await Federation.DisposeAsync();
        }
    }
}

public sealed record Viewport(string Name, int Width, int Height)
{
    public static readonly Viewport Phone = new("phone", 360, 780);
    public static readonly Viewport Desktop = new("desktop", 1280, 900);
}

[CollectionDefinition(Name)]
public sealed class PortalBrowserGroup : ICollectionFixture<PortalFixture>
{
    public const string Name = "portal";
}
