using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Hubs.IntegrationTests.Infrastructure;
using Hubs.ReliabilityTests.Support;
using Microsoft.Data.Sqlite;
using Xunit.Abstractions;

namespace Hubs.ReliabilityTests.DirectoryCrash;

/// <summary>
/// The directory killed (SIGKILL) after it stored a coordinator's decision and before the broker had its message: the
/// broker refuses the directory's membership publishes meanwhile, so the relay can only retry. Restarted on the same
/// file with its permissions back, the directory publishes the decision from its outbox; nothing is lost.
/// </summary>
public sealed class DirectoryKilledBeforePublishTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const string HubId = "trento";
    private const string MembershipExchange = "network.hub-membership-changed";

    private TestFederation _federation = null!;

    public async Task InitializeAsync() => _federation = await TestFederation.StartAsync(HubId);

    public async Task DisposeAsync() => await _federation.DisposeAsync();

    [Fact]
    public async Task A_suspension_stored_by_a_directory_killed_before_publishing_reaches_the_network_after_restart()
    {
        var broker = _federation.Broker;
        var vhost = _federation.VirtualHost;
        var witness = $"witness-membership-{Guid.NewGuid():N}";
        await broker.BindWitnessQueueAsync(vhost, MembershipExchange, witness);
        await Eventually.Until(() => HubsAsync(), hubs => hubs.Contains(HubId), TimeSpan.FromSeconds(60), "the directory to know the hub");

        // The directory may store decisions but the broker refuses its network.* publishes: a relay that can only retry.
        var (configure, write, read) = await DirectoryPermissionsAsync();
        var refused = write.Replace(@"network\.[a-z0-9-]+|", "", StringComparison.Ordinal);
        Assert.NotEqual(write, refused);
        await _federation.Directory.StopAsync();
        await broker.SetPermissionsAsync(vhost, "directory", configure, refused, read);
        await _federation.Directory.StartAsync();

        using var coordinator = Coordinator();
        using (var decided = await coordinator.PostAsJsonAsync($"/api/directory/hubs/{HubId}/suspend", new { reason = "Test: suspend for the scenario" }))
        {
            Assert.Equal(HttpStatusCode.OK, decided.StatusCode);
        }

        var stored = await Eventually.Until(UnsentMembershipAsync, row => row is { Attempts: > 0 }, TimeSpan.FromSeconds(60),
            "the relay to have tried the membership message");
        Assert.Empty(await broker.TakeMessagesAsync(vhost, witness));

        await _federation.Directory.StopAsync();
        await broker.SetPermissionsAsync(vhost, "directory", configure, write, read);
        await _federation.Directory.StartAsync();

        var received = await Eventually.Until(() => broker.TakeMessagesAsync(vhost, witness), m => m.Count > 0, TimeSpan.FromSeconds(60),
            "the membership message on the broker");
        var message = JsonNode.Parse(received[0])!["message"]!;
        Assert.Equal((HubId, true), (message["hubId"]!.GetValue<string>(), message["suspended"]!.GetValue<bool>()));
        Assert.Equal(stored!.EventId, message["eventId"]!.GetValue<Guid>());
        await Eventually.Until(UnsentMembershipAsync, row => row is null, TimeSpan.FromSeconds(30), "the outbox row to be cleared once confirmed");
        ReliabilityReport.Print(output, "directory-killed-before-publish",
            ("stored-attempts-before-kill", stored.Attempts),
            ("received-after-restart", received.Count));
    }

    private HttpClient Coordinator()
    {
        var client = new HttpClient { BaseAddress = _federation.Directory.BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
        client.DefaultRequestHeaders.Authorization = global::Hubs.Testing.TestAuth.Bearer(global::Hubs.Testing.TestAuth.Coordinator());
        return client;
    }

    private async Task<IReadOnlyList<string>> HubsAsync()
    {
        using var client = Coordinator();
        var hubs = await client.GetFromJsonAsync<JsonArray>("/api/directory/hubs");
        return [.. hubs!.Select(h => h!["id"]?.GetValue<string>() ?? "")];
    }

    /// <summary>The directory's own permissions, as deploy/rabbitmq/definitions.template.json grants them.</summary>
    private static async Task<(string Configure, string Write, string Read)> DirectoryPermissionsAsync()
    {
        var template = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(Repository.Root, "deploy", "rabbitmq", "definitions.template.json")))!;
        var directory = template["permissions"]!.AsArray().Single(p => p!["user"]!.GetValue<string>() == "directory")!;
        return (directory["configure"]!.GetValue<string>(), directory["write"]!.GetValue<string>(), directory["read"]!.GetValue<string>());
    }

    /// <summary>The membership message waiting in the directory's outbox, read beside the process (WAL lets a reader in).</summary>
    private async Task<StoredMessage?> UnsentMembershipAsync()
    {
        var path = Path.Combine(_federation.DataDirectory, "directory.db");
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT event_id, attempts FROM outbox WHERE sent_at IS NULL AND message_type LIKE '%hub-membership-changed%'";
        await using var reader = await command.ExecuteReaderAsync();
        return await reader.ReadAsync() ? new StoredMessage(Guid.Parse(reader.GetString(0)), reader.GetInt64(1)) : null;
    }

    private sealed record StoredMessage(Guid EventId, long Attempts);
}
