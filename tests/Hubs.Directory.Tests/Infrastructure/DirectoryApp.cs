using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Hubs.Contracts.Events;
using MassTransit;
using MassTransit.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace Hubs.Directory.Tests.Infrastructure;

/// <summary>
/// The directory in the ASP.NET test host with its own SQLite file and MassTransit's in-memory test harness in place of
/// RabbitMQ: events published on <see cref="Harness"/> reach the real consumers and the real store.
/// </summary>
public sealed class DirectoryApp : WebApplicationFactory<Program>
{
    private readonly string _folder = System.IO.Directory.CreateTempSubdirectory("hubs-directory-app-").FullName;
    private HttpClient? _client;

    public ITestHarness Harness => Services.GetTestHarness();

    /// <summary>Settings beyond the defaults, applied when the host starts (set them before the first request).</summary>
    public Dictionary<string, string?> Settings { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The directory's SQLite file (with its -wal and -shm companions beside it).</summary>
    public string DatabasePath => Path.Combine(_folder, "directory.db");

    /// <summary>The directory's clock: real time unless a test freezes it.</summary>
    public ControlledClock Clock { get; } = new();

    public HttpClient Client => _client ??= CreateClient();

    public async Task PublishAsync<T>(T message) where T : class, IHubEvent =>
        await Harness.Bus.Publish(message, context => context.MessageId = message.EventId);

    /// <summary>Publishes and waits until a consumer has finished with the message (applied, ignored or rejected).</summary>
    public async Task PublishAndConsumeAsync<T>(T message) where T : class, IHubEvent
    {
        await PublishAsync(message);
        await Services.GetRequiredService<ConsumedEvents>().WaitAsync(message.EventId);
    }

    /// <summary>The experts page for <paramref name="query"/> once <paramref name="condition"/> holds.</summary>
    public Task<JsonObject> ExpertsWhenAsync(string query, Func<JsonObject, bool> condition) =>
        Eventually.Until(
            async () => (await Client.GetFromJsonAsync<JsonObject>($"/api/directory/experts?{query}"))!,
            condition,
            what: $"experts?{query}");

    /// <summary>Clients are a coordinator unless a test says otherwise: they read everything in the network.</summary>
    protected override void ConfigureClient(HttpClient client)
    {
        base.ConfigureClient(client);
        client.DefaultRequestHeaders.Authorization = Hubs.Testing.TestAuth.Bearer(Hubs.Testing.TestAuth.Coordinator());
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Storage:Sqlite:Path", DatabasePath);
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }

        // The in-memory harness carries no broker-validated user_id; the check itself is tested on the real broker.
        builder.UseSetting("Messaging:VerifyHubIdentity", "false");
        builder.UseSetting("Auth:SigningKey", Hubs.Testing.TestAuth.Key);
        builder.ConfigureTestServices(services =>
        {
            services.AddMassTransitTestHarness(x =>
                // What this service tells the network leaves through its outbox's relay, after the answer: on a loaded
                // machine later than the harness's default 1.2 s of inactivity, which would end a wait as "never published".
                x.SetTestTimeouts(testInactivityTimeout: TimeSpan.FromSeconds(5)));
            services.AddSingleton<TimeProvider>(Clock);
            services.AddSingleton<ConsumedEvents>();
            services.AddConsumeObserver(provider => provider.GetRequiredService<ConsumedEvents>());
        });
    }

    protected override void Dispose(bool disposing)
    {
        _client?.Dispose();
        base.Dispose(disposing);
        if (disposing)
        {
            SqliteConnection.ClearAllPools();
            try
            {
                System.IO.Directory.Delete(_folder, recursive: true);
            }
            catch (IOException)
            {
                // Harmless leftover in the temp folder.
            }
        }
    }
}
