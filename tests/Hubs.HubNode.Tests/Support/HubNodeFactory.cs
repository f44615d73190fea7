using MassTransit;
using MassTransit.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Hubs.HubNode.Tests.Support;

/// <summary>
/// A hub node in memory: its own SQLite file, MassTransit's in-memory test harness instead of RabbitMQ,
/// a fast outbox poll and a slow heartbeat (so beats do not crowd the published list).
/// </summary>
public sealed class HubNodeFactory : WebApplicationFactory<Program>
{
    private readonly Dictionary<string, string?> _settings;
    private readonly Action<IServiceCollection>? _services;

    /// <param name="services">Replacements applied after the node's own registrations (e.g. a NodaTime FakeClock).</param>
    public HubNodeFactory(
        string databasePath,
        string hubId = TestHub.Id,
        IReadOnlyDictionary<string, string?>? settings = null,
        Action<IServiceCollection>? services = null)
    {
        _services = services;
        DatabasePath = databasePath;
        HubId = hubId;
        _settings = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase)
        {
            ["Hub:Id"] = hubId,
            ["Auth:SigningKey"] = Hubs.Testing.TestAuth.Key,
            ["Hub:HeartbeatInterval"] = "00:05:00",
            ["Storage:Sqlite:Path"] = databasePath,
            ["Outbox:PollInterval"] = "00:00:00.100",
            ["Outbox:FirstBackoff"] = "00:00:00.050",
            ["Outbox:MaxBackoff"] = "00:00:00.200",

            // The in-memory harness carries no broker user_id; the check runs on the real broker (Hubs.IntegrationTests).
            ["Messaging:VerifyHubIdentity"] = "false",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            _settings[key] = value;
        }
    }

    /// <summary>A node for the made-up hub <see cref="TestHub.Id"/> with its full profile configured.</summary>
    public static HubNodeFactory ForTestHub(
        string databasePath,
        IReadOnlyDictionary<string, string?>? extra = null,
        Action<IServiceCollection>? services = null)
    {
        var settings = new Dictionary<string, string?>(TestHub.Profile);
        foreach (var (key, value) in extra ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        return new HubNodeFactory(databasePath, TestHub.Id, settings, services);
    }

    public string DatabasePath { get; }

    public string HubId { get; }

    public ITestHarness Harness => Services.GetTestHarness();

    /// <summary>A client is staff of this hub unless a test takes the token off (<see cref="CreateAnonymousClient"/>).</summary>
    protected override void ConfigureClient(HttpClient client)
    {
        base.ConfigureClient(client);
        client.DefaultRequestHeaders.Authorization = Hubs.Testing.TestAuth.Bearer(Hubs.Testing.TestAuth.Staff(HubId));
    }

    /// <summary>A caller without credentials: a business, or anyone on the internet.</summary>
    public HttpClient CreateAnonymousClient()
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = null;
        return client;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        // Not Development: that environment turns demo seeding on.
        builder.UseEnvironment("Testing");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
        builder.ConfigureTestServices(services =>
        {
            services.AddMassTransitTestHarness(x =>
                // Inactivity would end waits early; the tests give their own deadlines instead.
                x.SetTestTimeouts(testTimeout: TimeSpan.FromMinutes(2), testInactivityTimeout: TimeSpan.FromMinutes(2)));
            _services?.Invoke(services);
        });
    }
}
