using Hubs.Contracts.Events;
using MassTransit;
using MassTransit.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace Hubs.Exchange.Tests.Infrastructure;

/// <summary>The exchange in the ASP.NET test host with its own SQLite file and MassTransit's in-memory test harness.</summary>
public sealed class ExchangeApp : WebApplicationFactory<Program>
{
    private readonly string _folder = Directory.CreateTempSubdirectory("hubs-exchange-app-").FullName;
    private HttpClient? _client;

    public ITestHarness Harness => Services.GetTestHarness();

    /// <summary>The exchange's SQLite file, for tests that check what was really stored.</summary>
    public string DatabasePath => Path.Combine(_folder, "exchange.db");

    /// <summary>A coordinator, except that an adoption or endorsement is sent by staff of the hub its body names.</summary>
    public HttpClient Client => _client ??= CreateDefaultClient(new ActingHubStaff());

    /// <summary>Publishes and waits until the consumer has finished with the message (applied, ignored or rejected).</summary>
    public async Task PublishAndConsumeAsync<T>(T message) where T : class, IHubEvent
    {
        await Harness.Bus.Publish(message, context => context.MessageId = message.EventId);
        await Services.GetRequiredService<ConsumedEvents>().WaitAsync(message.EventId);
    }

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

        // The in-memory harness carries no broker-validated user_id; the check itself is tested on the real broker.
        builder.UseSetting("Messaging:VerifyHubIdentity", "false");
        builder.UseSetting("Auth:SigningKey", Hubs.Testing.TestAuth.Key);
        builder.ConfigureTestServices(services =>
        {
            services.AddMassTransitTestHarness(x =>
                // What this service tells the network leaves through its outbox's relay, after the answer: on a loaded
                // machine later than the harness's default 1.2 s of inactivity, which would end a wait as "never published".
                x.SetTestTimeouts(testInactivityTimeout: TimeSpan.FromSeconds(5)));
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
                Directory.Delete(_folder, recursive: true);
            }
            catch (IOException)
            {
                // Harmless leftover in the temp folder.
            }
        }
    }
}
