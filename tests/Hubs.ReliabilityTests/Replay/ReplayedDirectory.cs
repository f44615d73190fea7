using Hubs.IntegrationTests.Infrastructure;
using Hubs.ReliabilityTests.Support;

namespace Hubs.ReliabilityTests.Replay;

/// <summary>
/// A fresh directory (a federation without hubs, on a virtual host of its own) fed captured hub events straight onto
/// the broker, each published as its hub's own broker user so the identity check passes as it does for the real hub.
/// </summary>
internal sealed class ReplayedDirectory : IAsyncDisposable
{
    private readonly TestFederation _federation;

    private ReplayedDirectory(TestFederation federation)
    {
        _federation = federation;
        Store = new DirectoryStoreFile(Path.Combine(federation.DataDirectory, "directory.db"));
    }

    public DirectoryStoreFile Store { get; }

    public int Published { get; private set; }

    public TestFederation Federation => _federation;

    public static async Task<ReplayedDirectory> StartAsync(IEnumerable<string> hubIds)
    {
        var federation = await TestFederation.StartAsync(RabbitMqNode.Shared);
        await BrokerUsers.CreateAsync(federation.Broker, federation.VirtualHost, hubIds);
        return new ReplayedDirectory(federation);
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
                    var connection = await AmqpPublisher.ConnectAsync(_federation.BrokerUriFor(BrokerUsers.Hub(captured.HubId)));
                    publisher = (connection, await connection.OpenChannelAsync());
                    publishers[captured.HubId] = publisher;
                }

                await AmqpPublisher.PublishAsync(publisher.Channel, captured.Exchange, System.Text.Encoding.UTF8.GetBytes(captured.Body), BrokerUsers.Hub(captured.HubId));
                Published++;
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
            if (await _federation.Broker.QueueDepthAsync(_federation.VirtualHost, "directory") == 0)
            {
                var first = await Store.CanonicalDumpAsync();
                await Task.Delay(TimeSpan.FromSeconds(3));
                if (await _federation.Broker.QueueDepthAsync(_federation.VirtualHost, "directory") == 0
                    && await Store.CanonicalDumpAsync() is var second && second == first)
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
    public int RefusedOrRejected() => _federation.Directory.Output.Count(l =>
        l.Contains("Refused ", StringComparison.Ordinal) || l.Contains("Rejected ", StringComparison.Ordinal));

    public async ValueTask DisposeAsync() => await _federation.DisposeAsync();
}
