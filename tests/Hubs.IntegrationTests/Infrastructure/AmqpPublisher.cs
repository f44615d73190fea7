using RabbitMQ.Client;

namespace Hubs.IntegrationTests.Infrastructure;

/// <summary>
/// A plain AMQP connection as one broker user (RabbitMQ.Client, no MassTransit), to publish exactly the properties a
/// test wants: a forged body, a missing or foreign <c>user_id</c>. Each publish waits for the broker's confirm.
/// </summary>
internal sealed class AmqpPublisher : IAsyncDisposable
{
    public const string MassTransitJson = "application/vnd.masstransit+json";

    private readonly IConnection _connection;

    private AmqpPublisher(IConnection connection) => _connection = connection;

    public static async Task<AmqpPublisher> ConnectAsync(string uri) =>
        new(await new ConnectionFactory { Uri = new Uri(uri) }.CreateConnectionAsync());

    /// <summary>Publishes on a channel of its own and waits for the confirm; throws if the broker refused it.</summary>
    public async Task PublishAsync(string exchange, byte[] body, string? userId)
    {
        await using var channel = await OpenChannelAsync();
        await PublishAsync(channel, exchange, body, userId);
    }

    /// <summary>A channel with publisher confirms: a publish on it returns once the broker has the message.</summary>
    public Task<IChannel> OpenChannelAsync() =>
        _connection.CreateChannelAsync(new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true));

    public static async Task PublishAsync(IChannel channel, string exchange, byte[] body, string? userId)
    {
        var properties = new BasicProperties { ContentType = MassTransitJson, Persistent = true, UserId = userId };
        await channel.BasicPublishAsync(exchange, "", mandatory: false, properties, body);
    }

    public async ValueTask DisposeAsync()
    {
        await _connection.CloseAsync();
        _connection.Dispose();
    }
}
