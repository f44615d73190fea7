using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Hubs.Identity.Tests.Infrastructure;

/// <summary>
/// The provider on a real loopback port with its own accounts, database and test client; the throttle is strict
/// (3 failures per name, 5 per address, 30 s first wait) so that a test sees it at once. Each test uses its own
/// accounts and client addresses (127.0.0.x), so tests do not see each other's failures.
/// </summary>
public sealed class IdentityProviderHost : IAsyncLifetime
{
    public const string ClientId = "test-portal";
    public const string ClientSecret = "test-portal-secret-that-is-long-enough";
    public static readonly Uri RedirectUri = new("http://127.0.0.1:9/signin-oidc");
    public static readonly Uri PostLogoutRedirectUri = new("http://127.0.0.1:9/signout-callback-oidc");

    private readonly string _directory = Directory.CreateTempSubdirectory("hubs-identity-tests-").FullName;
    private Factory _factory = null!;

    public Uri Address { get; private set; } = null!;

    /// <summary>userName → password, for every account the provider knows.</summary>
    public IReadOnlyDictionary<string, string> Passwords { get; } = new Dictionary<string, string>
    {
        ["staff.lomazzo"] = "lomazzo-pass-1",
        ["staff.ivrea"] = "ivrea-pass-1",
        ["staff.novara"] = "novara-pass-1",
        ["staff.caserta"] = "caserta-pass-1",
        ["staff.trento"] = "trento-pass-1",
        ["staff.padova"] = "padova-pass-1",
        ["coordinator"] = "coordinator-pass-1",
    };

    public async Task InitializeAsync()
    {
        var accounts = Passwords.Select(p => p.Key == "coordinator"
            ? new { userName = p.Key, password = p.Value, role = "coordinator", hub = (string?)null, displayName = "Coordinamento" }
            : new { userName = p.Key, password = p.Value, role = "staff", hub = (string?)p.Key["staff.".Length..], displayName = "Staff " + p.Key });
        var accountsFile = Path.Combine(_directory, "accounts.json");
        File.WriteAllText(accountsFile, JsonSerializer.Serialize(accounts));

        _factory = new Factory(new Dictionary<string, string>
        {
            ["Identity:AccountsFile"] = accountsFile,
            ["Identity:Database"] = Path.Combine(_directory, "identity.db"),
            ["Identity:Clients:0:ClientId"] = ClientId,
            ["Identity:Clients:0:ClientSecret"] = ClientSecret,
            ["Identity:Clients:0:RedirectUris:0"] = RedirectUri.ToString(),
            ["Identity:Clients:0:PostLogoutRedirectUris:0"] = PostLogoutRedirectUri.ToString(),
            ["Identity:SignIn:FailuresPerAccount"] = "3",
            ["Identity:SignIn:FailuresPerAddress"] = "5",
            ["Identity:SignIn:FirstDelay"] = "00:00:30",
            ["Identity:RefreshTokenReuseLeeway"] = "00:00:00",
        });
        _factory.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        _factory.StartServer();
        Address = new Uri(_factory.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single() + "/");

        // The first page pays for loading Razor and the texts; on a busy machine that is longer than a test's patience.
        using var warmUp = BrowserFrom("127.0.0.1", TimeSpan.FromMinutes(5));
        using var page = await warmUp.GetAsync("login");
        page.EnsureSuccessStatusCode();
    }

    /// <summary>A browser of its own (cookies, no automatic redirects) whose connections leave from <paramref name="localAddress"/>.</summary>
    public Browser BrowserFrom(string localAddress, TimeSpan? timeout = null) => new(this, localAddress, timeout);

    public async Task DisposeAsync()
    {
        await _factory.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }

    private sealed class Factory(IReadOnlyDictionary<string, string> settings) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Development");
            builder.UseSetting("Logging:LogLevel:Default", "Warning");
            foreach (var (key, value) in settings)
            {
                builder.UseSetting(key, value);
            }
        }
    }
}
