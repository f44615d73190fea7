using System.Diagnostics;
using RabbitMQ.Client;

namespace Hubs.Benchmarks.Directory;

/// <summary>
/// Messages ready in a queue, read live over AMQP (a passive declare) rather than from the management API's
/// statistics, which lag by seconds. Cheap enough to poll often without taking CPU from the consumer under test.
/// </summary>
internal sealed class QueueDepth : IAsyncDisposable
{
    private readonly IConnection _connection;
    private readonly IChannel _channel;
    private readonly string _queue;

    private QueueDepth(IConnection connection, IChannel channel, string queue)
    {
        _connection = connection;
        _channel = channel;
        _queue = queue;
    }

    public static async Task<QueueDepth> OpenAsync(string brokerUri, string queue, CancellationToken cancellationToken)
    {
        var connection = await new ConnectionFactory { Uri = new Uri(brokerUri), ClientProvidedName = "hubs-benchmark-depth" }
            .CreateConnectionAsync(cancellationToken);
        var channel = await connection.CreateChannelAsync(cancellationToken: cancellationToken);
        return new QueueDepth(connection, channel, queue);
    }

    public async Task<uint> ReadyAsync(CancellationToken cancellationToken) =>
        (await _channel.QueueDeclarePassiveAsync(_queue, cancellationToken)).MessageCount;

    /// <summary>Polls every 20 ms until nothing is ready (messages may still be in flight at the consumer).</summary>
    public async Task WaitEmptyAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        while (await ReadyAsync(cancellationToken) > 0)
        {
            if (clock.Elapsed > timeout)
            {
                throw new TimeoutException($"{_queue} still had messages after {timeout}");
            }

            await Task.Delay(20, cancellationToken);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _channel.DisposeAsync();
        await _connection.DisposeAsync();
    }
}
