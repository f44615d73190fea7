using System.Buffers.Binary;
using System.Diagnostics;
using Hubs.Benchmarks.Measurement;
using RabbitMQ.Client;
using RabbitMQ.Client.Events;

namespace Hubs.Benchmarks.Propagation;

/// <summary>
/// The broker's own publish → consume latency at a fixed rate, the baseline of the propagation latency: RabbitMQ.Client
/// publishes persistent messages to a quorum queue with confirms, a consumer on another connection (prefetch 100)
/// acks each, and each message's latency runs from just before its publish to its delivery.
/// </summary>
internal static class RawBrokerLatency
{
    public static async Task<Latencies> RunAsync(string brokerUri, int count, int perSecond, int bodySize, CancellationToken cancellationToken)
    {
        var factory = new ConnectionFactory { Uri = new Uri(brokerUri), ClientProvidedName = "hubs-benchmark-raw-latency" };
        await using var publisherConnection = await factory.CreateConnectionAsync(cancellationToken);
        await using var consumerConnection = await factory.CreateConnectionAsync(cancellationToken);
        await using var publisher = await publisherConnection.CreateChannelAsync(
            new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true, outstandingPublisherConfirmationsRateLimiter: null),
            cancellationToken);
        var queue = "bench-latency-" + Guid.NewGuid().ToString("N")[..8];
        await publisher.QueueDeclareAsync(queue, durable: true, exclusive: false, autoDelete: false,
            arguments: new Dictionary<string, object?> { ["x-queue-type"] = "quorum" }, cancellationToken: cancellationToken);
        try
        {
            var sentAt = new long[count];
            var latencies = new Latencies();
            var received = 0;
            var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            await using var consumer = await consumerConnection.CreateChannelAsync(cancellationToken: cancellationToken);
            await consumer.BasicQosAsync(0, 100, global: false, cancellationToken);
            var receiver = new AsyncEventingBasicConsumer(consumer);
            receiver.ReceivedAsync += async (_, delivery) =>
            {
                var now = Stopwatch.GetTimestamp();
                var index = BinaryPrimitives.ReadInt32LittleEndian(delivery.Body.Span);
                lock (latencies)
                {
                    latencies.Add(Stopwatch.GetElapsedTime(Volatile.Read(ref sentAt[index]), now).TotalMilliseconds);
                }

                await consumer.BasicAckAsync(delivery.DeliveryTag, multiple: false);
                if (Interlocked.Increment(ref received) == count)
                {
                    done.TrySetResult();
                }
            };
            await consumer.BasicConsumeAsync(queue, autoAck: false, receiver, cancellationToken);

            var properties = new BasicProperties { Persistent = true, ContentType = "application/vnd.masstransit+json" };
            await PacedPublish.RunAsync(count, perSecond, i =>
            {
                var body = new byte[bodySize];
                BinaryPrimitives.WriteInt32LittleEndian(body, i);
                Volatile.Write(ref sentAt[i], Stopwatch.GetTimestamp());
                return publisher.BasicPublishAsync("", queue, mandatory: true, properties, body, cancellationToken).AsTask();
            }, cancellationToken);
            await done.Task.WaitAsync(TimeSpan.FromMinutes(2), cancellationToken);
            return latencies;
        }
        finally
        {
            await publisher.QueueDeleteAsync(queue, cancellationToken: CancellationToken.None);
        }
    }
}
