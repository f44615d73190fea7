using System.Collections.Concurrent;
using MassTransit;

namespace Hubs.HubNode.Tests.Referrals;

/// <summary>
/// Records what a node's bus published and sent, as the bus saw it. The harness's own lists wait for the bus to go idle
/// before saying something is absent, which a node with a relay and a heartbeat never is.
/// </summary>
public sealed class BusRecorder : IPublishObserver, ISendObserver
{
    private readonly ConcurrentQueue<(object Message, Uri? Destination)> _sent = new();
    private readonly ConcurrentQueue<object> _published = new();

    public IEnumerable<T> Published<T>() => _published.OfType<T>();

    public IEnumerable<(T Message, Uri? Destination)> Sent<T>() =>
        _sent.Where(s => s.Message is T).Select(s => ((T)s.Message, s.Destination));

    /// <summary>The first sent <typeparamref name="T"/> matching <paramref name="match"/>, waiting up to 10 s.</summary>
    public async Task<(T Message, Uri? Destination)> SentAsync<T>(Func<T, bool> match)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (true)
        {
            foreach (var sent in Sent<T>().Where(s => match(s.Message)))
            {
                return sent;
            }

            Assert.True(DateTime.UtcNow < deadline, $"No {typeof(T).Name} was sent.");
            await Task.Delay(25);
        }
    }

    public Task PrePublish<T>(PublishContext<T> context) where T : class => Task.CompletedTask;

    public Task PostPublish<T>(PublishContext<T> context) where T : class
    {
        _published.Enqueue(context.Message);
        return Task.CompletedTask;
    }

    public Task PublishFault<T>(PublishContext<T> context, Exception exception) where T : class => Task.CompletedTask;

    public Task PreSend<T>(SendContext<T> context) where T : class => Task.CompletedTask;

    public Task PostSend<T>(SendContext<T> context) where T : class
    {
        _sent.Enqueue((context.Message, context.DestinationAddress));
        return Task.CompletedTask;
    }

    public Task SendFault<T>(SendContext<T> context, Exception exception) where T : class => Task.CompletedTask;
}
