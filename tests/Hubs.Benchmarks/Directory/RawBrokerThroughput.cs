using System.Diagnostics;
using Hubs.Benchmarks.Measurement;
using RabbitMQ.Client;
using RabbitMQ.Client.Events;

namespace Hubs.Benchmarks.Directory;

/// <summary>
/// The broker's own pace, the baseline for the directory's projection: RabbitMQ.Client publishes persistent messages to
/// a quorum queue (the directory's queue type) with publisher confirms, through the same publish window as the
/// MassTransit publisher, and a consumer on another connection (prefetch 100, like the directory) acks each one.
/// </summary>
internal static class RawBrokerThroughput
{
    private const ushort Prefetch = 100;

    /// <param name="Live">Publishing while the consumer takes them: first publish until the last ack.</param>
    /// <param name="PublishOnly">Publishing into a queue nobody consumes yet: first publish until the last confirm.</param>
    /// <param name="Drain">Consuming that backlog: subscribe until the last ack.</param>
    public sealed record Result(TimeSpan Live, TimeSpan PublishOnly, TimeSpan Drain);

    public static async Task<Result> RunAsync(string brokerUri, int count, byte[] body, CancellationToken cancellationToken)
    {
        var factory = new ConnectionFactory { Uri = new Uri(brokerUri), ClientProvidedName = "hubs-benchmark-raw" };
        await using var publisherConnection = await factory.CreateConnectionAsync(cancellationToken);
        await using var consumerConnection = await factory.CreateConnectionAsync(cancellationToken);
        await using var publisher = await publisherConnection.CreateChannelAsync(
            new CreateChannelOptions(
                publisherConfirmationsEnabled: true,
                publisherConfirmationTrackingEnabled: true,
                // The publish window already bounds what is outstanding; the client's own throttle would only add delays.
                outstandingPublisherConfirmationsRateLimiter: null),
            cancellationToken);

        var live = await DeclareAsync(publisher, cancellationToken);
        var backlog = await DeclareAsync(publisher, cancellationToken);
        try
        {
            var consumedLive = await ConsumeAsync(consumerConnection, live, count, cancellationToken);
            var clock = Stopwatch.StartNew();
            await PublishAsync(publisher, live, count, body, cancellationToken);
            await consumedLive;
            var liveTime = clock.Elapsed;

            clock.Restart();
            await PublishAsync(publisher, backlog, count, body, cancellationToken);
            var publishOnly = clock.Elapsed;

            clock.Restart();
            await await ConsumeAsync(consumerConnection, backlog, count, cancellationToken);
            return new Result(liveTime, publishOnly, clock.Elapsed);
        }
        finally
        {
            await publisher.QueueDeleteAsync(live, cancellationToken: CancellationToken.None);
            await publisher.QueueDeleteAsync(backlog, cancellationToken: CancellationToken.None);
        }
    }

    private static async Task<string> DeclareAsync(IChannel channel, CancellationToken cancellationToken)
    {
        var queue = "bench-raw-" + Guid.NewGuid().ToString("N")[..8];
        await channel.QueueDeclareAsync(queue, durable: true, exclusive: false, autoDelete: false,
            arguments: new Dictionary<string, object?> { ["x-queue-type"] = "quorum" }, cancellationToken: cancellationToken);
        return queue;
    }

    private static Task PublishAsync(IChannel publisher, string queue, int count, byte[] body, CancellationToken cancellationToken)
    {
        var properties = new BasicProperties { Persistent = true, ContentType = "application/vnd.masstransit+json" };
        return PublishWindow.RunAsync(count, PublishWindow.DefaultSize,
            _ => publisher.BasicPublishAsync("", queue, mandatory: true, properties, body, cancellationToken).AsTask(),
            cancellationToken);
    }

    /// <summary>Subscribes; the returned task completes once <paramref name="count"/> messages were acked (or after five minutes, failing).</summary>
    private static async Task<Task> ConsumeAsync(IConnection connection, string queue, int count, CancellationToken cancellationToken)
    {
        var channel = await connection.CreateChannelAsync(cancellationToken: cancellationToken);
        await channel.BasicQosAsync(0, Prefetch, global: false, cancellationToken);
        var acked = 0;
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var receiver = new AsyncEventingBasicConsumer(channel);
        receiver.ReceivedAsync += async (_, delivery) =>
        {
            await channel.BasicAckAsync(delivery.DeliveryTag, multiple: false);
            if (Interlocked.Increment(ref acked) == count)
            {
                done.TrySetResult();
            }
        };
        await channel.BasicConsumeAsync(queue, autoAck: false, receiver, cancellationToken);
        return Finish(channel, done.Task, cancellationToken);
    }

    private static async Task Finish(IChannel channel, Task done, CancellationToken cancellationToken)
    {
        await using (channel)
        {
            await done.WaitAsync(TimeSpan.FromMinutes(5), cancellationToken);
            await channel.CloseAsync(cancellationToken);
        }
    }
}
