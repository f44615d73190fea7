using Hubs.IntegrationTests.Infrastructure;
using Hubs.ReliabilityTests.Support;

namespace Hubs.ReliabilityTests.Replay;

/// <summary>
/// A fresh directory process alone on a virtual host of its own (no hub, no gateway), fed captured hub events straight
/// onto the broker, each published as its hub's own broker user so the identity check passes as it does for the hub.
/// </summary>
internal sealed class ReplayedDirectory : IAsyncDisposable
{
    private readonly RabbitMqNode _broker = RabbitMqNode.Shared;
    private readonly string _virtualHost = "hubs-replay-" + Guid.NewGuid().ToString("N")[..12];
    private readonly string _dataDirectory = Directory.CreateTempSubdirectory("hubs-replay-").FullName;
    private ServiceProcess? _directory;

    private ReplayedDirectory() => Store = new DirectoryStoreFile(Path.Combine(_dataDirectory, "directory.db"));

    public DirectoryStoreFile Store { get; }

    public static async Task<ReplayedDirectory> StartAsync(IEnumerable<string> hubIds)
    {
        var replayed = new ReplayedDirectory();
        try
        {
            await replayed.StartServiceAsync(hubIds);
            return replayed;
        }
        catch
        {
            await replayed.DisposeAsync();
            throw;
        }
    }

    private async Task StartServiceAsync(IEnumerable<string> hubIds)
    {
        await _broker.CreateVirtualHostAsync(_virtualHost);
        await BrokerUsers.CreateAsync(_broker, _virtualHost, hubIds);
        // As TestFederation starts it: its own broker user, the run's signing key, its own SQLite file.
        _directory = new ServiceProcess("replayed-directory", Repository.ServiceDll("services", "Hubs.Directory"), new Dictionary<string, string>
        {
            ["ConnectionStrings__rabbitmq"] = UriFor("directory"),
            ["Auth__SigningKey"] = global::Hubs.Testing.TestAuth.Key,
            ["Storage__Provider"] = "sqlite",
            ["Storage__Sqlite__Path"] = Store.Path,
        });
        await _directory.StartAsync();
    }

    /// <summary>Publishes the events in the order given, one at a time, each confirmed by the broker.</summary>
    public async Task PublishAsync(IEnumerable<CapturedEvent> events)
    {
        var publishers = new Dictionary<string, (AmqpPublisher Connection, RabbitMQ.Client.IChannel Channel)>(StringComparer.Ordinal);
        try
        {
            foreach (var captured in events)
            {
                if (!publishers.TryGetValue(captured.HubId, out var publisher))
                {
                    var connection = await AmqpPublisher.ConnectAsync(UriFor(BrokerUsers.Hub(captured.HubId)));
                    publisher = (connection, await connection.OpenChannelAsync());
                    publishers[captured.HubId] = publisher;
                }

                await AmqpPublisher.PublishAsync(publisher.Channel, captured.Exchange, System.Text.Encoding.UTF8.GetBytes(captured.Body), BrokerUsers.Hub(captured.HubId));
            }
        }
        finally
        {
            foreach (var (connection, channel) in publishers.Values)
            {
                await channel.DisposeAsync();
                await connection.DisposeAsync();
            }
        }
    }

    /// <summary>
    /// The canonical dump once the directory has consumed everything: its queue empty and the dump unchanged over a few
    /// seconds (the broker's queue figures lag by up to five seconds, so one empty reading is not enough).
    /// </summary>
    public async Task<string> SettledDumpAsync()
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(90);
        while (DateTime.UtcNow < deadline)
        {
            if (await _broker.QueueDepthAsync(_virtualHost, "directory") == 0)
            {
                var first = await Store.CanonicalDumpAsync();
                await Task.Delay(TimeSpan.FromSeconds(3));
                if (await _broker.QueueDepthAsync(_virtualHost, "directory") == 0 && await Store.CanonicalDumpAsync() is var second && second == first)
                {
                    return second;
                }
            }
            else
            {
                await Task.Delay(TimeSpan.FromMilliseconds(500));
            }
        }

        throw new TimeoutException("the replayed directory did not settle");
    }

    /// <summary>Lines of the directory's log that refuse or reject an event: a faithful replay has none.</summary>
    public int RefusedOrRejected() => _directory?.Output.Count(l =>
        l.Contains("Refused ", StringComparison.Ordinal) || l.Contains("Rejected ", StringComparison.Ordinal)) ?? 0;

    private string UriFor(string user) =>
        $"amqp://{Uri.EscapeDataString(user)}:{Uri.EscapeDataString(BrokerUsers.Password(user))}@127.0.0.1:{_broker.AmqpPort}/{Uri.EscapeDataString(_virtualHost)}";

    public async ValueTask DisposeAsync()
    {
        if (_directory is not null)
        {
            await _directory.StopAsync();
        }

        await _broker.DeleteVirtualHostAsync(_virtualHost);
        try
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
