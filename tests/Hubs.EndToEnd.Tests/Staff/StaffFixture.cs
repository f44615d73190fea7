using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Hubs.EndToEnd.Tests.Browser;
using Hubs.IntegrationTests.Infrastructure;
using Microsoft.Playwright;

namespace Hubs.EndToEnd.Tests.Staff;

/// <summary>
/// The federation as ./run.sh runs it for staff: two hubs, the portal, and the embedded identity provider (a real
/// process with its login page) whose tokens every service and the gateway validate through its discovery document.
/// Everything runs in Development, as in the local run (the provider speaks http on loopback only there).
/// </summary>
public sealed class StaffFixture : IAsyncLifetime
{
    public static readonly string[] HubIds = ["lomazzo", "ivrea"];

    private readonly string _secret = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));
    private readonly string _folder = Directory.CreateTempSubdirectory("hubs-identity-").FullName;
    private IPlaywright? _playwright;

    internal TestFederation Federation { get; private set; } = null!;

    internal ServiceProcess Identity { get; private set; } = null!;

    public IBrowser Browser { get; private set; } = null!;

    public Uri Gateway => Federation.Gateway.BaseAddress;

    public HttpClient Api => Federation.GatewayClient;

    /// <summary>Each account's password: staff.lomazzo, staff.ivrea, coordinator.</summary>
    public IReadOnlyDictionary<string, string> Passwords { get; private set; } = new Dictionary<string, string>();

    /// <summary>A brainstorming a business booked at Lomazzo that starts a few minutes after the fixture (booked at <c>BookedAt</c>).</summary>
    public Task<(Guid BookingId, string Token, DateTimeOffset Start, DateTimeOffset BookedAt)> UpcomingMeeting { get; private set; } = null!;

    public const string UpcomingCompany = "Pasticceria Staff Test";

    /// <summary>Two businesses Ivrea referred to Lomazzo after a meeting held there: one to accept, one to decline.</summary>
    public Task<IReadOnlyDictionary<string, Guid>> Referred { get; private set; } = null!;

    public const string ReferredToAccept = "Trasporti Segnalati Srl";
    public const string ReferredToDecline = "Magazzini Segnalati Snc";

    /// <summary>How long each sign-in took, from the click on "sign in" to the staff page (for the closing note).</summary>
    public List<(string Account, TimeSpan Elapsed)> SignInTimings { get; } = [];

    public async Task InitializeAsync()
    {
        var identityPort = FreePort.Next();
        var authority = $"http://127.0.0.1:{identityPort}/";
        Federation = await TestFederation.StartWithPortalAsync(new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Development",
            ["DOTNET_ENVIRONMENT"] = "Development",
            ["Auth__Authority"] = authority,
            ["Oidc__ClientId"] = "hubs-portal",
            ["Oidc__ClientSecret"] = _secret,
        }, HubIds);

        var accounts = HubIds.Select(h => new { userName = "staff." + h, password = NewPassword(), role = "staff", hub = (string?)h, displayName = $"Staff · {h}" })
            .Append(new { userName = "coordinator", password = NewPassword(), role = "coordinator", hub = (string?)null, displayName = "Coordinamento della rete" })
            .ToList();
        Passwords = accounts.ToDictionary(a => a.userName, a => a.password);
        var accountsFile = Path.Combine(_folder, "demo-accounts.json");
        await File.WriteAllTextAsync(accountsFile, JsonSerializer.Serialize(accounts));
        var gateway = Federation.Gateway.BaseAddress.ToString().TrimEnd('/');
        Identity = new ServiceProcess("identity", Repository.ServiceDll("deploy", "Hubs.Identity"), new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Development",
            ["DOTNET_ENVIRONMENT"] = "Development",
            ["Identity__Issuer"] = authority,
            ["Identity__AccountsFile"] = accountsFile,
            ["Identity__Database"] = Path.Combine(_folder, "identity.db"),
            ["Identity__Clients__0__ClientId"] = "hubs-portal",
            ["Identity__Clients__0__ClientSecret"] = _secret,
            ["Identity__Clients__0__RedirectUris__0"] = gateway + "/signin-oidc",
            ["Identity__Clients__0__PostLogoutRedirectUris__0"] = gateway + "/signout-callback-oidc",
        }, identityPort);
        // As long as the federation's own services get: a loaded machine starts it slowly.
        await Identity.StartAsync(TimeSpan.FromMinutes(3));

        await Eventually.Until(
            async () =>
            {
                var experts = await Api.GetFromJsonAsync<JsonObject>("api/directory/experts?hub=lomazzo");
                return (long)experts!["total"]! > 0;
            },
            ready => ready,
            TimeSpan.FromSeconds(90),
            "the hubs' experts in the directory");
        foreach (var path in new[] { "", "signin/unavailable" })
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

        UpcomingMeeting = BookAsync();
        Referred = ReferAfterTheUpcomingMeetingAsync();
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                // As PortalFixture: no host name resolves but the loopback's.
                "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost",
            ],
        });
    }

    /// <summary>
    /// A fresh browser (no cookies) that may talk to the gateway and the identity provider, nobody else. With
    /// <paramref name="account"/>, it signs in through the real login page first and lands on that person's pages.
    /// </summary>
    public async Task<Visitor> OpenAsync(string test, string? account, Viewport? viewport = null)
    {
        var size = viewport ?? Viewport.Desktop;
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            TimezoneId = "Europe/Rome",
            ViewportSize = new ViewportSize { Width = size.Width, Height = size.Height },
            BaseURL = Gateway.ToString(),
            Locale = "it-IT",
        });
        var visitor = await Visitor.OpenAsync(context, Gateway, "staff-" + test, signIn: Identity.BaseAddress);
        if (account is not null)
        {
            await SignInAsync(visitor, account);
        }

        return visitor;
    }

    /// <summary>From the portal's header link to the person's own page, through the provider's login page.</summary>
    public async Task SignInAsync(Visitor visitor, string account, bool scan = false)
    {
        var page = visitor.Page;
        await page.GotoAsync("/");
        var clock = Stopwatch.StartNew();
        await page.GetByRole(AriaRole.Link, new() { Name = "Accesso personale degli hub" }).ClickAsync();
        await page.WaitForURLAsync($"{Identity.BaseAddress}**");
        if (scan)
        {
            await visitor.StepAsync("login-page");
        }

        await page.GetByLabel("Nome utente").FillAsync(account);
        await page.GetByLabel("Password").FillAsync(Passwords[account]);
        await page.GetByRole(AriaRole.Button, new() { Name = "Accedi" }).ClickAsync();
        await page.WaitForURLAsync($"{Gateway}**");
        await page.WaitForLoadStateAsync(LoadState.DOMContentLoaded);
        SignInTimings.Add((account, clock.Elapsed));
    }

    private async Task<(Guid BookingId, string Token, DateTimeOffset Start, DateTimeOffset BookedAt)> BookAsync()
    {
        // Far enough ahead that the day test still finds it not started after the suite's other tests (sign-in, conflicts).
        var (id, token, start) = await HeldMeeting.BookSoonAsync(Api, "lomazzo", "Marta Riva (test)", UpcomingCompany, lead: TimeSpan.FromMinutes(4));
        return (id, token, start, DateTimeOffset.UtcNow);
    }

    // One after the other: on a loaded machine, setting both up at once made the hubs answer the gateway too late.
    private async Task<IReadOnlyDictionary<string, Guid>> ReferAfterTheUpcomingMeetingAsync()
    {
        try
        {
            await UpcomingMeeting;
        }
        catch (Exception ex) when (ex is HttpRequestException or Xunit.Sdk.XunitException)
        {
            // The day test reports its own meeting's failure; the referrals are set up all the same.
        }

        return await ReferredBusinesses.ReferAsync(Api, ReferredToAccept, ReferredToDecline);
    }

    private static string NewPassword() => Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(12));

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
        if (Federation is not null)
        {
            var logs = Path.Combine(Repository.Root, "TestResults", "portal", "staff-logs");
            Directory.CreateDirectory(logs);
            foreach (var (name, content) in Federation.ProcessLogs().Append((Identity?.Name ?? "identity", string.Join('\n', Identity?.Output ?? []))))
            {
                await File.WriteAllTextAsync(Path.Combine(logs, name + ".log"), content);
            }

            if (Identity is not null)
            {
                await Identity.StopAsync();
            }

            await Federation.DisposeAsync();
        }

        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}

[CollectionDefinition(Name)]
public sealed class StaffBrowserGroup : ICollectionFixture<StaffFixture>
{
    public const string Name = "staff";
}
