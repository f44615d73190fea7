using Hubs.Benchmarks.Measurement;
using Hubs.Contracts.Events;
using MassTransit;

namespace Hubs.Benchmarks.Directory;

/// <summary>
/// Plays the hubs' side of the network: a MassTransit bus on the rig's virtual host publishing the contracts' events
/// with publisher confirms and the MassTransit message id set to the event id, as a hub's outbox relay does.
/// </summary>
internal sealed class NetworkPublisher : IAsyncDisposable
{
    private readonly IBusControl _bus;

    private NetworkPublisher(IBusControl bus) => _bus = bus;

    public static async Task<NetworkPublisher> StartAsync(string brokerUri, CancellationToken cancellationToken)
    {
        var uri = new Uri(brokerUri);
        var credentials = uri.UserInfo.Split(':', 2);
        var bus = Bus.Factory.CreateUsingRabbitMq(cfg => cfg.Host(uri.Host, (ushort)uri.Port, Uri.UnescapeDataString(uri.AbsolutePath.TrimStart('/')), h =>
        {
            h.Username(Uri.UnescapeDataString(credentials[0]));
            h.Password(Uri.UnescapeDataString(credentials[1]));
            h.PublisherConfirmation = true;
        }));
        await bus.StartAsync(cancellationToken);
        return new NetworkPublisher(bus);
    }

    public Task PublishAsync<T>(T message, CancellationToken cancellationToken) where T : class, IHubEvent =>
        _bus.Publish(message, context => context.MessageId = message.EventId, cancellationToken);

    public Task PublishAllAsync<T>(IReadOnlyList<T> messages, CancellationToken cancellationToken) where T : class, IHubEvent =>
        PublishWindow.RunAsync(messages.Count, PublishWindow.DefaultSize, i => PublishAsync(messages[i], cancellationToken), cancellationToken);

    public async ValueTask DisposeAsync() => await _bus.StopAsync();
}
